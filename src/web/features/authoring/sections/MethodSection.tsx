import { TextAreaField, TextField } from '../../../components/Field.js';
import { ListEditor } from '../../../components/ListEditor.js';
import { EditorSection } from '../EditorSection.js';
import { problemsAt, problemsUnder } from '../problems.js';
import type { SectionProps } from './section-props.js';

export function MethodSection({ form, update, problems }: SectionProps) {
  const at = (p: string) => problemsAt(problems, p);
  const count = ['competency', 'keyMethod', 'methodComponents'].flatMap((k) =>
    problemsUnder(problems, k),
  ).length;
  return (
    <EditorSection id="sec-method" title="Competency & method" problemCount={count}>
      <TextAreaField
        label="Competency"
        hint="One observable skill statement: what the educator does."
        required
        rows={3}
        value={form.competency}
        onChange={(e) => update((f) => ({ ...f, competency: e.target.value }))}
        error={at('competency')}
      />
      <TextAreaField
        label="Key method"
        hint="The research-based method the educator uses to show the competency."
        required
        rows={5}
        value={form.keyMethod}
        onChange={(e) => update((f) => ({ ...f, keyMethod: e.target.value }))}
        error={at('keyMethod')}
      />
      <div>
        <h3 className="mb-2 font-medium text-slate-900">Method components</h3>
        <ListEditor
          headingLevel={4}
          items={form.methodComponents}
          onChange={(methodComponents) => update((f) => ({ ...f, methodComponents }))}
          newItem={() => ({ title: '', description: '' })}
          itemLabel={(i) => `Component ${i + 1}`}
          addLabel="Add a component"
          errors={at('methodComponents')}
          empty="Add the steps that make up the method (at least one)."
          renderItem={(m, i, set) => (
            <div className="space-y-3">
              <TextField
                label="Title"
                required
                value={m.title}
                onChange={(e) => set({ ...m, title: e.target.value })}
                error={at(`methodComponents.${i}.title`)}
              />
              <TextAreaField
                label="Description"
                required
                rows={3}
                value={m.description}
                onChange={(e) => set({ ...m, description: e.target.value })}
                error={at(`methodComponents.${i}.description`)}
              />
            </div>
          )}
        />
      </div>
    </EditorSection>
  );
}
