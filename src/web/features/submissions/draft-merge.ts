import type { Attestation } from '../../../contracts/submissions.js';
import { isRecord } from '../../api/api-error.js';

/** The parts of an attempt the educator types, autosaved together. */
export type DraftFields = {
  answers: { part1: Record<string, string>; part3: Record<string, string> };
  attestation: Attestation;
  resubmissionNote: string;
  /** Published with the credential if it is earned (answers.publicSummary on the server); '' for none. */
  publicSummary: string;
};

export type TextPart = 'part1' | 'part3';

/** A text the educator types that is not an answer to a question. */
export type SingleText = 'note' | 'summary';

/** One answer that was changed both here and elsewhere, differently. */
export type ConflictItem = {
  key: string;
  part: TextPart | SingleText;
  id: string;
  mine: string;
  theirs: string;
};

export type ServerDraft = { revision: number; fields: DraftFields; updatedAt: string | null };

export const emptyFields = (): DraftFields => ({
  answers: { part1: {}, part3: {} },
  attestation: { ownWork: false, studentPrivacy: false },
  resubmissionNote: '',
  publicSummary: '',
});

const strings = (v: unknown): Record<string, string> =>
  isRecord(v)
    ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};

/** Reads the server's copy out of a STALE_VERSION error's `details.current`; null if it is not there. */
export function readServerDraft(value: unknown): ServerDraft | null {
  if (!isRecord(value) || typeof value.revision !== 'number') return null;
  const answers = isRecord(value.answers) ? value.answers : {};
  const attestation = isRecord(value.attestation) ? value.attestation : {};
  return {
    revision: value.revision,
    updatedAt: typeof value.updatedAt === 'string' ? value.updatedAt : null,
    fields: {
      answers: { part1: strings(answers.part1), part3: strings(answers.part3) },
      attestation: {
        ownWork: attestation.ownWork === true,
        studentPrivacy: attestation.studentPrivacy === true,
      },
      resubmissionNote: typeof value.resubmissionNote === 'string' ? value.resubmissionNote : '',
      publicSummary: typeof answers.publicSummary === 'string' ? answers.publicSummary : '',
    },
  };
}

const text = (r: Record<string, string>, key: string) => r[key] ?? '';

export function sameFields(a: DraftFields, b: DraftFields): boolean {
  const sameRecord = (x: Record<string, string>, y: Record<string, string>) => {
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const k of keys) if (text(x, k) !== text(y, k)) return false;
    return true;
  };
  return (
    sameRecord(a.answers.part1, b.answers.part1) &&
    sameRecord(a.answers.part3, b.answers.part3) &&
    a.attestation.ownWork === b.attestation.ownWork &&
    a.attestation.studentPrivacy === b.attestation.studentPrivacy &&
    a.resubmissionNote === b.resubmissionNote &&
    a.publicSummary === b.publicSummary
  );
}

/**
 * Three-way merge of a draft edited here (`mine`) and saved elsewhere (`theirs`) since `base`.
 * A field changed on one side only takes that side; a field changed on both sides, differently,
 * becomes a conflict for the educator to decide (merged keeps `mine` meanwhile). Without a base
 * every difference is a conflict. Nothing typed on either side is dropped.
 */
export function mergeDrafts(
  base: DraftFields | null,
  mine: DraftFields,
  theirs: DraftFields,
): { merged: DraftFields; conflicts: ConflictItem[] } {
  const conflicts: ConflictItem[] = [];
  const pick = (part: TextPart | SingleText, id: string, b: string | null, m: string, t: string): string => {
    if (m === t) return m;
    if (b !== null && m === b) return t;
    if (b !== null && t === b) return m;
    if (!t.trim()) return m;
    if (!m.trim()) return t;
    conflicts.push({ key: `${part}:${id}`, part, id, mine: m, theirs: t });
    return m;
  };
  const mergePart = (part: TextPart) => {
    const keys = new Set([...Object.keys(mine.answers[part]), ...Object.keys(theirs.answers[part])]);
    const out: Record<string, string> = {};
    for (const k of keys) {
      out[k] = pick(
        part,
        k,
        base ? text(base.answers[part], k) : null,
        text(mine.answers[part], k),
        text(theirs.answers[part], k),
      );
    }
    return out;
  };
  const flag = (key: keyof Attestation) =>
    base && mine.attestation[key] === base.attestation[key] ? theirs.attestation[key] : mine.attestation[key];
  const merged: DraftFields = {
    answers: { part1: mergePart('part1'), part3: mergePart('part3') },
    attestation: { ownWork: flag('ownWork'), studentPrivacy: flag('studentPrivacy') },
    resubmissionNote: pick(
      'note',
      'note',
      base ? base.resubmissionNote : null,
      mine.resubmissionNote,
      theirs.resubmissionNote,
    ),
    publicSummary: pick(
      'summary',
      'summary',
      base ? base.publicSummary : null,
      mine.publicSummary,
      theirs.publicSummary,
    ),
  };
  return { merged, conflicts };
}

/** The merged draft with the educator's choice for each conflict applied. */
export function resolveConflicts(
  merged: DraftFields,
  conflicts: readonly ConflictItem[],
  choice: (c: ConflictItem) => 'mine' | 'theirs',
): DraftFields {
  const out: DraftFields = {
    ...merged,
    answers: { part1: { ...merged.answers.part1 }, part3: { ...merged.answers.part3 } },
  };
  for (const c of conflicts) {
    const value = choice(c) === 'mine' ? c.mine : c.theirs;
    if (c.part === 'note') out.resubmissionNote = value;
    else if (c.part === 'summary') out.publicSummary = value;
    else out.answers[c.part][c.id] = value;
  }
  return out;
}
