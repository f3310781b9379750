import type { DraftVersionSummary, DraftVersionView } from '../../contracts/submissions.js';
import type { DraftRevisionsTable } from '../../db/schema.js';
import { countWords } from '../../domain/word-count.js';
import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import type { Auth } from '../auth/auth-context.js';
import { loadOwnSubmission } from './own-submission.js';
import * as repo from './submissions.repository.js';

type StoredAnswers = {
  part1?: Record<string, string>;
  part3?: Record<string, string>;
  publicSummary?: string;
};

/** Words in the answers to Parts 1 and 3 of a stored version. */
function answerWords(answers: StoredAnswers) {
  return [answers.part1, answers.part3]
    .flatMap((part) => Object.values(part ?? {}))
    .reduce((n, text) => n + countWords(text), 0);
}

const summary = (row: Pick<DraftRevisionsTable, 'revision' | 'saved_at'>, answers: StoredAnswers) => ({
  revision: Number(row.revision),
  savedAt: row.saved_at,
  words: answerWords(answers),
});

/**
 * The saved versions of the educator's current attempt, newest first. Readable after it is
 * submitted too; anyone but the educator gets NOT_FOUND.
 */
export async function listDraftVersions(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  id: string,
): Promise<DraftVersionSummary[]> {
  const own = await loadOwnSubmission(db, auth, id);
  const rows = await repo.listDraftRevisionsWithAnswers(db, own.attempt.id);
  return rows.map((r) => summary(r, JSON.parse(r.answers) as StoredAnswers));
}

/** One saved version in full, to preview it. */
export async function getDraftVersion(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
  id: string,
  revision: number,
): Promise<DraftVersionView> {
  const own = await loadOwnSubmission(db, auth, id);
  const row = await repo.findDraftRevision(db, own.attempt.id, revision);
  if (!row) throw notFound('That saved version');
  const answers = JSON.parse(row.answers) as StoredAnswers;
  return {
    ...summary(row, answers),
    answers: { part1: answers.part1 ?? {}, part3: answers.part3 ?? {}, publicSummary: answers.publicSummary },
    attestation: JSON.parse(row.attestation) as DraftVersionView['attestation'],
    resubmissionNote: row.resubmission_note,
  };
}
