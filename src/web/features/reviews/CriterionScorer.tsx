import { useId, useState, type KeyboardEvent } from 'react';
import { Button } from '../../components/Button.js';
import { TextAreaField } from '../../components/Field.js';
import { Icon } from '../../components/Icon.js';
import type { CriterionLike } from '../../components/RubricTable.js';
import { PART_SHORT } from '../../lib/labels.js';
import { MinLengthCounter } from '../submissions/MinLengthCounter.js';
import { insertTemplate } from './score-rules.js';

type Template = { id: string; text: string };

type Props = {
  criterion: CriterionLike;
  value: { levelId: string; feedback: string } | undefined;
  onChange: (value: { levelId: string; feedback: string }) => void;
  targetLabel: (id: string) => string;
  readOnly: boolean;
  error?: string;
  /** Characters of feedback a "not yet" level needs (the issuer's setting). */
  minNotYet?: number;
  /** The issuer's feedback templates for this criterion. */
  templates?: readonly Template[];
  /** False for calibration, where only the levels are compared with the reference scores. */
  withFeedback?: boolean;
};

const excerpt = (text: string, max = 60) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** Digit keys 1–9 pick a level directly, besides the arrow keys every radio group has. */
const digitLevel = (e: KeyboardEvent, count: number): number | null => {
  if (e.altKey || e.ctrlKey || e.metaKey || !/^[1-9]$/.test(e.key)) return null;
  const i = Number(e.key) - 1;
  return i < count ? i : null;
};

/**
 * One rubric criterion: a radio group of its levels (arrow keys move, digits pick) and the
 * written feedback, with the issuer's templates to start from and a live count against the
 * minimum a "not yet" needs.
 */
export function CriterionScorer({
  criterion: c,
  value,
  onChange,
  targetLabel,
  readOnly,
  error,
  minNotYet = 0,
  templates = [],
  withFeedback = true,
}: Props) {
  const id = useId();
  const feedbackId = `${id}-feedback`;
  const levelId = value?.levelId ?? '';
  const feedback = value?.feedback ?? '';
  const level = c.levels.find((l) => l.id === levelId);
  const notYet = !!level && !level.demonstrated;
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? '');

  const pick = (next: string) => !readOnly && onChange({ levelId: next, feedback });
  const onLevelKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (readOnly) return;
    const i = digitLevel(e, c.levels.length);
    if (i === null) return;
    e.preventDefault();
    const l = c.levels[i]!;
    pick(l.id);
    document.getElementById(`${id}-level-${l.id}`)?.focus();
  };
  const insert = () => {
    const t = templates.find((x) => x.id === templateId);
    if (!t) return;
    onChange({ levelId, feedback: insertTemplate(feedback, t.text) });
    requestAnimationFrame(() => {
      const box = document.getElementById(feedbackId);
      if (box instanceof HTMLTextAreaElement) {
        box.focus();
        box.setSelectionRange(box.value.length, box.value.length);
      }
    });
  };

  return (
    <fieldset
      id={`criterion-${c.id}`}
      className="card scroll-mt-6 p-4"
      aria-describedby={error ? `${feedbackId}-error` : undefined}
    >
      <legend className="float-left w-full font-semibold text-slate-900">{c.title}</legend>
      <p className="clear-both pt-0.5 text-sm text-slate-600">
        {PART_SHORT[c.part]}
        {c.targets.length ? ` · ${c.targets.map(targetLabel).join('; ')}` : ''}
      </p>
      <div
        role="radiogroup"
        aria-label={`Level for ${c.title}`}
        className="mt-3 space-y-2"
        onKeyDown={onLevelKey}
      >
        {c.levels.map((l, i) => {
          const checked = l.id === levelId;
          return (
            <label
              key={l.id}
              className={`flex cursor-pointer gap-3 rounded-md border p-3 ${checked ? 'border-brand-700 bg-brand-50 ring-1 ring-brand-700' : 'border-slate-300 hover:bg-slate-50'} ${readOnly ? 'cursor-default' : ''}`}
            >
              <input
                id={`${id}-level-${l.id}`}
                type="radio"
                name={`${id}-level`}
                value={l.id}
                checked={checked}
                disabled={readOnly && !checked}
                readOnly={readOnly}
                aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
                onChange={() => pick(l.id)}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-800"
              />
              <span className="min-w-0">
                <span className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  {!readOnly && i < 9 ? (
                    <kbd
                      aria-hidden="true"
                      className="rounded border border-slate-300 bg-white px-1.5 font-mono text-xs text-slate-700"
                    >
                      {i + 1}
                    </kbd>
                  ) : null}
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
      {withFeedback && !readOnly && templates.length ? (
        <div className="mt-3 flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1">
            <label htmlFor={`${id}-template`} className="block text-sm font-medium text-slate-900">
              Feedback template
            </label>
            <select
              id={`${id}-template`}
              className="input mt-1"
              value={templateId}
              onChange={(e) => setTemplateId(e.target.value)}
            >
              {templates.map((t) => (
                <option key={t.id} value={t.id}>
                  {excerpt(t.text)}
                </option>
              ))}
            </select>
          </div>
          <Button variant="secondary" size="sm" icon="plus" onClick={insert} className="mb-0.5">
            Insert<span className="sr-only"> template into the feedback for {c.title}</span>
          </Button>
        </div>
      ) : null}
      {withFeedback ? (
        <TextAreaField
          id={feedbackId}
          className="mt-3"
          label="Feedback for the educator"
          hint={
            notYet
              ? minNotYet > 0
                ? `Say what to improve, in at least ${minNotYet} characters.`
                : 'Say what to improve.'
              : 'Point to the evidence that shows this criterion.'
          }
          required
          rows={4}
          readOnly={readOnly}
          value={feedback}
          onChange={(e) => onChange({ levelId, feedback: e.target.value })}
          error={error}
          footer={readOnly ? undefined : <MinLengthCounter text={feedback} min={notYet ? minNotYet : 0} />}
        />
      ) : error ? (
        <p id={`${feedbackId}-error`} className="mt-2 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
