/**
 * The part of a file an HTTP `Range` header asks for (RFC 9110 §14): one range of bytes, as
 * browsers send when seeking in a video. Several ranges are answered with the whole file, which
 * the RFC allows.
 */
export type ByteRange = { start: number; end: number };

/**
 * `null`: no usable range, send everything (no header, another unit, several ranges or a
 * malformed one); `'unsatisfiable'`: the range starts past the end (416); otherwise the bytes.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    // The last N bytes.
    const n = Number(m[2]);
    if (n === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (!Number.isSafeInteger(start) || start >= size) return 'unsatisfiable';
  if (end < start) return null;
  return { start, end };
}
