import { expectedClass, HEIC_MESSAGE, judgeEvidenceFile, limitFor } from '../../../domain/evidence-file.js';
import { formatBytes } from '../../../domain/format-bytes.js';
import type { ArtifactRequirementLike } from '../micro-credential/content-like.js';

/**
 * What the page refuses before sending a byte: only what the server would certainly refuse, by
 * the same rules (src/domain/evidence-file.ts). Anything that depends on the bytes themselves is
 * left to the server, whose message is shown when it says no.
 */

/** The largest file of each kind, in bytes, as the server is configured. */
export type UploadLimits = { video: number; image: number; document: number };

/** What the browser tells about a chosen file before it is read. */
export type ChosenFile = { name: string; size: number; type: string };

/** The file picker's `accept`: what phones offer from the camera roll, documents, recordings. */
export function acceptFor(requirement: Pick<ArtifactRequirementLike, 'kinds'>): string {
  if (!requirement.kinds.includes('file')) return 'video/*';
  return 'image/*,video/*,audio/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.md,.csv';
}

const HEIC_EXTS = new Set(['heic', 'heif', 'hif']);
const extOf = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/**
 * Why this file cannot be taken, judged by its name, size and declared type alone; null when
 * only its contents can tell. `limits` are the per-kind size limits when the page knows them.
 */
export function refusalBeforeUpload(
  file: ChosenFile,
  requirement: Pick<ArtifactRequirementLike, 'title' | 'kinds'>,
  limits?: UploadLimits,
): string | null {
  const ext = extOf(file.name);
  if (HEIC_EXTS.has(ext)) return HEIC_MESSAGE;
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (ext) {
    // Judged as if its contents were unrecognizable text: the domain rule then refuses exactly
    // the names no contents could make acceptable (programs, web pages, types never taken),
    // and nothing else.
    const byName = judgeEvidenceFile({
      filename: file.name,
      declaredType: '',
      sniffed: undefined,
      looksLikeText: true,
    });
    if (!byName.ok && byName.code === 'UNSUPPORTED_MEDIA_TYPE') return byName.message;
  }
  // The server decides the kind the same way when the upload starts.
  const kind = expectedClass(file.name, file.type);
  if (!requirement.kinds.includes('file') && kind !== 'video')
    return `“${requirement.title}” takes video files only; “${file.name}” is not a video.`;
  if (limits) {
    const limit = limitFor(limits, kind);
    if (file.size > limit)
      return `“${file.name}” is ${formatBytes(file.size)}; the largest ${kind} accepted is ${formatBytes(limit)}.`;
  }
  return null;
}

/** HEIC and HEIF brands of an ISO media file's `ftyp` box, as file-type names them. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'mif1', 'msf1']);

/** Whether a file's first bytes are an iPhone HEIC/HEIF photo, whatever it is called. */
export function isHeic(head: Uint8Array): boolean {
  if (head.length < 12) return false;
  const text = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  return text(4, 8) === 'ftyp' && HEIC_BRANDS.has(text(8, 12));
}

/** The refusal the file's first bytes already decide (an iPhone photo renamed .jpg); null otherwise. */
export async function refusalFromContents(file: Blob): Promise<string | null> {
  try {
    const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    return isHeic(head) ? HEIC_MESSAGE : null;
  } catch {
    // Unreadable here: the server reads it and decides.
    return null;
  }
}
