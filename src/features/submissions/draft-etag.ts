import { AppError } from '../../server/errors.js';

const MAX_REVISION = 2_147_483_647;

/** The ETag of a draft at a revision: `"12"`. */
export const draftEtag = (revision: number) => `"${revision}"`;

/** Reads `If-Match: "12"`, `W/"12"` or `12`; undefined when absent. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = (Array.isArray(header) ? header.join(',') : header).trim();
  const m = /^(?:W\/)?("?)(\d{1,10})\1$/.exec(value);
  const revision = m ? Number(m[2]) : NaN;
  if (!(revision <= MAX_REVISION)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `If-Match must name the one revision this change started from, such as "12" (got ${JSON.stringify(value.slice(0, 40))}).`,
      [{ path: 'headers.if-match', message: 'name one revision, such as "12"' }],
    );
  }
  return revision;
}

/**
 * The revision a change to the draft started from: the `If-Match` header or the body's
 * `revision`. Both may be sent, but they must agree; one of them is required.
 */
export function startingRevision(ifMatch: string | string[] | undefined, bodyRevision: number | undefined) {
  const fromHeader = parseIfMatch(ifMatch);
  if (fromHeader !== undefined && bodyRevision !== undefined && fromHeader !== bodyRevision) {
    throw new AppError(
      'VALIDATION_FAILED',
      `If-Match names revision ${fromHeader} but the body says revision ${bodyRevision}; send one revision, or the same in both.`,
      [{ path: 'headers.if-match', message: `does not match body.revision (${bodyRevision})` }],
    );
  }
  const revision = fromHeader ?? bodyRevision;
  if (revision === undefined) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Say which revision of the draft this change started from: If-Match: "<revision>", or revision in the body.',
      [{ path: 'body.revision', message: 'is required (or send If-Match)' }],
    );
  }
  return revision;
}
