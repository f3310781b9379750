import type { ArtifactRequirement, MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { FileViewer } from '../../contracts/submissions.js';
import { AppError } from '../../server/errors.js';

export function requirementOf(content: MicroCredentialContent, requirementId: string): ArtifactRequirement {
  const req = content.requirements.part2.artifacts.find((r) => r.id === requirementId);
  if (!req) throw new AppError('VALIDATION_FAILED', `Part 2 has no artifact requirement "${requirementId}".`);
  return req;
}

export function requireKindAllowed(req: ArtifactRequirement, kind: 'text' | 'link' | 'file' | 'video') {
  const allowed = req.kinds.includes(kind) || (kind === 'video' && req.kinds.includes('file'));
  if (!allowed) {
    throw new AppError('VALIDATION_FAILED', `“${req.title}” takes ${req.kinds.join(', ')} — not ${kind}.`);
  }
}

export function requireRoom(req: ArtifactRequirement, existing: number) {
  if (existing >= req.count.max) {
    throw new AppError(
      'VALIDATION_FAILED',
      `“${req.title}” takes at most ${req.count.max}; remove one first.`,
    );
  }
}

/** Types a browser may show inline; anything else is downloaded, so nothing uploaded runs as a page. */
const INLINE = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'video/mp4',
  'video/webm',
  'video/quicktime',
  'audio/mpeg',
]);
export const isInlineSafe = (contentType: string) => INLINE.has(contentType);

/** Which of the page's viewers shows a file of this type. */
export function viewerFor(contentType: string): FileViewer {
  if (!isInlineSafe(contentType)) return 'download';
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('video/')) return 'video';
  return 'audio';
}

/**
 * The name assessors see for an uploaded file: the requirement and position, with the original
 * extension — an original name such as "Maya Thompson - Riverside lesson.pdf" would unblind them.
 */
export function neutralFilename(a: {
  requirement_id: string;
  position: number;
  filename: string | null;
}): string {
  const ext = /\.[a-z0-9]{1,8}$/i.exec(a.filename ?? '')?.[0].toLowerCase() ?? '';
  return `${a.requirement_id}-${a.position + 1}${ext}`;
}

/** A filename safe to store and to put in a header. */
export function sanitizeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  const clean = base
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  return (clean || 'file').slice(0, 150);
}
