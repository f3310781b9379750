/**
 * Which evidence files we take, decided from what the bytes are (sniffed), what the file is
 * called, and what the browser said it was. Pure: no I/O.
 */

export type EvidenceClass = 'video' | 'image' | 'audio' | 'document';

type Accepted = { mime: string; class: EvidenceClass; exts: readonly string[]; label: string };

/** Every type we store, with the names it may go by. The first extension is the one we add. */
const ACCEPTED: readonly Accepted[] = [
  { mime: 'image/jpeg', class: 'image', exts: ['jpg', 'jpeg', 'jpe'], label: 'a JPEG image' },
  { mime: 'image/png', class: 'image', exts: ['png'], label: 'a PNG image' },
  { mime: 'image/gif', class: 'image', exts: ['gif'], label: 'a GIF image' },
  { mime: 'image/webp', class: 'image', exts: ['webp'], label: 'a WebP image' },
  { mime: 'video/mp4', class: 'video', exts: ['mp4', 'm4v', 'mov'], label: 'an MP4 video' },
  { mime: 'video/quicktime', class: 'video', exts: ['mov', 'qt', 'mp4', 'm4v'], label: 'a QuickTime video' },
  { mime: 'video/webm', class: 'video', exts: ['webm'], label: 'a WebM video' },
  { mime: 'audio/mpeg', class: 'audio', exts: ['mp3'], label: 'an MP3 recording' },
  { mime: 'audio/mp4', class: 'audio', exts: ['m4a', 'mp4'], label: 'an M4A recording' },
  { mime: 'audio/x-m4a', class: 'audio', exts: ['m4a'], label: 'an M4A recording' },
  { mime: 'audio/wav', class: 'audio', exts: ['wav'], label: 'a WAV recording' },
  { mime: 'application/pdf', class: 'document', exts: ['pdf'], label: 'a PDF document' },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    class: 'document',
    exts: ['docx'],
    label: 'a Word document',
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    class: 'document',
    exts: ['xlsx'],
    label: 'an Excel workbook',
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    class: 'document',
    exts: ['pptx'],
    label: 'a PowerPoint presentation',
  },
  {
    mime: 'application/vnd.oasis.opendocument.text',
    class: 'document',
    exts: ['odt'],
    label: 'an OpenDocument text',
  },
  {
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    class: 'document',
    exts: ['ods'],
    label: 'an OpenDocument spreadsheet',
  },
  {
    mime: 'application/vnd.oasis.opendocument.presentation',
    class: 'document',
    exts: ['odp'],
    label: 'an OpenDocument presentation',
  },
  // Word 97–2003 and friends share one container format; the name says which it is.
  {
    mime: 'application/x-cfb',
    class: 'document',
    exts: ['doc', 'xls', 'ppt'],
    label: 'an older Office document',
  },
];

/** Plain text has no signature: taken by name when its bytes read as text. */
const TEXT: Record<string, { mime: string; label: string }> = {
  txt: { mime: 'text/plain', label: 'a text file' },
  md: { mime: 'text/markdown', label: 'a Markdown file' },
  csv: { mime: 'text/csv', label: 'a CSV file' },
};

const PROGRAMS = new Set([
  'application/x-msdownload',
  'application/vnd.microsoft.portable-executable',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-sharedlib',
  'application/x-executable',
  'application/wasm',
  'application/java-archive',
  'application/x-msi',
  'application/x-apple-diskimage',
  'application/x-shockwave-flash',
  'application/vnd.android.package-archive',
]);
const PROGRAM_EXTS = new Set([
  'exe',
  'dll',
  'msi',
  'bat',
  'cmd',
  'com',
  'scr',
  'sh',
  'ps1',
  'js',
  'jar',
  'app',
  'dmg',
  'apk',
  'vbs',
  'html',
  'htm',
  'svg',
  'xhtml',
]);
const HEIC = new Set(['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence']);
const ARCHIVES = new Set([
  'application/zip',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
  'application/vnd.rar',
  'application/gzip',
  'application/x-tar',
  'application/x-bzip2',
  'application/x-xz',
  'application/zstd',
]);

export const HEIC_MESSAGE =
  'iPhone HEIC photos can’t be read here. Share the photo as JPEG (on the iPhone: Settings › Camera › Formats › Most Compatible), then upload it again.';

export type FileVerdict =
  | { ok: true; mime: string; class: EvidenceClass; ext: string }
  | { ok: false; code: 'UNSUPPORTED_MEDIA_TYPE' | 'TYPE_MISMATCH'; message: string };

const extOf = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';

const refuse = (code: 'UNSUPPORTED_MEDIA_TYPE' | 'TYPE_MISMATCH', message: string): FileVerdict => ({
  ok: false,
  code,
  message,
});

/** What a name's extension claims the file is, in words. */
function claimedLabel(ext: string): string | null {
  return ACCEPTED.find((a) => a.exts[0] === ext || a.exts.includes(ext))?.label ?? TEXT[ext]?.label ?? null;
}

/**
 * The verdict on one file. `sniffed` is what the bytes say (undefined: no known signature);
 * `looksLikeText` whether its first bytes are UTF-8 text without NULs; `declaredType` what the
 * browser sent (often derived from the name, sometimes empty or application/octet-stream).
 */
export function judgeEvidenceFile(input: {
  filename: string;
  declaredType: string;
  sniffed: { mime: string; ext: string } | undefined;
  looksLikeText: boolean;
}): FileVerdict {
  const ext = extOf(input.filename);
  const name = `“${input.filename}”`;
  const sniffed = input.sniffed;
  if (sniffed && PROGRAMS.has(sniffed.mime))
    return refuse(
      'UNSUPPORTED_MEDIA_TYPE',
      `${name} is a program, not evidence: programs are never accepted.`,
    );
  if (!sniffed && PROGRAM_EXTS.has(ext))
    return refuse(
      'UNSUPPORTED_MEDIA_TYPE',
      `${name} is a program or web page, not evidence: these are never accepted.`,
    );
  if (sniffed && HEIC.has(sniffed.mime)) return refuse('UNSUPPORTED_MEDIA_TYPE', HEIC_MESSAGE);
  if (sniffed && ARCHIVES.has(sniffed.mime)) {
    const claimed = claimedLabel(ext);
    return claimed && ext !== 'zip'
      ? refuse('TYPE_MISMATCH', `${name} is named as ${claimed}, but its contents are a compressed archive.`)
      : refuse(
          'UNSUPPORTED_MEDIA_TYPE',
          `Archives such as ${name} aren’t accepted: upload the files themselves.`,
        );
  }
  if (!sniffed) {
    const text = TEXT[ext];
    if (text && input.looksLikeText)
      return checkDeclared(input.declaredType, name, { mime: text.mime, class: 'document', ext });
    const claimed = claimedLabel(ext);
    return claimed
      ? refuse(
          'TYPE_MISMATCH',
          `${name} is named as ${claimed}, but its contents are not; it may be damaged. Export or save it again.`,
        )
      : refuse(
          'UNSUPPORTED_MEDIA_TYPE',
          `We can’t tell what kind of file ${name} is. Upload a PDF, an image, a video, an audio recording, an Office document or a text file.`,
        );
  }
  const accepted = ACCEPTED.filter((a) => a.mime === sniffed.mime);
  const kind = accepted.find((a) => ext === '' || a.exts.includes(ext)) ?? accepted[0];
  if (!kind)
    return refuse(
      'UNSUPPORTED_MEDIA_TYPE',
      `${name} is a kind of file we don’t take (${sniffed.mime}). Upload a PDF, an image, a video, an audio recording or an Office document.`,
    );
  if (ext && !kind.exts.includes(ext)) {
    const claimed = claimedLabel(ext) ?? `a .${ext} file`;
    return refuse(
      'TYPE_MISMATCH',
      `${name} is named as ${claimed}, but its contents are ${kind.label}. Rename it or export it again.`,
    );
  }
  return checkDeclared(input.declaredType, name, {
    mime: kind.mime,
    class: kind.class,
    ext: ext || kind.exts[0]!,
  });
}

/** What the browser declared must be the same sort of thing the bytes are. */
function checkDeclared(
  declaredType: string,
  name: string,
  real: { mime: string; class: EvidenceClass; ext: string },
): FileVerdict {
  const declared = declaredType.split(';')[0]!.trim().toLowerCase();
  const generic = declared === '' || declared === 'application/octet-stream';
  if (!generic && classOfMime(declared) !== real.class && declared !== real.mime) {
    return refuse(
      'TYPE_MISMATCH',
      `${name} was sent as ${declared}, but its contents are ${labelOf(real.mime)}.`,
    );
  }
  return { ok: true, ...real };
}

function classOfMime(mime: string): EvidenceClass {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('video/')) return 'video';
  if (mime.startsWith('audio/')) return 'audio';
  return 'document';
}

const labelOf = (mime: string) =>
  ACCEPTED.find((a) => a.mime === mime)?.label ??
  Object.values(TEXT).find((t) => t.mime === mime)?.label ??
  mime;

/** The largest file of a class, given the configured limits (audio counts as video). */
export function limitFor(
  limits: { video: number; image: number; document: number },
  c: EvidenceClass,
): number {
  return c === 'video' || c === 'audio' ? limits.video : c === 'image' ? limits.image : limits.document;
}

/** The class a file is expected to be from what the browser says before any byte arrives. */
export function expectedClass(filename: string, declaredType: string): EvidenceClass {
  const declared = declaredType.split(';')[0]!.trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream') return classOfMime(declared);
  const ext = extOf(filename);
  return ACCEPTED.find((a) => a.exts.includes(ext))?.class ?? 'document';
}

/** Whether the first bytes of a file read as UTF-8 text (no NUL, valid sequences). */
export function looksLikeText(head: Uint8Array): boolean {
  if (head.includes(0)) return false;
  try {
    // A multi-byte character cut at the end of the sample is fine.
    new TextDecoder('utf-8', { fatal: true }).decode(trimPartialUtf8(head));
    return true;
  } catch {
    return false;
  }
}

function trimPartialUtf8(b: Uint8Array): Uint8Array {
  let i = b.length;
  let back = 0;
  while (i > 0 && back < 3 && (b[i - 1]! & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i > 0 && b[i - 1]! >= 0xc0) return b.subarray(0, i - 1);
  return b;
}
