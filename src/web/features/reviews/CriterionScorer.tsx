import { useId } from 'react';
import { TextAreaField } from '../../components/Field.js';
import { Icon } from '../../components/Icon.js';
import type { CriterionLike } from '../../components/RubricTable.js';
import { PART_SHORT } from '../../lib/labels.js';
import { MIN_NOT_YET_WORDS } from './score-rules.js';

type Props = {
  criterion: CriterionLike;
  value: { levelId: string; feedback: string } | undefined;
  onChange: (value: { levelId: string; feedback: string }) => void;
  targetLabel: (id: string) => string;
  readOnly: boolean;
  error?: string;
};

/** One rubric criterion: a radio group of its levels (arrow keys move) and the written feedback. */
export function CriterionScorer({ criterion: c, value, onChange, targetLabel, readOnly, error }: Props) {
  const id = useId();
  const levelId = value?.levelId ?? '';
  const feedback = value?.feedback ?? '';
  const level = c.levels.find((l) => l.id === levelId);
  return (
    <fieldset
      id={`criterion-${c.id}`}
      className="card scroll-mt-6 p-4"
      aria-describedby={error ? `${id}-err` : undefined}
    >
      <legend className="float-left w-full font-semibold text-slate-900">{c.title}</legend>
      <p className="clear-both pt-0.5 text-sm text-slate-600">
        {PART_SHORT[c.part]}
        {c.targets.length ? ` · ${c.targets.map(targetLabel).join('; ')}` : ''}
      </p>
      <div role="radiogroup" aria-label={`Level for ${c.title}`} className="mt-3 space-y-2">
        {c.levels.map((l) => {
          const checked = l.id === levelId;
          return (
            <label
              key={l.id}
              className={`flex cursor-pointer gap-3 rounded-md border p-3 ${checked ? 'border-brand-700 bg-brand-50 ring-1 ring-brand-700' : 'border-slate-300 hover:bg-slate-50'} ${readOnly ? 'cursor-default' : ''}`}
            >
              <input
                type="radio"
                name={`${id}-level`}
                value={l.id}
                checked={checked}
                disabled={readOnly && !checked}
                readOnly={readOnly}
                onChange={() => !readOnly && onChange({ levelId: l.id, feedback })}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-800"
              />
              <span>
                <span className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  {l.label}
                  <span
                    className={`inline-flex items-center gap-1 text-xs ${l.demonstrated ? 'text-emerald-800' : 'text-slate-700'}`}
                  >
                    <Icon name={l.demonstrated ? 'check' : 'clock'} className="h-3.5 w-3.5" />
                    {l.demonstrated ? 'demonstrated' : 'not yet'}
                  </span>
                </span>
                <span className="mt-0.5 block text-sm whitespace-pre-line text-slate-700">
                  {l.descriptor}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      <TextAreaField
        className="mt-3"
        label="Feedback for the educator"
        hint={
          level && !level.demonstrated
            ? `Say what to improve, in at least a sentence (${MIN_NOT_YET_WORDS}+ words).`
            : 'Point to the evidence that shows this criterion.'
        }
        required
        rows={4}
        readOnly={readOnly}
        value={feedback}
        onChange={(e) => onChange({ levelId, feedback: e.target.value })}
        error={error}
      />
    </fieldset>
  );
}
