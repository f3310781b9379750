import type { Problem } from '../../../contracts/common.js';
import type { Score } from '../../../contracts/reviews.js';
import type { CriterionLike } from '../../components/RubricTable.js';
import { countWords } from '../../lib/words.js';

/** The assessor's working scores, by criterion id (a level may not be chosen yet). */
export type ScoreDraft = Record<string, { levelId: string; feedback: string }>;

/** Feedback on a "not yet" level must say what to improve: at least a sentence. */
export const MIN_NOT_YET_WORDS = 6;

export const toScores = (criteria: readonly CriterionLike[], draft: ScoreDraft): Score[] =>
  criteria.flatMap((c) => {
    const s = draft[c.id];
    return s?.levelId ? [{ criterionId: c.id, levelId: s.levelId, feedback: s.feedback }] : [];
  });

export const fromScores = (scores: readonly Score[]): ScoreDraft =>
  Object.fromEntries(scores.map((s) => [s.criterionId, { levelId: s.levelId, feedback: s.feedback }]));

/** What keeps a decision from being sent, per criterion (path = criterion id). */
export function decisionProblems(criteria: readonly CriterionLike[], draft: ScoreDraft): Problem[] {
  return criteria.flatMap((c): Problem[] => {
    const s = draft[c.id];
    const level = c.levels.find((l) => l.id === s?.levelId);
    if (!level) return [{ path: c.id, message: `Choose a level for “${c.title}”.` }];
    const feedback = s?.feedback.trim() ?? '';
    if (!feedback) return [{ path: c.id, message: `Write feedback for “${c.title}”.` }];
    if (!level.demonstrated && countWords(feedback) < MIN_NOT_YET_WORDS)
      return [
        {
          path: c.id,
          message: `“${c.title}” is not yet demonstrated: say in at least a full sentence what to improve.`,
        },
      ];
    return [];
  });
}
