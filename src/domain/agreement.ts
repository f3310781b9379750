import type { CriterionScore } from './earn-rule.js';

/**
 * Inter-rater agreement, for double-scored attempts (two assessors, same work) and for calibration
 * (an assessor against the reference scores of an anchor submission). Labels are nominal: level ids
 * are compared for equality only, never ordered.
 */

/** The labels two raters gave the same item: [first rater's, second rater's]. */
export type LabelPair = readonly [first: string, second: string];

export type AgreementSummary = { pairs: number; exact: number | null; kappa: number | null };

function agreeing(pairs: readonly LabelPair[]): number {
  return pairs.filter(([a, b]) => a === b).length;
}

function tally(labels: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/** Share of pairs where both raters chose the same label; null when there are no pairs. */
export function exactAgreement(pairs: readonly LabelPair[]): number | null {
  return pairs.length ? agreeing(pairs) / pairs.length : null;
}

/**
 * Unweighted Cohen's kappa: how far observed agreement exceeds what the raters' own label
 * frequencies would give by chance, κ = (pₒ − pₑ) / (1 − pₑ). 1 is perfect agreement, 0 is chance
 * level, negative is worse than chance. Null when there are no pairs.
 *
 * Convention: when pₑ = 1 the formula is 0/0. That only happens when both raters used one and the
 * same label throughout, so they agreed on everything, and we return 1.
 *
 * Computed on whole counts (n²·pₑ = Σ first_k · second_k) so the result is exact up to the final
 * division and does not depend on the order of raters or labels.
 */
export function cohensKappa(pairs: readonly LabelPair[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const second = tally(pairs.map(([, b]) => b));
  let chance = 0;
  for (const [label, count] of tally(pairs.map(([a]) => a))) chance += count * (second.get(label) ?? 0);
  if (chance === n * n) return 1;
  return (n * agreeing(pairs) - chance) / (n * n - chance);
}

/** Pair count, exact agreement and kappa together, as reported for an assessor pool. */
export function agreementSummary(pairs: readonly LabelPair[]): AgreementSummary {
  return { pairs: pairs.length, exact: exactAgreement(pairs), kappa: cohensKappa(pairs) };
}

/**
 * The level chosen for each criterion; null for a criterion scored more than once with different
 * levels, which can agree with nothing.
 */
function levelByCriterion(scores: readonly CriterionScore[]): Map<string, string | null> {
  const levels = new Map<string, string | null>();
  for (const { criterionId, levelId } of scores) {
    const seen = levels.get(criterionId);
    levels.set(criterionId, seen === undefined || seen === levelId ? levelId : null);
  }
  return levels;
}

/**
 * The per-criterion label pairs of two scorings of the same attempt, for the criteria both scored
 * (in the first scoring's order) — the input to kappa for double-scored attempts.
 */
export function criterionPairs(
  first: readonly CriterionScore[],
  second: readonly CriterionScore[],
): LabelPair[] {
  const theirs = levelByCriterion(second);
  const pairs: LabelPair[] = [];
  for (const [criterionId, mine] of levelByCriterion(first)) {
    const other = theirs.get(criterionId);
    if (mine !== null && other != null) pairs.push([mine, other]);
  }
  return pairs;
}

/**
 * Calibration: the share of the reference's criteria on which the assessor chose the reference
 * level. A criterion the assessor left out (or scored twice, differently) counts as disagreement;
 * criteria outside the reference are ignored. 0 when the reference scores no criteria: with
 * nothing to agree with, an anchor must never be what qualifies an assessor.
 */
export function agreementWithReference(
  scores: readonly CriterionScore[],
  reference: readonly CriterionScore[],
): number {
  const expected = levelByCriterion(reference);
  if (expected.size === 0) return 0;
  const chosen = levelByCriterion(scores);
  let matching = 0;
  for (const [criterionId, level] of expected)
    if (level !== null && chosen.get(criterionId) === level) matching++;
  return matching / expected.size;
}
