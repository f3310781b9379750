import { isRecord } from '../../api/api-error.js';
import { readServerDraft, type DraftFields } from './draft-merge.js';

/**
 * Typing is kept in localStorage until the server confirms it, so a reload, a crash or a lost
 * connection never loses it. `revision` is the server revision the local edits started from.
 */
export type StoredDraft = { revision: number; fields: DraftFields; at: string };

const key = (submissionId: string, attemptId: string) => `microcred:draft:${submissionId}:${attemptId}`;

export function readStoredDraft(submissionId: string, attemptId: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key(submissionId, attemptId));
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (!isRecord(value)) return null;
    const fields = isRecord(value.fields) ? value.fields : {};
    // Stored as DraftFields; readServerDraft reads the server's shape, where the summary is an answer.
    const answers = isRecord(fields.answers) ? fields.answers : {};
    const draft = readServerDraft({
      revision: value.revision,
      ...fields,
      answers: { ...answers, publicSummary: fields.publicSummary },
    });
    return draft
      ? { revision: draft.revision, fields: draft.fields, at: typeof value.at === 'string' ? value.at : '' }
      : null;
  } catch {
    return null;
  }
}

export function writeStoredDraft(
  submissionId: string,
  attemptId: string,
  revision: number,
  fields: DraftFields,
) {
  try {
    const value: StoredDraft = { revision, fields, at: new Date().toISOString() };
    localStorage.setItem(key(submissionId, attemptId), JSON.stringify(value));
  } catch {
    // Storage full or disabled (private mode): the server copy is still saved as usual.
  }
}

export function clearStoredDraft(submissionId: string, attemptId: string) {
  try {
    localStorage.removeItem(key(submissionId, attemptId));
  } catch {
    // ignore: nothing to clean up
  }
}
