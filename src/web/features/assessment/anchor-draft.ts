import type { Score } from '../../../contracts/reviews.js';

type CriterionLike = { id: string; title: string; levels: readonly { id: string; label: string }[] };

/**
 * Reference scores to start a new anchor from: one per rubric criterion, in rubric order, taken
 * from the scores that decided the attempt. A criterion without a usable decided score (or whose
 * level no longer exists in the rubric) starts unchosen (`levelId` '').
 */
export function prefillReferenceScores(
  criteria: readonly CriterionLike[],
  decided: readonly Score[],
): Score[] {
  const byCriterion = new Map(decided.map((s) => [s.criterionId, s]));
  return criteria.map((c) => {
    const s = byCriterion.get(c.id);
    const known = s && c.levels.some((l) => l.id === s.levelId);
    return { criterionId: c.id, levelId: known ? s.levelId : '', feedback: s?.feedback ?? '' };
  });
}

/** What stops an anchor from being saved, in the order the form shows its fields. */
export function anchorProblems(
  title: string,
  scores: readonly Score[],
  criteria: readonly CriterionLike[],
): string[] {
  const problems: string[] = [];
  const t = title.trim();
  if (t.length < 3) problems.push('Give the anchor a title of at least 3 characters.');
  else if (t.length > 120) problems.push('Keep the title to 120 characters.');
  for (const c of criteria) {
    if (!scores.find((s) => s.criterionId === c.id)?.levelId)
      problems.push(`Choose a reference level for “${c.title}”.`);
  }
  return problems;
}

/** Replaces one criterion's reference score. */
export const setScore = (scores: readonly Score[], next: Score): Score[] =>
  scores.map((s) => (s.criterionId === next.criterionId ? next : s));
