import { describe, expect, it } from 'vitest';
import { emptyFields, type DraftFields, type ServerDraft } from './draft-merge.js';
import { buildDraftPatch } from './draft-patch.js';

const fields = (extra: Partial<DraftFields> = {}): DraftFields => ({
  ...emptyFields(),
  answers: { part1: { a: 'Part 1 answer' }, part3: { r: 'Reflection' } },
  ...extra,
});
const confirmed = (f: DraftFields, revision = 4): ServerDraft => ({ revision, fields: f, updatedAt: null });

describe('buildDraftPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(
      buildDraftPatch(confirmed(fields({ publicSummary: 'Same' })), fields({ publicSummary: 'Same' })),
    ).toBe(null);
  });

  it('sends only the public summary when only it changed', () => {
    expect(
      buildDraftPatch(confirmed(fields()), fields({ publicSummary: 'Our class wrote objectives.' })),
    ).toEqual({
      revision: 4,
      answers: { publicSummary: 'Our class wrote objectives.' },
    });
  });

  it('sends an empty summary to remove it', () => {
    expect(buildDraftPatch(confirmed(fields({ publicSummary: 'Old' })), fields())).toEqual({
      revision: 4,
      answers: { publicSummary: '' },
    });
  });

  it('leaves the summary out when only an answer changed, sending that answer’s part whole', () => {
    const before = fields({ publicSummary: 'Kept' });
    const next = { ...before, answers: { ...before.answers, part3: { r: 'Reflection, longer' } } };
    expect(buildDraftPatch(confirmed(before), next)).toEqual({
      revision: 4,
      answers: { part3: { r: 'Reflection, longer' } },
    });
  });

  it('sends the summary beside changed answers, the attestation and the note', () => {
    const next: DraftFields = {
      answers: { part1: { a: 'Changed' }, part3: { r: 'Reflection' } },
      attestation: { ownWork: true, studentPrivacy: false },
      resubmissionNote: 'Added a second lesson.',
      publicSummary: 'New summary',
    };
    expect(buildDraftPatch(confirmed(fields(), 9), next)).toEqual({
      revision: 9,
      answers: { part1: { a: 'Changed' }, publicSummary: 'New summary' },
      attestation: { ownWork: true, studentPrivacy: false },
      resubmissionNote: 'Added a second lesson.',
    });
  });
});
