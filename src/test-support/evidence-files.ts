import zlib from 'node:zlib';
import yazl from 'yazl';
import sharp from 'sharp';
import { samplePdf } from '../features/demo/sample-files.js';

/** Real files, made here, for upload tests: their bytes are what their names say. */

/** A one-page PDF (enough for type sniffing and for pdf.js). */
export const pdfBytes = (text = 'Lesson plan') => samplePdf(text);

/** The start of an MP4 (an `ftyp` box), padded with zeros to `size` bytes. */
export function mp4Bytes(size = 4096): Buffer {
  const ftyp = Buffer.from([
    0,
    0,
    0,
    0x18,
    ...Buffer.from('ftypmp42'),
    0,
    0,
    0,
    0,
    ...Buffer.from('mp42isom'),
  ]);
  return Buffer.concat([ftyp, Buffer.alloc(Math.max(0, size - ftyp.length))]);
}

/** A JPEG photo carrying a camera model, a date and GPS coordinates, as phones write them. */
export async function jpegWithGps(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Classroom Cam 12', Copyright: 'Maple Street Elementary' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '40/1 26/1 4608/100',
        GPSLongitudeRef: 'W',
        GPSLongitude: '79/1 58/1 5604/100',
      },
    })
    .jpeg()
    .toBuffer();
}

/** A tiny Windows program header (MZ … PE), as an executable renamed to .pdf would begin. */
export function exeBytes(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

/** An iPhone photo's container (HEIC brand), as far as type sniffing reads it. */
export function heicBytes(): Buffer {
  return Buffer.concat([
    Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')]),
    Buffer.alloc(1000),
  ]);
}

/** A PNG whose header claims `width` × `height` pixels: a few hundred bytes that would decode to gigabytes. */
export function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(width * 3 + 1))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A zip holding one entry of `megabytes` of zeros: tiny on disk, huge unpacked. */
export function zipBomb(megabytes = 64): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.alloc(megabytes * 1024 * 1024), '[Content_Types].xml');
  zip.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => parts.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(parts)));
    zip.outputStream.on('error', reject);
  });
}

/** A multipart form upload of one file, as a browser sends it to `…/artifacts/upload`. */
export function multipartFile(f: {
  requirementId: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
  title?: string;
}) {
  const b = '----microcred-test';
  const field = (name: string, value: string) =>
    [`--${b}`, `Content-Disposition: form-data; name="${name}"`, '', value].join('\r\n');
  const head = [
    field('requirementId', f.requirementId),
    ...(f.title === undefined ? [] : [field('title', f.title)]),
    [
      `--${b}`,
      `Content-Disposition: form-data; name="file"; filename="${f.filename}"`,
      `Content-Type: ${f.contentType}`,
      '',
      '',
    ].join('\r\n'),
  ].join('\r\n');
  return {
    payload: Buffer.concat([Buffer.from(head), f.bytes, Buffer.from(`\r\n--${b}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${b}`,
  };
}
