import { TextAreaField, TextField } from '../../../components/Field.js';
import { ListEditor } from '../../../components/ListEditor.js';
import { EditorSection } from '../EditorSection.js';
import { problemsAt, problemsUnder } from '../problems.js';
import type { SectionProps } from './section-props.js';

export function ResearchSection({ form, update, problems }: SectionProps) {
  const at = (p: string) => problemsAt(problems, p);
  const setResearch = (patch: Partial<typeof form.research>) =>
    update((f) => ({ ...f, research: { ...f.research, ...patch } }));
  const count = ['research', 'resources'].flatMap((k) => problemsUnder(problems, k)).length;
  return (
    <EditorSection id="sec-research" title="Research & resources" problemCount={count}>
      <TextAreaField
        label="Research and rationale"
        hint="Why this practice matters, in plain language, with the evidence behind it."
        required
        rows={6}
        value={form.research.rationale}
        onChange={(e) => setResearch({ rationale: e.target.value })}
        error={at('research.rationale')}
      />
      <div>
        <h3 className="mb-2 font-medium text-slate-900">Citations</h3>
        <ListEditor
          headingLevel={4}
          items={form.research.citations}
          onChange={(citations) => setResearch({ citations })}
          newItem={() => ({ text: '', url: '' })}
          itemLabel={(i) => `Citation ${i + 1}`}
          addLabel="Add a citation"
          errors={at('research.citations')}
          empty="At least one citation is required."
          renderItem={(c, i, set) => (
            <div className="space-y-3">
              <TextAreaField
                label="Reference"
                required
                rows={2}
                value={c.text}
                onChange={(e) => set({ ...c, text: e.target.value })}
                error={at(`research.citations.${i}.text`)}
              />
              <TextField
                label="Link"
                type="url"
                placeholder="https://"
                value={c.url}
                onChange={(e) => set({ ...c, url: e.target.value })}
                error={at(`research.citations.${i}.url`)}
              />
            </div>
          )}
        />
      </div>
      <div>
        <h3 className="mb-2 font-medium text-slate-900">Free resources</h3>
        <ListEditor
          headingLevel={4}
          items={form.resources}
          onChange={(resources) => update((f) => ({ ...f, resources }))}
          newItem={() => ({ title: '', url: '', description: '' })}
          itemLabel={(i) => `Resource ${i + 1}`}
          addLabel="Add a resource"
          errors={at('resources')}
          renderItem={(r, i, set) => (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                label="Title"
                required
                value={r.title}
                onChange={(e) => set({ ...r, title: e.target.value })}
                error={at(`resources.${i}.title`)}
              />
              <TextField
                label="Link"
                type="url"
                required
                placeholder="https://"
                value={r.url}
                onChange={(e) => set({ ...r, url: e.target.value })}
                error={at(`resources.${i}.url`)}
              />
              <TextAreaField
                className="sm:col-span-2"
                label="Description"
                rows={2}
                value={r.description}
                onChange={(e) => set({ ...r, description: e.target.value })}
                error={at(`resources.${i}.description`)}
              />
            </div>
          )}
        />
      </div>
    </EditorSection>
  );
}
