import { TextAreaField } from '../../../components/Field.js';
import { ListEditor } from '../../../components/ListEditor.js';
import { PART_LABELS } from '../../../lib/labels.js';
import { newQuestion, pruneReferences, type QuestionForm } from '../draft-form.js';
import { EditorSection } from '../EditorSection.js';
import { problemsAt, problemsUnder } from '../problems.js';
import { RangeFields } from './RangeFields.js';
import type { SectionProps } from './section-props.js';

/** Part 1 (overview) or Part 3 (reflection): an introduction and questions with word ranges. */
export function QuestionsSection({
  part,
  form,
  update,
  problems,
}: SectionProps & { part: 'part1' | 'part3' }) {
  const base = `requirements.${part}`;
  const at = (p: string) => problemsAt(problems, p);
  const value = form.requirements[part];
  const setPart = (next: typeof value) =>
    update((f) => pruneReferences({ ...f, requirements: { ...f.requirements, [part]: next } }));
  return (
    <EditorSection
      id={`sec-${part}`}
      title={PART_LABELS[part]}
      description={
        part === 'part1'
          ? 'Context questions: the class, the plan, current practice.'
          : 'Reflection questions: what happened and what comes next.'
      }
      problemCount={problemsUnder(problems, base).length}
    >
      <TextAreaField
        label="Introduction"
        hint="Optional; shown above the questions."
        rows={2}
        value={value.intro}
        onChange={(e) => setPart({ ...value, intro: e.target.value })}
        error={at(`${base}.intro`)}
      />
      <ListEditor<QuestionForm>
        items={value.questions}
        onChange={(questions) => setPart({ ...value, questions })}
        newItem={() => newQuestion(form, part)}
        itemLabel={(i) => `Question ${i + 1}`}
        addLabel="Add a question"
        errors={at(`${base}.questions`)}
        empty="At least one question is required."
        renderItem={(q, i, set) => (
          <div className="space-y-3">
            <TextAreaField
              label="Prompt"
              required
              rows={3}
              value={q.prompt}
              onChange={(e) => set({ ...q, prompt: e.target.value })}
              error={at(`${base}.questions.${i}.prompt`)}
            />
            <RangeFields
              legend="Answer length"
              unit="words"
              value={q.words}
              onChange={(words) => set({ ...q, words })}
              errors={problemsUnder(problems, `${base}.questions.${i}.words`)}
            />
            <p className="text-xs text-slate-600">
              ID <code className="font-mono">{q.id}</code> (the rubric refers to it)
            </p>
          </div>
        )}
      />
    </EditorSection>
  );
}
