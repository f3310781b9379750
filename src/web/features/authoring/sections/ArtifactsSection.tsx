import { ARTIFACT_KINDS, type ArtifactKind } from '../../../../contracts/micro-credential.js';
import { Checkbox, TextAreaField, TextField } from '../../../components/Field.js';
import { Icon } from '../../../components/Icon.js';
import { ListEditor } from '../../../components/ListEditor.js';
import { ARTIFACT_KIND_LABELS, PART_LABELS } from '../../../lib/labels.js';
import { newArtifact, pruneReferences, type ArtifactForm } from '../draft-form.js';
import { EditorSection } from '../EditorSection.js';
import { problemsAt, problemsUnder } from '../problems.js';
import { RangeFields } from './RangeFields.js';
import type { SectionProps } from './section-props.js';

/** Toggling "text" on gives the artifact a word range; off removes it. */
function withKinds(a: ArtifactForm, kinds: ArtifactKind[]): ArtifactForm {
  const { words, ...rest } = a;
  if (!kinds.includes('text')) return { ...rest, kinds };
  return { ...rest, kinds, words: words ?? { min: 100, max: 500 } };
}

function ArtifactFields({
  a,
  i,
  set,
  problems,
}: {
  a: ArtifactForm;
  i: number;
  set: (a: ArtifactForm) => void;
  problems: SectionProps['problems'];
}) {
  const base = `requirements.part2.artifacts.${i}`;
  const at = (p: string) => problemsAt(problems, `${base}${p}`);
  return (
    <div className="space-y-3">
      <TextField
        label="Title"
        required
        value={a.title}
        onChange={(e) => set({ ...a, title: e.target.value })}
        error={at('.title')}
      />
      <TextAreaField
        label="What to submit"
        required
        rows={3}
        value={a.prompt}
        onChange={(e) => set({ ...a, prompt: e.target.value })}
        error={at('.prompt')}
      />
      <fieldset>
        <legend className="font-medium text-slate-900">Accepted kinds</legend>
        <div className="mt-1.5 flex flex-wrap gap-x-6 gap-y-2">
          {ARTIFACT_KINDS.map((k) => (
            <Checkbox
              key={k}
              label={ARTIFACT_KIND_LABELS[k]}
              checked={a.kinds.includes(k)}
              onChange={(e) =>
                set(withKinds(a, e.target.checked ? [...a.kinds, k] : a.kinds.filter((x) => x !== k)))
              }
            />
          ))}
        </div>
        {problemsUnder(problems, `${base}.kinds`).length ? (
          <p className="mt-1 flex items-start gap-1 text-sm font-medium text-red-800">
            <Icon name="alert" className="mt-0.5 h-4 w-4" />
            {problemsUnder(problems, `${base}.kinds`).join(' ')}
          </p>
        ) : null}
      </fieldset>
      <RangeFields
        legend="How many items"
        max={20}
        value={a.count}
        onChange={(count) => set({ ...a, count })}
        errors={problemsUnder(problems, `${base}.count`).concat(at(''))}
      />
      {a.words ? (
        <RangeFields
          legend="Length of written text"
          unit="words"
          value={a.words}
          onChange={(words) => set({ ...a, words })}
          errors={problemsUnder(problems, `${base}.words`)}
        />
      ) : null}
      <p className="text-xs text-slate-600">
        ID <code className="font-mono">{a.id}</code> (the rubric refers to it)
      </p>
    </div>
  );
}

export function ArtifactsSection({ form, update, problems }: SectionProps) {
  const value = form.requirements.part2;
  const setPart = (part2: typeof value) =>
    update((f) => pruneReferences({ ...f, requirements: { ...f.requirements, part2 } }));
  return (
    <EditorSection
      id="sec-part2"
      title={PART_LABELS.part2}
      description="The evidence educators upload, link or write."
      problemCount={problemsUnder(problems, 'requirements.part2').length}
    >
      <TextAreaField
        label="Introduction"
        hint="Optional; shown above the artifacts."
        rows={2}
        value={value.intro}
        onChange={(e) => setPart({ ...value, intro: e.target.value })}
        error={problemsAt(problems, 'requirements.part2.intro')}
      />
      <ListEditor<ArtifactForm>
        items={value.artifacts}
        onChange={(artifacts) => setPart({ ...value, artifacts })}
        newItem={() => newArtifact(form)}
        itemLabel={(i) => `Artifact ${i + 1}`}
        addLabel="Add an artifact"
        errors={problemsAt(problems, 'requirements.part2.artifacts')}
        empty="At least one artifact is required."
        renderItem={(a, i, set) => <ArtifactFields a={a} i={i} set={set} problems={problems} />}
      />
    </EditorSection>
  );
}
