// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { emptyFields, type DraftFields } from './draft-merge.js';
import { clearStoredDraft, readStoredDraft, writeStoredDraft } from './draft-storage.js';

afterEach(() => localStorage.clear());

describe('draft storage', () => {
  it('keeps every field of an unsaved draft, the public summary included', () => {
    const fields: DraftFields = {
      answers: { part1: { a: 'Part 1' }, part3: { r: 'Part 3' } },
      attestation: { ownWork: true, studentPrivacy: false },
      resubmissionNote: 'What changed',
      publicSummary: 'A short public account of the lesson.',
    };
    writeStoredDraft('sub-1', 'att-1', 3, fields);
    expect(readStoredDraft('sub-1', 'att-1')).toMatchObject({ revision: 3, fields });
    expect(readStoredDraft('sub-1', 'att-2')).toBeNull();
    clearStoredDraft('sub-1', 'att-1');
    expect(readStoredDraft('sub-1', 'att-1')).toBeNull();
  });

  it('reads a copy saved before the summary existed as having none', () => {
    const { publicSummary: _none, ...older } = emptyFields();
    localStorage.setItem(
      'microcred:draft:sub-1:att-1',
      JSON.stringify({ revision: 2, fields: { ...older, resubmissionNote: 'note' }, at: '' }),
    );
    expect(readStoredDraft('sub-1', 'att-1')?.fields).toEqual({ ...emptyFields(), resubmissionNote: 'note' });
  });
});
