import { describe, expect, it } from 'vitest';
import type { CriterionLike } from '../../components/RubricTable.js';
import {
  decisionProblems,
  fromScores,
  insertTemplate,
  missingLevels,
  notYetShortfall,
  toScores,
} from './score-rules.js';

const levels = [
  { id: 'ny', label: 'Not yet', descriptor: '', demonstrated: false },
  { id: 'ok', label: 'Demonstrated', descriptor: '', demonstrated: true },
];
const criteria: CriterionLike[] = [
  { id: 'c1', title: 'Planning', part: 'part1', targets: [], levels },
  { id: 'c2', title: 'Practice', part: 'part2', targets: [], levels },
];

describe('notYetShortfall', () => {
  it('counts trimmed characters still needed for a "not yet" only', () => {
    expect(notYetShortfall(criteria[0]!, { levelId: 'ny', feedback: '  twelve chars  ' }, 20)).toBe(8);
    expect(notYetShortfall(criteria[0]!, { levelId: 'ny', feedback: 'x'.repeat(25) }, 20)).toBe(0);
    expect(notYetShortfall(criteria[0]!, { levelId: 'ok', feedback: '' }, 20)).toBe(0);
    expect(notYetShortfall(criteria[0]!, undefined, 20)).toBe(0);
  });
});

describe('decisionProblems', () => {
  it('asks for a level, then feedback, then enough feedback on a "not yet"', () => {
    expect(decisionProblems(criteria, {}, 20)).toEqual([
      { path: 'c1', message: 'Choose a level for “Planning”.' },
      { path: 'c2', message: 'Choose a level for “Practice”.' },
    ]);
    expect(
      decisionProblems(
        criteria,
        { c1: { levelId: 'ok', feedback: '   ' }, c2: { levelId: 'ny', feedback: 'Too short.' } },
        20,
      ),
    ).toEqual([
      { path: 'c1', message: 'Write feedback for “Planning”.' },
      {
        path: 'c2',
        message:
          '“Practice” is not yet demonstrated: say what to improve in at least 20 characters (10 more).',
      },
    ]);
  });

  it('accepts complete scores, counting exactly the minimum as enough', () => {
    const draft = {
      c1: { levelId: 'ok', feedback: 'Good.' },
      c2: { levelId: 'ny', feedback: 'x'.repeat(20) },
    };
    expect(decisionProblems(criteria, draft, 20)).toEqual([]);
    expect(decisionProblems(criteria, draft, 21)).toHaveLength(1);
  });
});

describe('insertTemplate', () => {
  it('fills empty feedback and appends to written feedback as a new paragraph', () => {
    expect(insertTemplate('', 'Template.')).toBe('Template.');
    expect(insertTemplate('  \n', 'Template.')).toBe('Template.');
    expect(insertTemplate('Mine.\n', 'Template.')).toBe('Mine.\n\nTemplate.');
  });
});

describe('missingLevels', () => {
  it('lists criteria without a known level', () => {
    expect(
      missingLevels(criteria, { c1: { levelId: 'ok', feedback: '' }, c2: { levelId: 'gone', feedback: '' } }),
    ).toEqual([{ path: 'c2', message: 'Choose a level for “Practice”.' }]);
  });
});

describe('toScores / fromScores', () => {
  it('round-trips chosen levels in rubric order and drops unchosen ones', () => {
    const draft = { c2: { levelId: 'ok', feedback: 'B' }, c1: { levelId: '', feedback: 'typed early' } };
    expect(toScores(criteria, draft)).toEqual([{ criterionId: 'c2', levelId: 'ok', feedback: 'B' }]);
    expect(fromScores([{ criterionId: 'c2', levelId: 'ok', feedback: 'B' }])).toEqual({
      c2: { levelId: 'ok', feedback: 'B' },
    });
  });
});
