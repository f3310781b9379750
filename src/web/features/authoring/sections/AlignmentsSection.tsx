import { FRAMEWORKS } from '../../../../contracts/micro-credential.js';
import { SelectField, TextField } from '../../../components/Field.js';
import { ListEditor } from '../../../components/ListEditor.js';
import type { Framework } from '../draft-form.js';
import { EditorSection } from '../EditorSection.js';
import { problemsAt, problemsUnder } from '../problems.js';
import type { SectionProps } from './section-props.js';

const FRAMEWORK_OPTIONS = FRAMEWORKS.map((f) => ({ value: f, label: f }));

export function AlignmentsSection({ form, update, problems }: SectionProps) {
  const at = (p: string) => problemsAt(problems, p);
  return (
    <EditorSection
      id="sec-alignments"
      title="Alignments"
      description="Standards and frameworks this micro-credential aligns to (InTASC, Danielson, ISTE…)."
      problemCount={problemsUnder(problems, 'alignments').length}
    >
      <ListEditor
        items={form.alignments}
        onChange={(alignments) => update((f) => ({ ...f, alignments }))}
        newItem={() => ({ framework: '' as const, code: '', name: '', url: '' })}
        itemLabel={(i) => `Alignment ${i + 1}`}
        addLabel="Add an alignment"
        errors={at('alignments')}
        renderItem={(a, i, set) => (
          <div className="grid gap-3 sm:grid-cols-[12rem_10rem_1fr]">
            <SelectField
              label="Framework"
              required
              value={a.framework}
              placeholder="Choose…"
              options={FRAMEWORK_OPTIONS}
              onChange={(e) => set({ ...a, framework: e.target.value as Framework | '' })}
              error={at(`alignments.${i}.framework`)}
            />
            <TextField
              label="Code"
              required
              value={a.code}
              onChange={(e) => set({ ...a, code: e.target.value })}
              error={at(`alignments.${i}.code`)}
            />
            <TextField
              label="Name"
              required
              value={a.name}
              onChange={(e) => set({ ...a, name: e.target.value })}
              error={at(`alignments.${i}.name`)}
            />
            <TextField
              className="sm:col-span-3"
              label="Link"
              type="url"
              placeholder="https://"
              value={a.url}
              onChange={(e) => set({ ...a, url: e.target.value })}
              error={at(`alignments.${i}.url`)}
            />
          </div>
        )}
      />
    </EditorSection>
  );
}
