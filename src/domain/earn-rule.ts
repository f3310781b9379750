import type { Criterion, EarnRule } from '../contracts/micro-credential.js';

export type Rubric = { criteria: Criterion[]; earnRule: EarnRule };
export type CriterionScore = { criterionId: string; levelId: string };

export type ScoreCheck =
  | { complete: true; demonstrated: string[]; decision: 'earned' | 'not_yet' }
  | { complete: false; missing: string[]; unknown: string[] };

/**
 * Checks that every criterion has exactly one known level, then applies the earn rule.
 * Pure: the same rubric and scores always give the same decision.
 */
export function applyEarnRule(rubric: Rubric, scores: CriterionScore[]): ScoreCheck {
  const byCriterion = new Map(rubric.criteria.map((c) => [c.id, c]));
  const unknown: string[] = [];
  const chosen = new Map<string, boolean>();
  for (const s of scores) {
    const level = byCriterion.get(s.criterionId)?.levels.find((l) => l.id === s.levelId);
    if (!level || chosen.has(s.criterionId)) unknown.push(`${s.criterionId}:${s.levelId}`);
    else chosen.set(s.criterionId, level.demonstrated);
  }
  const missing = rubric.criteria.filter((c) => !chosen.has(c.id)).map((c) => c.id);
  if (missing.length || unknown.length) return { complete: false, missing, unknown };
  const demonstrated = rubric.criteria.filter((c) => chosen.get(c.id)).map((c) => c.id);
  return {
    complete: true,
    demonstrated,
    decision: meetsRule(rubric, new Set(demonstrated)) ? 'earned' : 'not_yet',
  };
}

function meetsRule({ criteria, earnRule }: Rubric, demonstrated: Set<string>): boolean {
  switch (earnRule.kind) {
    case 'all-criteria':
      return criteria.every((c) => demonstrated.has(c.id));
    case 'min-criteria':
      return demonstrated.size >= earnRule.min && earnRule.required.every((id) => demonstrated.has(id));
  }
}

/** In words, for educators and assessors. */
export function describeEarnRule({ criteria, earnRule }: Rubric): string {
  if (earnRule.kind === 'all-criteria')
    return `Every one of the ${criteria.length} criteria must be demonstrated.`;
  const titles = earnRule.required.map((id) => criteria.find((c) => c.id === id)?.title ?? id);
  return `At least ${earnRule.min} of the ${criteria.length} criteria must be demonstrated${titles.length ? `, including ${titles.join(', ')}` : ''}.`;
}
