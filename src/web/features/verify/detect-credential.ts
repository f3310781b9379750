/** What pasted text looks like, so the page can say so before it is sent. */
export type Detected =
  | { kind: 'empty' }
  | { kind: 'json'; credential: Record<string, unknown> }
  | { kind: 'jwt'; credential: string }
  | { kind: 'invalid-json'; credential: string; message: string }
  | { kind: 'unknown'; credential: string };

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * A JSON credential goes as an object, a compact VC-JWT (three base64url parts) as the string.
 * Broken JSON and unrecognised text are still sent as text, so the verifier can say exactly what
 * is wrong — but the page warns first.
 */
export function detectCredential(text: string): Detected {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { kind: 'empty' };
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (value && typeof value === 'object' && !Array.isArray(value))
        return { kind: 'json', credential: value as Record<string, unknown> };
      return {
        kind: 'invalid-json',
        credential: trimmed,
        message: 'This JSON is not a single credential object.',
      };
    } catch (err) {
      return {
        kind: 'invalid-json',
        credential: trimmed,
        message: `This looks like JSON but does not parse: ${err instanceof Error ? err.message : 'syntax error'}.`,
      };
    }
  }
  const compact = trimmed.replace(/\s+/g, '');
  if (JWT.test(compact)) return { kind: 'jwt', credential: compact };
  return { kind: 'unknown', credential: trimmed };
}

/** The words under the text box: what was recognised. */
export function detectedLabel(d: Detected): string {
  switch (d.kind) {
    case 'empty':
      return '';
    case 'json':
      return 'Recognised: a JSON credential (checked with its embedded proof).';
    case 'jwt':
      return 'Recognised: a VC-JWT (checked with its JOSE signature).';
    case 'invalid-json':
      return d.message;
    case 'unknown':
      return 'Not recognised as JSON or a VC-JWT; the verifier will say what it finds.';
  }
}

/** Files the upload accepts, and the size the server refuses above. */
export const UPLOAD_ACCEPT = '.png,.svg,.json,.jwt,.txt,image/png,image/svg+xml,application/json,text/plain';
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** Why a chosen file will not be sent, in words; null when it is fine. */
export function uploadProblem(file: { name: string; size: number; type?: string }): string | null {
  if (file.size === 0) return 'That file is empty.';
  if (file.size > UPLOAD_MAX_BYTES) return 'That file is over 10 MB, larger than any badge or credential.';
  const known =
    /\.(png|svg|json|jwt|txt)$/i.test(file.name) ||
    /^(image\/png|image\/svg\+xml|application\/(json|ld\+json|vc\+ld\+json|vc\+jwt|jwt)|text\/plain)$/.test(
      file.type ?? '',
    );
  return known ? null : 'Choose a PNG or SVG badge image, or a .json or .jwt credential file.';
}
