import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.js';
import { heicBytes, jpegWithGps, pdfBytes, pngClaiming, zipBomb } from '../../test-support/evidence-files.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { ingestFile } from './ingest-file.js';

let deps: TestDeps;
beforeAll(async () => {
  deps = await createTestDeps();
});
afterAll(async () => {
  await deps.close();
});

/** Stages `bytes` as an upload would and ingests them; returns the result or the AppError. */
async function ingest(bytes: Buffer, filename: string, declaredType = '') {
  const staged = path.join(deps.blobs.stagingDir('test'), randomUUID());
  fs.writeFileSync(staged, bytes);
  try {
    return await ingestFile(deps, { path: staged, filename, declaredType });
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  } finally {
    expect(fs.existsSync(staged)).toBe(false);
  }
}

describe('ingestFile', () => {
  it('stores a PDF by its SHA-256 and names its kind', async () => {
    const r = await ingest(pdfBytes(), 'plan.pdf', 'application/pdf');
    expect(r).toMatchObject({
      mime: 'application/pdf',
      class: 'document',
      filename: 'plan.pdf',
      thumbnailSha256: null,
    });
    expect(await deps.blobs.exists((r as { sha256: string }).sha256)).toBe(true);
  });

  it('takes a text file, and refuses a name it cannot back up', async () => {
    expect(await ingest(Buffer.from('# Reflection\nIt went well.'), 'notes.md')).toMatchObject({
      mime: 'text/markdown',
    });
    expect(await ingest(Buffer.from([1, 2, 0, 4]), 'notes.md')).toMatchObject({ code: 'TYPE_MISMATCH' });
  });

  it('refuses a zip bomb without unpacking it, whatever it is called', async () => {
    const bomb = await zipBomb(64);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await ingest(bomb, 'evidence.zip')).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    const disguised = await ingest(bomb, 'plan.docx');
    expect(disguised).toMatchObject({ code: 'TYPE_MISMATCH' });
    expect((disguised as AppError).message).toMatch(/compressed archive/);
  });

  it('refuses an image whose header claims more pixels than we decode, before decoding it', async () => {
    const heavy = pngClaiming(20_000, 20_000);
    expect(heavy.length).toBeLessThan(200_000);
    const r = await ingest(heavy, 'board.png', 'image/png');
    expect(r).toMatchObject({ code: 'UNPROCESSABLE' });
    expect((r as AppError).message).toMatch(
      /20000 × 20000 pixels; the largest image accepted is 100 megapixels/,
    );
  });

  it('refuses an iPhone HEIC photo with what to do instead', async () => {
    const r = await ingest(heicBytes(), 'IMG_0042.HEIC', 'image/heic');
    expect(r).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect((r as AppError).message).toMatch(/Most Compatible/);
  });

  it('refuses a file over the limit of its kind, naming both sizes', async () => {
    const before = deps.config.uploadLimits.image;
    deps.config.uploadLimits.image = 1000;
    try {
      const r = await ingest(await jpegWithGps(), 'photo.jpg', 'image/jpeg');
      expect(r).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
      expect((r as AppError).message).toMatch(/the largest image accepted is 1000 B/);
    } finally {
      deps.config.uploadLimits.image = before;
    }
  });

  it('refuses an empty file and a damaged image', async () => {
    expect(await ingest(Buffer.alloc(0), 'plan.pdf')).toMatchObject({ code: 'VALIDATION_FAILED' });
    const jpeg = await jpegWithGps();
    expect(await ingest(jpeg.subarray(0, 200), 'photo.jpg')).toMatchObject({ code: 'UNPROCESSABLE' });
  });
});
