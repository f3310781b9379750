import { GRADE_BANDS, SUBJECTS, TOPICS } from '../../../../contracts/micro-credential.js';
import { SelectField, TextAreaField, TextField } from '../../../components/Field.js';
import { TagsInput } from '../../../components/TagsInput.js';
import { gradeBandLabel } from '../../../lib/labels.js';
import type { DraftForm } from '../draft-form.js';
import { EditorSection } from '../EditorSection.js';
import { problemsAt, problemsUnder } from '../problems.js';
import type { SectionProps } from './section-props.js';

const TOPIC_OPTIONS = TOPICS.map((t) => ({ value: t.id, label: t.label }));
const SUBJECT_OPTIONS = SUBJECTS.map((s) => ({ value: s.id, label: s.label }));
const GRADE_OPTIONS = GRADE_BANDS.map((b) => ({ value: b, label: gradeBandLabel(b) }));
const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Spanish (español)' },
];
const KEYS = ['title', 'summary', 'language', 'topic', 'subject', 'gradeBand', 'tags'];

export function BasicsSection({ form, update, problems }: SectionProps) {
  const set = <K extends keyof DraftForm>(key: K, value: DraftForm[K]) =>
    update((f) => ({ ...f, [key]: value }));
  const at = (p: string) => problemsAt(problems, p);
  return (
    <EditorSection
      id="sec-basics"
      title="Basics"
      problemCount={KEYS.flatMap((k) => problemsUnder(problems, k)).length}
    >
      <TextField
        label="Title"
        required
        maxLength={120}
        value={form.title}
        onChange={(e) => set('title', e.target.value)}
        error={at('title')}
      />
      <TextAreaField
        label="Summary"
        hint="One or two sentences for the catalog card (up to 400 characters)."
        required
        rows={3}
        maxLength={400}
        value={form.summary}
        onChange={(e) => set('summary', e.target.value)}
        error={at('summary')}
        footer={<p className="text-sm text-slate-600">{form.summary.length} / 400 characters</p>}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Topic"
          required
          value={form.topic}
          placeholder="Choose…"
          options={TOPIC_OPTIONS}
          onChange={(e) => set('topic', e.target.value as DraftForm['topic'])}
          error={at('topic')}
        />
        <SelectField
          label="Subject"
          required
          value={form.subject}
          placeholder="Choose…"
          options={SUBJECT_OPTIONS}
          onChange={(e) => set('subject', e.target.value as DraftForm['subject'])}
          error={at('subject')}
        />
        <SelectField
          label="Grade band"
          required
          value={form.gradeBand}
          placeholder="Choose…"
          options={GRADE_OPTIONS}
          onChange={(e) => set('gradeBand', e.target.value as DraftForm['gradeBand'])}
          error={at('gradeBand')}
        />
        <SelectField
          label="Language"
          value={form.language}
          options={LANGUAGES}
          onChange={(e) => set('language', e.target.value === 'es' ? 'es' : 'en')}
          error={at('language')}
        />
      </div>
      <TagsInput
        label="Tags"
        value={form.tags}
        onChange={(tags) => set('tags', tags)}
        error={problemsUnder(problems, 'tags')}
      />
    </EditorSection>
  );
}
