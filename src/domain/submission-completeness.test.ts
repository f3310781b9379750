import { describe, expect, it } from 'vitest';
import { MicroCredentialContent } from '../contracts/micro-credential.js';
import { buildContent } from '../test-support/sample-content.js';
import { findSubmissionProblems, type DraftForCheck } from './submission-completeness.js';
import { countWords } from './word-count.js';

const content = MicroCredentialContent.parse(buildContent());
const complete: DraftForCheck = {
  answers: {
    part1: { context: 'Twenty-six fourth graders in a Title I school.' },
    part3: { reflection: 'I regrouped students after the hinge question.' },
  },
  artifacts: [
    { requirementId: 'lesson-plan', kind: 'link', title: 'Plan', text: null, privacy: {}, isFile: false },
  ],
  attestation: { ownWork: true, studentPrivacy: true },
  attemptNumber: 1,
  resubmissionNote: null,
};

describe('submission completeness', () => {
  it('accepts a complete draft', () => {
    expect(findSubmissionProblems(content, complete)).toEqual([]);
  });
  it('names each missing or out-of-range part', () => {
    const problems = findSubmissionProblems(content, {
      ...complete,
      answers: { part1: { context: 'too short' }, part3: {} },
      artifacts: [],
      attestation: { ownWork: false, studentPrivacy: true },
      attemptNumber: 2,
    });
    expect(problems.map((p) => p.path)).toEqual([
      'part1.context',
      'part2.lesson-plan',
      'part3.reflection',
      'attestation.ownWork',
      'resubmissionNote',
    ]);
    expect(problems[0]!.message).toBe('Part 1, question 1 has 2 words; it needs at least 5.');
  });
  it('needs the privacy checklist ticked on every uploaded file, and only on files', () => {
    const file = {
      requirementId: 'lesson-plan',
      kind: 'file',
      title: 'Board photo',
      text: null,
      isFile: true,
    };
    const with_ = (privacy: DraftForCheck['artifacts'][number]['privacy']) =>
      findSubmissionProblems(content, { ...complete, artifacts: [{ ...file, privacy }] });
    expect(with_({})).toEqual([
      {
        path: 'part2.lesson-plan',
        message:
          'Check “Board photo” for student privacy: no student names, and faces only with consent on file.',
      },
    ]);
    expect(with_({ noStudentNames: true })).toHaveLength(1);
    expect(with_({ noStudentNames: true, facesConsented: true })).toEqual([]);
  });
  it('counts words as people do', () => {
    expect(countWords('  one two\nthree — four ')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords('état, naïve café')).toBe(3);
  });
});
