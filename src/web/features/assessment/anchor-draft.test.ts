import { describe, expect, it } from 'vitest';
import { anchorProblems, prefillReferenceScores, setScore } from './anchor-draft.js';

const levels = [
  { id: 'beginning', label: 'Beginning' },
  { id: 'proficient', label: 'Proficient' },
];
const criteria = [
  { id: 'plan', title: 'Plans the lesson', levels },
  { id: 'reflect', title: 'Reflects on evidence', levels },
  { id: 'data', title: 'Uses data', levels },
];

describe('prefillReferenceScores', () => {
  it('takes the decided scores in rubric order and leaves unknown levels unchosen', () => {
    expect(
      prefillReferenceScores(criteria, [
        { criterionId: 'reflect', levelId: 'proficient', feedback: 'Clear.' },
        { criterionId: 'plan', levelId: 'gone-level', feedback: 'Old level.' },
        { criterionId: 'other', levelId: 'proficient', feedback: '' },
      ]),
    ).toEqual([
      { criterionId: 'plan', levelId: '', feedback: 'Old level.' },
      { criterionId: 'reflect', levelId: 'proficient', feedback: 'Clear.' },
      { criterionId: 'data', levelId: '', feedback: '' },
    ]);
  });
});

describe('anchorProblems', () => {
  const full = criteria.map((c) => ({ criterionId: c.id, levelId: 'proficient', feedback: '' }));

  it('is empty for a titled anchor with every level chosen', () => {
    expect(anchorProblems('Strong lesson plan', full, criteria)).toEqual([]);
  });

  it('asks for a title and each missing level', () => {
    expect(
      anchorProblems(' a ', setScore(full, { criterionId: 'data', levelId: '', feedback: '' }), criteria),
    ).toEqual([
      'Give the anchor a title of at least 3 characters.',
      'Choose a reference level for “Uses data”.',
    ]);
    expect(anchorProblems('x'.repeat(121), full, criteria)).toEqual(['Keep the title to 120 characters.']);
  });
});
