import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedClass, judgeEvidenceFile, limitFor, looksLikeText } from './evidence-file.js';

const judge = (filename: string, sniffed?: { mime: string; ext: string }, declaredType = '', text = false) =>
  judgeEvidenceFile({ filename, declaredType, sniffed, looksLikeText: text });

const PDF = { mime: 'application/pdf', ext: 'pdf' };
const JPEG = { mime: 'image/jpeg', ext: 'jpg' };
const EXE = { mime: 'application/x-msdownload', ext: 'exe' };

describe('judgeEvidenceFile', () => {
  it('takes files whose bytes are what their names say', () => {
    expect(judge('plan.pdf', PDF, 'application/pdf')).toEqual({
      ok: true,
      mime: 'application/pdf',
      class: 'document',
      ext: 'pdf',
    });
    expect(judge('photo.JPEG', JPEG, 'image/jpeg')).toMatchObject({ ok: true, class: 'image' });
    expect(judge('lesson.mov', { mime: 'video/quicktime', ext: 'mov' }, 'video/quicktime')).toMatchObject({
      ok: true,
      class: 'video',
    });
    // Phones name QuickTime files .mp4 and MP4 files .mov: both are the same video to us.
    expect(judge('lesson.mp4', { mime: 'video/quicktime', ext: 'mov' })).toMatchObject({ ok: true });
    expect(
      judge('notes.docx', {
        mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ext: 'docx',
      }),
    ).toMatchObject({ ok: true, class: 'document' });
  });

  it('adds the real extension to a name without one', () => {
    expect(judge('scan', PDF)).toMatchObject({ ok: true, ext: 'pdf' });
  });

  it('takes plain text by name only when its bytes read as text', () => {
    expect(judge('reflection.md', undefined, 'text/markdown', true)).toMatchObject({
      ok: true,
      mime: 'text/markdown',
    });
    expect(judge('reflection.txt', undefined, '', false)).toMatchObject({ ok: false, code: 'TYPE_MISMATCH' });
  });

  it('never takes a program, whatever it is called', () => {
    for (const name of ['report.pdf', 'report.exe', 'report']) {
      const v = judge(name, EXE, 'application/pdf');
      expect(v).toMatchObject({ ok: false, code: 'UNSUPPORTED_MEDIA_TYPE' });
      expect(!v.ok && v.message).toMatch(/is a program/);
    }
    for (const name of ['run.sh', 'page.html', 'drawing.svg', 'tool.js'])
      expect(judge(name, undefined, '', true)).toMatchObject({ ok: false, code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('names the mismatch between a file’s name and its bytes', () => {
    const v = judge('photo.png', JPEG);
    expect(v).toMatchObject({ ok: false, code: 'TYPE_MISMATCH' });
    expect(!v.ok && v.message).toBe(
      '“photo.png” is named as a PNG image, but its contents are a JPEG image. Rename it or export it again.',
    );
    expect(judge('plan.pdf', undefined, 'application/pdf')).toMatchObject({
      ok: false,
      code: 'TYPE_MISMATCH',
    });
    expect(judge('plan.pdf', PDF, 'video/mp4')).toMatchObject({ ok: false, code: 'TYPE_MISMATCH' });
  });

  it('refuses HEIC photos and archives with a way forward', () => {
    const heic = judge('IMG_0001.HEIC', { mime: 'image/heic', ext: 'heic' });
    expect(!heic.ok && heic.message).toMatch(/HEIC.*JPEG/);
    const zip = judge('evidence.zip', { mime: 'application/zip', ext: 'zip' });
    expect(!zip.ok && zip.message).toMatch(/upload the files themselves/);
    // A zip dressed as a Word document is a mismatch; nothing is unpacked to find out.
    expect(judge('plan.docx', { mime: 'application/zip', ext: 'zip' })).toMatchObject({
      code: 'TYPE_MISMATCH',
    });
  });

  it('accepts nothing it cannot name, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.option(fc.record({ mime: fc.string(), ext: fc.string() }), { nil: undefined }),
        fc.boolean(),
        (filename, declaredType, sniffed, text) => {
          const v = judgeEvidenceFile({ filename, declaredType, sniffed, looksLikeText: text });
          if (v.ok) expect(['image', 'video', 'audio', 'document']).toContain(v.class);
          else expect(v.message.length).toBeGreaterThan(10);
        },
      ),
    );
  });
});

describe('limits and expectations', () => {
  const limits = { video: 2048, image: 25, document: 50 };
  it('uses the limit of the kind, audio as video', () => {
    expect(limitFor(limits, 'video')).toBe(2048);
    expect(limitFor(limits, 'audio')).toBe(2048);
    expect(limitFor(limits, 'image')).toBe(25);
    expect(limitFor(limits, 'document')).toBe(50);
  });
  it('expects a kind from the declared type, else the name', () => {
    expect(expectedClass('a.bin', 'video/mp4')).toBe('video');
    expect(expectedClass('a.mov', 'application/octet-stream')).toBe('video');
    expect(expectedClass('a.jpg', '')).toBe('image');
    expect(expectedClass('a.unknown', '')).toBe('document');
  });
  it('reads text as text, and binary as not', () => {
    expect(looksLikeText(new TextEncoder().encode('Héllo, classe ✓'))).toBe(true);
    expect(looksLikeText(new TextEncoder().encode('é').subarray(0, 1))).toBe(true);
    expect(looksLikeText(Uint8Array.from([0x48, 0, 0x49]))).toBe(false);
    expect(looksLikeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x42]))).toBe(false);
  });
});
