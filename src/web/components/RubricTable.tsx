import type { EarnRule, PartId } from '../../contracts/micro-credential.js';
import { describeEarnRule } from '../../domain/earn-rule.js';
import { PART_SHORT } from '../lib/labels.js';
import { Icon } from './Icon.js';

export type RubricLevelLike = { id: string; label: string; descriptor: string; demonstrated: boolean };
// Structurally the contract's Criterion, so a published rubric and an author's draft both fit.
export type CriterionLike = {
  id: string;
  title: string;
  part: PartId;
  targets: string[];
  levels: RubricLevelLike[];
};
export type RubricLike = { criteria: CriterionLike[]; earnRule: EarnRule };

type Props = {
  rubric: RubricLike;
  /** Names the question or artifact a criterion targets (by id). */
  targetLabel?: (id: string) => string;
  /** Only these parts' criteria (the workspace shows a part's criteria beside it). */
  parts?: readonly PartId[];
  caption?: string;
};

/** The labels shared by every criterion, in order, or null when criteria use different levels. */
function sharedLabels(criteria: CriterionLike[]): string[] | null {
  const first = criteria[0]?.levels.map((l) => l.label);
  if (!first) return null;
  const same = criteria.every(
    (c) => c.levels.length === first.length && c.levels.every((l, i) => l.label === first[i]),
  );
  return same ? first : null;
}

/** The full rubric, criteria × levels, exactly as assessors use it, with the earn rule in words. */
export function RubricTable({ rubric, targetLabel, parts, caption = 'Scoring rubric' }: Props) {
  const criteria = parts ? rubric.criteria.filter((c) => parts.includes(c.part)) : rubric.criteria;
  const columns = Math.max(0, ...criteria.map((c) => c.levels.length));
  const labels = sharedLabels(criteria);
  if (!criteria.length) return <p className="text-slate-700">No criteria yet.</p>;
  return (
    <div>
      <div
        role="region"
        aria-label={caption}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      >
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100 text-slate-900">
            <tr>
              <th scope="col" className="w-1/4 px-3 py-2 font-semibold">
                Criterion
              </th>
              {Array.from({ length: columns }, (_, i) => (
                <th key={i} scope="col" className="px-3 py-2 font-semibold">
                  {labels?.[i] ?? `Level ${i + 1}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map((c) => (
              <tr key={c.id} className="border-t border-slate-200 align-top">
                <th scope="row" className="px-3 py-3 font-semibold text-slate-900">
                  <span className="block">{c.title || 'Untitled criterion'}</span>
                  <span className="mt-1 block text-xs font-normal text-slate-600">
                    {PART_SHORT[c.part]}
                    {c.targets.length ? ` · ${c.targets.map((t) => targetLabel?.(t) ?? t).join('; ')}` : ''}
                  </span>
                </th>
                {Array.from({ length: columns }, (_, i) => {
                  const level = c.levels[i];
                  return (
                    <td key={i} className="px-3 py-3 text-slate-800">
                      {level ? (
                        <>
                          {labels ? null : <span className="mb-1 block font-semibold">{level.label}</span>}
                          <span
                            className={`mb-1.5 inline-flex items-center gap-1 text-xs font-medium ${level.demonstrated ? 'text-emerald-800' : 'text-slate-700'}`}
                          >
                            <Icon name={level.demonstrated ? 'check' : 'clock'} className="h-3.5 w-3.5" />
                            {level.demonstrated ? 'Counts as demonstrated' : 'Not yet demonstrated'}
                          </span>
                          <span className="block whitespace-pre-line">{level.descriptor}</span>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!parts ? (
        <p className="mt-3 flex items-start gap-2 text-slate-800">
          <Icon name="award" className="mt-0.5 h-5 w-5 text-brand-800" />
          <span>
            <span className="font-semibold">Earn rule: </span>
            {describeEarnRule(rubric)}
          </span>
        </p>
      ) : null}
    </div>
  );
}
