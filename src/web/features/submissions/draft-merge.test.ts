import { describe, expect, it } from 'vitest';
import {
  emptyFields,
  mergeDrafts,
  readServerDraft,
  resolveConflicts,
  sameFields,
  type DraftFields,
} from './draft-merge.js';

const draft = (part1: Record<string, string>, extra: Partial<DraftFields> = {}): DraftFields => ({
  ...emptyFields(),
  answers: { part1, part3: {} },
  ...extra,
});

describe('mergeDrafts', () => {
  it('takes each side’s change when they touched different answers', () => {
    const base = draft({ a: 'A', b: 'B' });
    const mine = draft({ a: 'A mine', b: 'B' });
    const theirs = draft({ a: 'A', b: 'B theirs' });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers.part1).toEqual({ a: 'A mine', b: 'B theirs' });
  });

  it('asks when both sides changed the same answer differently, keeping both texts', () => {
    const { merged, conflicts } = mergeDrafts(
      draft({ a: 'A' }),
      draft({ a: 'A mine' }),
      draft({ a: 'A theirs' }),
    );
    expect(conflicts).toEqual([
      { key: 'part1:a', part: 'part1', id: 'a', mine: 'A mine', theirs: 'A theirs' },
    ]);
    expect(merged.answers.part1.a).toBe('A mine');
    expect(resolveConflicts(merged, conflicts, () => 'theirs').answers.part1.a).toBe('A theirs');
  });

  it('without a common base, asks about every difference but never about an empty side', () => {
    const { merged, conflicts } = mergeDrafts(
      null,
      draft({ a: 'mine', b: '', c: 'same' }),
      draft({ a: 'theirs', b: 'only theirs', c: 'same' }),
    );
    expect(conflicts.map((c) => c.id)).toEqual(['a']);
    expect(merged.answers.part1).toMatchObject({ b: 'only theirs', c: 'same' });
  });

  it('takes the public summary from whichever side changed it', () => {
    const base = draft({ a: 'A' }, { publicSummary: 'First summary.' });
    const mine = draft({ a: 'A mine' }, { publicSummary: 'First summary.' });
    const theirs = draft({ a: 'A' }, { publicSummary: 'Summary edited elsewhere.' });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.publicSummary).toBe('Summary edited elsewhere.');
    expect(merged.answers.part1.a).toBe('A mine');
    // Cleared here, untouched there: the clearing stands.
    expect(mergeDrafts(base, draft({ a: 'A' }), base).merged.publicSummary).toBe('');
  });

  it('asks about a public summary changed on both sides, like the resubmission note', () => {
    const base = draft({}, { publicSummary: 'Students wrote objectives.' });
    const mine = draft({}, { publicSummary: 'Students wrote their own objectives.' });
    const theirs = draft({}, { publicSummary: 'Pupils wrote objectives in pairs.' });
    const { merged, conflicts } = mergeDrafts(base, mine, theirs);
    expect(conflicts).toEqual([
      {
        key: 'summary:summary',
        part: 'summary',
        id: 'summary',
        mine: 'Students wrote their own objectives.',
        theirs: 'Pupils wrote objectives in pairs.',
      },
    ]);
    expect(merged.publicSummary).toBe('Students wrote their own objectives.');
    const chosen = resolveConflicts(merged, conflicts, () => 'theirs');
    expect(chosen.publicSummary).toBe('Pupils wrote objectives in pairs.');
    expect(chosen.answers).toEqual(merged.answers);
    expect(resolveConflicts(merged, conflicts, () => 'mine').publicSummary).toBe(
      'Students wrote their own objectives.',
    );
    // Without a base, a summary typed on one side only is kept, not asked about.
    expect(mergeDrafts(null, draft({}), theirs)).toEqual({ merged: theirs, conflicts: [] });
  });

  it('keeps an attestation ticked on this device', () => {
    const base = emptyFields();
    const mine = { ...emptyFields(), attestation: { ownWork: true, studentPrivacy: false } };
    const theirs = { ...emptyFields(), attestation: { ownWork: false, studentPrivacy: true } };
    expect(mergeDrafts(base, mine, theirs).merged.attestation).toEqual({
      ownWork: true,
      studentPrivacy: true,
    });
  });
});

describe('readServerDraft', () => {
  it('reads the STALE_VERSION details the server sends', () => {
    const server = readServerDraft({
      revision: 7,
      updatedAt: '2026-11-23T10:42:00Z',
      answers: { part1: { a: 'x', bad: 3 }, part3: {}, publicSummary: 'What my class did.' },
      attestation: { ownWork: true },
      resubmissionNote: null,
    });
    expect(server).toEqual({
      revision: 7,
      updatedAt: '2026-11-23T10:42:00Z',
      fields: {
        answers: { part1: { a: 'x' }, part3: {} },
        attestation: { ownWork: true, studentPrivacy: false },
        resubmissionNote: '',
        publicSummary: 'What my class did.',
      },
    });
    expect(readServerDraft({ answers: {} })).toBeNull();
    // The server leaves the summary out when there is none.
    expect(readServerDraft({ revision: 1, answers: { part1: {} } })?.fields.publicSummary).toBe('');
    expect(readServerDraft({ revision: 1, answers: { publicSummary: 5 } })?.fields.publicSummary).toBe('');
  });

  it('treats a missing answer and an empty one as the same', () => {
    expect(sameFields(draft({ a: '' }), draft({}))).toBe(true);
    expect(sameFields(draft({ a: 'x' }), draft({}))).toBe(false);
    expect(sameFields(draft({}, { publicSummary: 'x' }), draft({}))).toBe(false);
    expect(sameFields(draft({}, { publicSummary: 'x' }), draft({}, { publicSummary: 'x' }))).toBe(true);
  });
});

describe('differingRange', () => {
  it('finds the changed middle between two versions', async () => {
    const { differingRange } = await import('./DiffText.js');
    expect(differingRange('I teach grade 3.', 'I teach grade 4.')).toEqual({ start: 14, end: 15 });
    expect(differingRange('same', 'same')).toEqual({ start: 4, end: 4 });
    expect(differingRange('abc', 'abXYc')).toEqual({ start: 2, end: 2 });
  });
});
