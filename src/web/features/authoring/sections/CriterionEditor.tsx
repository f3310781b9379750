import type { PartId } from '../../../../contracts/micro-credential.js';
import type { Problem } from '../../../../contracts/common.js';
import { Checkbox, SelectField, TextAreaField, TextField } from '../../../components/Field.js';
import { Icon } from '../../../components/Icon.js';
import { ListEditor } from '../../../components/ListEditor.js';
import type { CriterionLike } from '../../../components/RubricTable.js';
import { PART_LABELS } from '../../../lib/labels.js';
import { idsOfPart, newLevel, type DraftForm } from '../draft-form.js';
import { problemsAt, problemsUnder } from '../problems.js';

const PART_OPTIONS = (['part1', 'part2', 'part3'] as const).map((p) => ({ value: p, label: PART_LABELS[p] }));

type Props = {
  criterion: CriterionLike;
  index: number;
  form: DraftForm;
  onChange: (c: CriterionLike) => void;
  problems: readonly Problem[];
  targetLabel: (id: string) => string;
};

function Errors({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return (
    <p className="mt-1 flex items-start gap-1 text-sm font-medium text-red-800">
      <Icon name="alert" className="mt-0.5 h-4 w-4" />
      {messages.join(' ')}
    </p>
  );
}

/** One rubric criterion: the part and questions/artifacts it judges, and its levels. */
export function CriterionEditor({ criterion: c, index, form, onChange, problems, targetLabel }: Props) {
  const base = `rubric.criteria.${index}`;
  const at = (p: string) => problemsAt(problems, `${base}${p}`);
  const targets = idsOfPart(form, c.part);
  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
        <TextField
          label="Criterion"
          required
          value={c.title}
          onChange={(e) => onChange({ ...c, title: e.target.value })}
          error={at('.title')}
        />
        <SelectField
          label="Judges"
          value={c.part}
          options={PART_OPTIONS}
          onChange={(e) => onChange({ ...c, part: e.target.value as PartId, targets: [] })}
          error={at('.part')}
        />
      </div>
      <fieldset>
        <legend className="font-medium text-slate-900">Evidence it looks at</legend>
        {targets.length ? (
          <div className="mt-1.5 space-y-2">
            {targets.map((t) => (
              <Checkbox
                key={t}
                label={targetLabel(t)}
                checked={c.targets.includes(t)}
                onChange={(e) =>
                  onChange({
                    ...c,
                    targets: e.target.checked ? [...c.targets, t] : c.targets.filter((x) => x !== t),
                  })
                }
              />
            ))}
          </div>
        ) : (
          <p className="mt-1 text-sm text-slate-700">
            Add questions or artifacts to {PART_LABELS[c.part]} first.
          </p>
        )}
        <Errors messages={problemsUnder(problems, `${base}.targets`)} />
      </fieldset>
      <div>
        <h4 className="mb-2 font-medium text-slate-900">Levels</h4>
        <ListEditor
          headingLevel={5}
          items={c.levels}
          onChange={(levels) => onChange({ ...c, levels })}
          newItem={() => newLevel(c)}
          itemLabel={(i) => `Level ${i + 1}${c.levels[i]?.label ? ` (${c.levels[i]?.label})` : ''}`}
          addLabel="Add a level"
          errors={at('.levels').concat(at(''))}
          renderItem={(l, i, set) => (
            <div className="space-y-3">
              <TextField
                label="Label"
                required
                value={l.label}
                onChange={(e) => set({ ...l, label: e.target.value })}
                error={at(`.levels.${i}.label`)}
              />
              <TextAreaField
                label="Descriptor"
                hint="What evidence at this level looks like."
                required
                rows={3}
                value={l.descriptor}
                onChange={(e) => set({ ...l, descriptor: e.target.value })}
                error={at(`.levels.${i}.descriptor`)}
              />
              <Checkbox
                label="Counts as demonstrated"
                description="A score at this level meets the criterion."
                checked={l.demonstrated}
                onChange={(e) => set({ ...l, demonstrated: e.target.checked })}
              />
            </div>
          )}
        />
      </div>
    </div>
  );
}
