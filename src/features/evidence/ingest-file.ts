import fs from 'node:fs';
import { Readable } from 'node:stream';
import { fileTypeFromFile } from 'file-type';
import sharp from 'sharp';
import {
  judgeEvidenceFile,
  limitFor,
  looksLikeText,
  type EvidenceClass,
} from '../../domain/evidence-file.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { formatBytes } from '../../domain/format-bytes.js';

export type IngestedFile = {
  sha256: string;
  size: number;
  mime: string;
  class: EvidenceClass;
  /** The name to keep: the original, with the real extension when it had none. */
  filename: string;
  thumbnailSha256: string | null;
};

/** Larger images are refused rather than decoded: a small file can claim billions of pixels. */
export const MAX_IMAGE_PIXELS = 100_000_000;
const THUMBNAIL_PX = 480;

/**
 * Takes a whole file that arrived in the blob store's staging area: checks what it really is
 * against its name, what the browser declared and the size limit of its kind; strips images of
 * their metadata (EXIF, GPS); makes a thumbnail; moves it into the store by its SHA-256. The
 * staged file is gone afterwards whatever happens.
 */
export async function ingestFile(
  { blobs, config }: Pick<Deps, 'blobs' | 'config'>,
  staged: {
    path: string;
    filename: string;
    declaredType: string;
    /** The SHA-256 of the staged bytes when it was computed as they arrived. */
    sha256?: string;
  },
): Promise<IngestedFile> {
  const cleaned = `${staged.path}.clean`;
  try {
    const { size } = await fs.promises.stat(staged.path);
    if (size === 0) throw new AppError('VALIDATION_FAILED', `“${staged.filename}” is empty.`);
    const verdict = judgeEvidenceFile({
      filename: staged.filename,
      declaredType: staged.declaredType,
      sniffed: await sniff(staged.path),
      looksLikeText: looksLikeText(await head(staged.path, 64 * 1024)),
    });
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
    const limit = limitFor(config.uploadLimits, verdict.class);
    if (size > limit)
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `“${staged.filename}” is ${formatBytes(size)}; the largest ${verdict.class} accepted is ${formatBytes(limit)}.`,
      );
    const filename = /\.[a-z0-9]{1,8}$/i.test(staged.filename)
      ? staged.filename
      : `${staged.filename}.${verdict.ext}`;
    if (verdict.class !== 'image') {
      const stored = await blobs.adopt(staged.path, staged.sha256);
      return { ...stored, mime: verdict.mime, class: verdict.class, filename, thumbnailSha256: null };
    }
    await stripImage(staged.path, cleaned, verdict.mime, staged.filename);
    const thumbnail = await sharp(cleaned, { limitInputPixels: MAX_IMAGE_PIXELS })
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer();
    const thumb = await blobs.put(Readable.from([thumbnail]), thumbnail.length);
    const stored = await blobs.adopt(cleaned);
    return { ...stored, mime: verdict.mime, class: 'image', filename, thumbnailSha256: thumb.sha256 };
  } finally {
    await fs.promises.rm(staged.path, { force: true });
    await fs.promises.rm(cleaned, { force: true });
  }
}

async function sniff(path: string) {
  try {
    return await fileTypeFromFile(path);
  } catch {
    // A damaged container is "no known signature", judged like any unknown file.
    return undefined;
  }
}

async function head(path: string, bytes: number): Promise<Uint8Array> {
  const fh = await fs.promises.open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/**
 * Writes the image again without its metadata (sharp keeps none unless asked), turned upright
 * first so dropping the EXIF orientation does not turn a phone photo on its side.
 */
async function stripImage(from: string, to: string, mime: string, name: string) {
  const animated = mime === 'image/gif' || mime === 'image/webp';
  try {
    const meta = await sharp(from, { limitInputPixels: false }).metadata();
    const pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0);
    if (pixels > MAX_IMAGE_PIXELS)
      throw new AppError(
        'UNPROCESSABLE',
        `“${name}” is ${meta.width} × ${meta.pageHeight ?? meta.height} pixels; the largest image accepted is ${MAX_IMAGE_PIXELS / 1_000_000} megapixels. Resize it and upload it again.`,
      );
    let image = sharp(from, { limitInputPixels: MAX_IMAGE_PIXELS, animated }).rotate();
    image =
      mime === 'image/jpeg'
        ? image.jpeg({ quality: 90 })
        : mime === 'image/png'
          ? image.png()
          : mime === 'image/webp'
            ? image.webp({ quality: 90 })
            : image.gif();
    await image.toFile(to);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('UNPROCESSABLE', `“${name}” could not be read as an image; it may be damaged.`);
  }
}
