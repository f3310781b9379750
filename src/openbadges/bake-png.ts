import { crc32, inflateSync } from 'node:zlib';

// Open Badges 3.0 §5.3.1: a baked PNG carries the credential (JSON text or a compact JWT) in an
// `iTXt` chunk whose keyword is `openbadgecredential`, uncompressed, before `IEND`.

/** The iTXt keyword OB 3.0 reserves for the credential. */
export const PNG_CREDENTIAL_KEYWORD = 'openbadgecredential';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A credential is kilobytes; a compressed chunk that inflates past this is refused (zip bomb). */
const MAX_CREDENTIAL_BYTES = 8 * 1024 * 1024;
/** PNG limits chunk lengths to 2^31 - 1. */
const MAX_CHUNK_LENGTH = 0x7fffffff;

/** Thrown when the bytes are not a well-formed PNG; the message says what is wrong. */
export class BakedImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BakedImageError';
  }
}

/** Whether the bytes start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return (
    bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.equals(bytes.subarray(0, PNG_SIGNATURE.length))
  );
}

interface Chunk {
  type: string;
  data: Buffer;
  /** Offset of the chunk's length field and the end of its CRC: the chunk's whole bytes. */
  start: number;
  end: number;
}

/** Every chunk of a PNG, checking the signature, chunk bounds, CRCs and IHDR … IEND order. */
function readChunks(png: Buffer): Chunk[] {
  if (!isPng(png)) throw new BakedImageError('This is not a PNG image (its signature is missing).');
  const chunks: Chunk[] = [];
  let offset = PNG_SIGNATURE.length;
  while (offset < png.length) {
    if (offset + 12 > png.length)
      throw new BakedImageError('The PNG image is cut short (a chunk is incomplete).');
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (!/^[A-Za-z]{4}$/.test(type))
      throw new BakedImageError('The PNG image is damaged (a chunk has no valid type).');
    if (length > MAX_CHUNK_LENGTH || offset + 12 + length > png.length) {
      throw new BakedImageError(
        `The PNG image is cut short (its ${type} chunk runs past the end of the file).`,
      );
    }
    const data = png.subarray(offset + 8, offset + 8 + length);
    const stored = png.readUInt32BE(offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== stored) {
      throw new BakedImageError(`The PNG image is damaged (the checksum of its ${type} chunk is wrong).`);
    }
    chunks.push({ type, data, start: offset, end: offset + 12 + length });
    offset += 12 + length;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR')
    throw new BakedImageError('The PNG image is damaged (it does not start with IHDR).');
  if (chunks[chunks.length - 1]?.type !== 'IEND') {
    throw new BakedImageError('The PNG image is cut short (it has no IEND chunk).');
  }
  return chunks;
}

/** One PNG chunk: length, type, data, CRC over type and data. */
function encodeChunk(type: string, data: Buffer): Buffer {
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write(type, 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
  return chunk;
}

interface ITxt {
  keyword: string;
  compressed: boolean;
  text: Buffer;
}

/** Splits iTXt data: keyword \0 flag method language \0 translated keyword \0 text. */
function parseITxt(data: Buffer): ITxt | undefined {
  const keywordEnd = data.indexOf(0);
  if (keywordEnd < 1 || keywordEnd > 79 || keywordEnd + 3 > data.length) return undefined;
  const keyword = data.toString('latin1', 0, keywordEnd);
  const flag = data[keywordEnd + 1];
  const languageEnd = data.indexOf(0, keywordEnd + 3);
  if (languageEnd === -1) return undefined;
  const translatedEnd = data.indexOf(0, languageEnd + 1);
  if (translatedEnd === -1) return undefined;
  return { keyword, compressed: flag === 1, text: data.subarray(translatedEnd + 1) };
}

const isCredentialChunk = (chunk: Chunk): boolean =>
  chunk.type === 'iTXt' && parseITxt(chunk.data)?.keyword === PNG_CREDENTIAL_KEYWORD;

/**
 * Bakes a credential (JSON text or a compact JWT) into a PNG: an uncompressed `iTXt` chunk
 * `openbadgecredential` just before `IEND`, replacing any the image already carries. Throws
 * `BakedImageError` when the PNG is damaged (bad signature, bounds or checksums).
 */
export function bakePng(png: Buffer, credential: string): Buffer {
  if (typeof credential !== 'string' || credential.trim() === '') {
    throw new TypeError('there is no credential to bake');
  }
  const chunks = readChunks(png);
  const data = Buffer.concat([
    Buffer.from(PNG_CREDENTIAL_KEYWORD, 'latin1'),
    // keyword terminator, compression flag 0, compression method 0, empty language tag and
    // translated keyword (each terminated).
    Buffer.from([0, 0, 0, 0, 0]),
    Buffer.from(credential, 'utf8'),
  ]);
  const kept = chunks.filter((chunk) => chunk.type !== 'IEND' && !isCredentialChunk(chunk));
  const iend = chunks[chunks.length - 1] as Chunk;
  return Buffer.concat([
    PNG_SIGNATURE,
    ...kept.map((chunk) => png.subarray(chunk.start, chunk.end)),
    encodeChunk('iTXt', data),
    png.subarray(iend.start, iend.end),
  ]);
}

/**
 * The credential baked into a PNG, or undefined when it carries none. Reads compressed iTXt
 * chunks too. Throws `BakedImageError` when the PNG is damaged or the credential absurdly large.
 */
export function extractFromPng(png: Buffer): string | undefined {
  for (const chunk of readChunks(png)) {
    if (chunk.type !== 'iTXt') continue;
    const itxt = parseITxt(chunk.data);
    if (itxt?.keyword !== PNG_CREDENTIAL_KEYWORD) continue;
    let text = itxt.text;
    if (itxt.compressed) {
      try {
        text = inflateSync(text, { maxOutputLength: MAX_CREDENTIAL_BYTES });
      } catch (error) {
        const tooLarge = error instanceof RangeError || /maxOutputLength|buffer/i.test(String(error));
        throw new BakedImageError(
          tooLarge
            ? 'The credential baked into the PNG image is too large.'
            : 'The credential baked into the PNG image is compressed and cannot be read (its data is damaged).',
        );
      }
    }
    if (text.length > MAX_CREDENTIAL_BYTES) {
      throw new BakedImageError('The credential baked into the PNG image is too large.');
    }
    return text.toString('utf8');
  }
  return undefined;
}
