import { describe, expect, it } from 'vitest';
import type { CriterionFeedback } from '../../../contracts/submissions.js';
import { feedbackSummary, orderFeedback } from './part-feedback.js';

const fb = (criterionId: string, demonstrated: boolean): CriterionFeedback => ({
  criterionId,
  criterionTitle: criterionId,
  levelId: demonstrated ? 'ok' : 'ny',
  levelLabel: demonstrated ? 'Demonstrated' : 'Not yet',
  demonstrated,
  feedback: '',
});

describe('orderFeedback', () => {
  it('puts criteria to work on first, keeping rubric order within each group', () => {
    const list = [fb('a', true), fb('b', false), fb('c', true), fb('d', false)];
    expect(orderFeedback(list).map((f) => f.criterionId)).toEqual(['b', 'd', 'a', 'c']);
    expect(list.map((f) => f.criterionId)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('feedbackSummary', () => {
  it('counts demonstrated criteria', () => {
    expect(feedbackSummary([fb('a', true), fb('b', false), fb('c', true)])).toBe(
      '2 of 3 criteria demonstrated.',
    );
    expect(feedbackSummary([fb('a', false)])).toBe('0 of 1 criterion demonstrated.');
    expect(feedbackSummary([fb('a', true), fb('b', true)])).toBe('All 2 criteria demonstrated.');
    expect(feedbackSummary([fb('a', true)])).toBe('The criterion is demonstrated.');
  });
});
