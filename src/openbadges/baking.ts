import { BakedImageError, extractFromPng, isPng } from './bake-png.js';
import { extractFromSvg } from './bake-svg.js';

// Baked badges (Open Badges 3.0 §5.3): images that carry their credential, so the picture a teacher
// shares is itself verifiable. This file reads an uploaded image of either kind.

export { BakedImageError, bakePng, extractFromPng, PNG_CREDENTIAL_KEYWORD } from './bake-png.js';
export { bakeSvg, extractFromSvg, SVG_CREDENTIAL_NAMESPACE } from './bake-svg.js';

/** Badge images are small; uploads beyond this are refused unread unless the caller says otherwise. */
export const DEFAULT_BAKED_IMAGE_MAX_BYTES = 10 * 1024 * 1024;

/** What `extractBakedCredential` found: the image kind and its credential (undefined when none is baked in). */
export type BakedCredential = { kind: 'png' | 'svg'; credential?: string } | { error: string };

/** Whether the bytes read as the start of an SVG: `<?xml`, `<svg`, a comment or a DOCTYPE, after an optional BOM. */
function looksLikeSvg(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 1024)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^<(\?xml|svg[\s/>]|!--|!DOCTYPE\s+svg)/i.test(head);
}

function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Reads the credential baked into a PNG or SVG badge image, recognised by its content (not its
 * name). Never throws: a damaged, unknown or oversized file gives `{ error }` in words.
 */
export function extractBakedCredential(
  bytes: Uint8Array,
  maxBytes: number = DEFAULT_BAKED_IMAGE_MAX_BYTES,
): BakedCredential {
  try {
    if (!(bytes instanceof Uint8Array)) return { error: 'No image was given.' };
    if (bytes.length > maxBytes) {
      return {
        error: `The image is too large (${sizeLabel(bytes.length)}; the limit is ${sizeLabel(maxBytes)}).`,
      };
    }
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (isPng(buffer)) {
      const credential = extractFromPng(buffer);
      return credential === undefined ? { kind: 'png' } : { kind: 'png', credential };
    }
    if (looksLikeSvg(buffer)) {
      const credential = extractFromSvg(buffer.toString('utf8'));
      return credential === undefined ? { kind: 'svg' } : { kind: 'svg', credential };
    }
    return { error: 'This file is neither a PNG nor an SVG image, so it cannot hold a baked badge.' };
  } catch (error) {
    if (error instanceof BakedImageError) return { error: error.message };
    return {
      error: `The image could not be read: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
}
