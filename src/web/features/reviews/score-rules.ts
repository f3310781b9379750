import type { Problem } from '../../../contracts/common.js';
import type { Score } from '../../../contracts/reviews.js';
import type { CriterionLike } from '../../components/RubricTable.js';

/** The assessor's working scores, by criterion id (a level may not be chosen yet). */
export type ScoreDraft = Record<string, { levelId: string; feedback: string }>;

export const toScores = (criteria: readonly CriterionLike[], draft: ScoreDraft): Score[] =>
  criteria.flatMap((c) => {
    const s = draft[c.id];
    return s?.levelId ? [{ criterionId: c.id, levelId: s.levelId, feedback: s.feedback }] : [];
  });

export const fromScores = (scores: readonly Score[]): ScoreDraft =>
  Object.fromEntries(scores.map((s) => [s.criterionId, { levelId: s.levelId, feedback: s.feedback }]));

/**
 * Characters of feedback a criterion still needs: the issuer's minimum for a "not yet" level
 * (counted on the trimmed text, as the server counts), 0 for a demonstrated level or none chosen.
 */
export function notYetShortfall(
  criterion: CriterionLike,
  value: { levelId: string; feedback: string } | undefined,
  minNotYet: number,
): number {
  const level = criterion.levels.find((l) => l.id === value?.levelId);
  if (!level || level.demonstrated) return 0;
  return Math.max(0, minNotYet - (value?.feedback.trim().length ?? 0));
}

/**
 * What keeps a decision from being sent, per criterion (path = criterion id): the server's own
 * checks, so the assessor learns them before sending. Every criterion needs a level and feedback;
 * a "not yet" needs at least `minNotYet` characters of it.
 */
export function decisionProblems(
  criteria: readonly CriterionLike[],
  draft: ScoreDraft,
  minNotYet: number,
): Problem[] {
  return criteria.flatMap((c): Problem[] => {
    const s = draft[c.id];
    const level = c.levels.find((l) => l.id === s?.levelId);
    if (!level) return [{ path: c.id, message: `Choose a level for “${c.title}”.` }];
    const feedback = s?.feedback.trim() ?? '';
    if (!feedback) return [{ path: c.id, message: `Write feedback for “${c.title}”.` }];
    const missing = notYetShortfall(c, s, minNotYet);
    if (missing > 0)
      return [
        {
          path: c.id,
          message: `“${c.title}” is not yet demonstrated: say what to improve in at least ${minNotYet} characters (${missing} more).`,
        },
      ];
    return [];
  });
}

/**
 * The feedback with a template added: the template alone into empty feedback, otherwise after
 * what is written, as a new paragraph (never replacing the assessor's own words).
 */
export function insertTemplate(feedback: string, template: string): string {
  const mine = feedback.trimEnd();
  return mine ? `${mine}\n\n${template}` : template;
}

/** For calibration, where only levels are compared: each criterion still without one. */
export function missingLevels(criteria: readonly CriterionLike[], draft: ScoreDraft): Problem[] {
  return criteria
    .filter((c) => !c.levels.some((l) => l.id === draft[c.id]?.levelId))
    .map((c) => ({ path: c.id, message: `Choose a level for “${c.title}”.` }));
}
