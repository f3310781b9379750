import type { EarnRule } from '../../../../contracts/micro-credential.js';
import { describeEarnRule } from '../../../../domain/earn-rule.js';
import { Checkbox } from '../../../components/Field.js';
import { Icon } from '../../../components/Icon.js';
import { ListEditor } from '../../../components/ListEditor.js';
import { NumberField } from '../../../components/NumberField.js';
import type { CriterionLike } from '../../../components/RubricTable.js';
import { targetLabeler } from '../../micro-credential/content-like.js';
import { newCriterion, pruneReferences } from '../draft-form.js';
import { EditorSection } from '../EditorSection.js';
import { problemsAt, problemsUnder } from '../problems.js';
import { CriterionEditor } from './CriterionEditor.js';
import type { SectionProps } from './section-props.js';

function EarnRuleEditor({
  rule,
  criteria,
  onChange,
  errors,
}: {
  rule: EarnRule;
  criteria: CriterionLike[];
  onChange: (r: EarnRule) => void;
  errors: string[];
}) {
  const radio = (kind: EarnRule['kind'], label: string) => (
    <label className="flex items-center gap-2">
      <input
        type="radio"
        name="earn-rule"
        className="h-4 w-4 accent-brand-800"
        checked={rule.kind === kind}
        onChange={() =>
          onChange(
            kind === 'all-criteria'
              ? { kind }
              : { kind, min: Math.max(1, criteria.length - 1), required: [] },
          )
        }
      />
      {label}
    </label>
  );
  return (
    <fieldset className="rounded-md border border-slate-200 p-4">
      <legend className="px-1 font-semibold text-slate-900">Earn rule</legend>
      <div className="space-y-2">
        {radio('all-criteria', 'Every criterion must be demonstrated')}
        {radio('min-criteria', 'A minimum number of criteria must be demonstrated')}
      </div>
      {rule.kind === 'min-criteria' ? (
        <div className="mt-4 space-y-3 border-t border-slate-100 pt-4">
          <NumberField
            label="At least this many criteria"
            min={1}
            max={criteria.length || 1}
            value={rule.min}
            onChange={(n) => onChange({ ...rule, min: n ?? 1 })}
            className="max-w-xs"
          />
          <fieldset>
            <legend className="font-medium text-slate-900">Criteria that are always required</legend>
            <div className="mt-1.5 space-y-2">
              {criteria.map((c, i) => (
                <Checkbox
                  key={c.id}
                  label={c.title || `Criterion ${i + 1}`}
                  checked={rule.required.includes(c.id)}
                  onChange={(e) =>
                    onChange({
                      ...rule,
                      required: e.target.checked
                        ? [...rule.required, c.id]
                        : rule.required.filter((r) => r !== c.id),
                    })
                  }
                />
              ))}
            </div>
          </fieldset>
        </div>
      ) : null}
      <p className="mt-4 text-sm text-slate-700">
        <span className="font-medium">In words: </span>
        {describeEarnRule({ criteria, earnRule: rule })}
      </p>
      {errors.length ? (
        <p className="mt-1 flex items-start gap-1 text-sm font-medium text-red-800">
          <Icon name="alert" className="mt-0.5 h-4 w-4" />
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The rubric builder: criteria tied to parts, their levels, and the earn rule. */
export function RubricBuilder({ form, update, problems }: SectionProps) {
  const label = targetLabeler(form);
  const setRubric = (rubric: typeof form.rubric) => update((f) => pruneReferences({ ...f, rubric }));
  return (
    <EditorSection
      id="sec-rubric"
      title="Rubric"
      description="Educators see exactly this rubric; assessors score every criterion at one level, with feedback."
      problemCount={problemsUnder(problems, 'rubric').length}
    >
      <ListEditor<CriterionLike>
        items={form.rubric.criteria}
        onChange={(criteria) => setRubric({ ...form.rubric, criteria })}
        newItem={() => newCriterion(form)}
        itemLabel={(i) => `Criterion ${i + 1}`}
        addLabel="Add a criterion"
        errors={problemsAt(problems, 'rubric.criteria')}
        empty="At least one criterion is required."
        renderItem={(c, i, set) => (
          <CriterionEditor
            criterion={c}
            index={i}
            form={form}
            onChange={set}
            problems={problems}
            targetLabel={label}
          />
        )}
      />
      <EarnRuleEditor
        rule={form.rubric.earnRule}
        criteria={form.rubric.criteria}
        onChange={(earnRule) => setRubric({ ...form.rubric, earnRule })}
        errors={problemsUnder(problems, 'rubric.earnRule')}
      />
    </EditorSection>
  );
}
