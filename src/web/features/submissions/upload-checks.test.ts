import { describe, expect, it } from 'vitest';
import { HEIC_MESSAGE } from '../../../domain/evidence-file.js';
import { acceptFor, isHeic, refusalBeforeUpload, refusalFromContents } from './upload-checks.js';

const MB = 1024 * 1024;
const anyFile = { title: 'Student work', kinds: ['file', 'link'] as const };
const videoOnly = { title: 'Lesson video', kinds: ['video', 'link'] as const };
const limits = { video: 2048 * MB, image: 25 * MB, document: 50 * MB };
const chosen = (name: string, size = 1000, type = '') => ({ name, size, type });

describe('refusalBeforeUpload', () => {
  it('refuses iPhone HEIC photos by name with the message on how to share them as JPEG', () => {
    for (const name of ['IMG_0042.HEIC', 'photo.heif', 'a.hif'])
      expect(refusalBeforeUpload(chosen(name, 1000, 'image/heic'), anyFile)).toBe(HEIC_MESSAGE);
  });

  it('refuses programs, scripts, web pages and types never taken, by the domain rule', () => {
    expect(refusalBeforeUpload(chosen('setup.exe'), anyFile)).toMatch(/is a program or web page/);
    expect(refusalBeforeUpload(chosen('run.sh', 10, 'text/x-sh'), anyFile)).toMatch(/program/);
    expect(refusalBeforeUpload(chosen('page.html', 10, 'text/html'), anyFile)).toMatch(/program or web page/);
    expect(refusalBeforeUpload(chosen('lessons.zip', 10, 'application/zip'), anyFile)).toMatch(
      /can’t tell what kind of file “lessons\.zip” is/,
    );
  });

  it('leaves to the server what only the bytes can tell', () => {
    for (const f of [
      chosen('plan.pdf', 1000, 'application/pdf'),
      chosen('notes.txt', 10, 'text/plain'),
      chosen('clip.MOV', 1000, 'video/quicktime'),
      chosen('report.docx'),
      chosen('no-extension'),
    ])
      expect(refusalBeforeUpload(f, anyFile, limits)).toBeNull();
  });

  it('refuses empty files and, in a requirement that takes only video, anything else', () => {
    expect(refusalBeforeUpload(chosen('plan.pdf', 0), anyFile)).toBe('“plan.pdf” is empty.');
    expect(refusalBeforeUpload(chosen('plan.pdf', 10, 'application/pdf'), videoOnly)).toBe(
      '“Lesson video” takes video files only; “plan.pdf” is not a video.',
    );
    expect(refusalBeforeUpload(chosen('lesson.mp4', 10, 'video/mp4'), videoOnly)).toBeNull();
  });

  it('refuses files over their kind’s limit when the limits are known, as the server words it', () => {
    expect(refusalBeforeUpload(chosen('photo.jpg', 26 * MB, 'image/jpeg'), anyFile, limits)).toBe(
      '“photo.jpg” is 26.0 MB; the largest image accepted is 25.0 MB.',
    );
    expect(refusalBeforeUpload(chosen('photo.jpg', 26 * MB, 'image/jpeg'), anyFile)).toBeNull();
    expect(refusalBeforeUpload(chosen('lesson.mp4', 1024 * MB, 'video/mp4'), anyFile, limits)).toBeNull();
    expect(refusalBeforeUpload(chosen('big.pdf', 51 * MB, 'application/pdf'), anyFile, limits)).toMatch(
      /largest document accepted is 50\.0 MB/,
    );
  });
});

describe('contents', () => {
  const ftyp = (brand: string) =>
    new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode(`ftyp${brand}`), 0, 0, 0, 0]);

  it('knows HEIC and HEIF brands from MP4 and QuickTime ones', () => {
    expect(['heic', 'heix', 'hevc', 'mif1', 'msf1'].map((b) => isHeic(ftyp(b)))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['mp42', 'isom', 'qt  ', 'avif'].some((b) => isHeic(ftyp(b)))).toBe(false);
    expect(isHeic(new Uint8Array(4))).toBe(false);
  });

  it('refuses an iPhone photo renamed .jpg before sending it', async () => {
    const renamed = new File([ftyp('heic'), new Uint8Array(100)], 'IMG_1.jpg', { type: 'image/jpeg' });
    expect(await refusalFromContents(renamed)).toBe(HEIC_MESSAGE);
    expect(await refusalFromContents(new File([ftyp('mp42')], 'clip.mp4'))).toBeNull();
  });

  it('offers the camera roll and documents, or only video where only video is taken', () => {
    expect(acceptFor(anyFile)).toMatch(/^image\/\*,video\/\*,audio\/\*,\.pdf,.*\.docx/);
    expect(acceptFor(videoOnly)).toBe('video/*');
  });
});
