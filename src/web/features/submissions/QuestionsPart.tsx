import { MarkdownField } from '../../components/MarkdownField.js';
import type { QuestionLike } from '../micro-credential/content-like.js';
import type { TextPart } from './draft-merge.js';
import { WrittenText } from './WrittenText.js';

type Props = {
  part: TextPart;
  intro?: string;
  questions: readonly QuestionLike[];
  answers: Record<string, string>;
  editable: boolean;
  onChange: (part: TextPart, questionId: string, value: string) => void;
  /** Messages per question id (from the server's problems). */
  errors?: Record<string, string[]>;
};

/**
 * A Markdown field per question (write and preview) with a live word count against its range;
 * read-only, rendered and sanitized, once sent.
 */
export function QuestionsPart({ part, intro, questions, answers, editable, onChange, errors = {} }: Props) {
  return (
    <div className="space-y-6">
      {intro ? <p className="prose-text rounded-md bg-slate-100 p-4">{intro}</p> : null}
      {questions.map((q, i) => {
        const value = answers[q.id] ?? '';
        const label = (
          <>
            <span className="block text-sm font-semibold tracking-wide text-slate-600 uppercase">
              Question {i + 1}
            </span>
            <span className="prose-text mt-0.5 block font-medium text-slate-900">{q.prompt}</span>
          </>
        );
        if (!editable) {
          return (
            <div key={q.id}>
              {label}
              <WrittenText text={value} range={q.words} />
            </div>
          );
        }
        return (
          <MarkdownField
            key={q.id}
            id={`answer-${q.id}`}
            label={label}
            rows={8}
            grow
            value={value}
            onChange={(text) => onChange(part, q.id, text)}
            error={errors[q.id]}
            range={q.words}
            spellCheck
          />
        );
      })}
    </div>
  );
}
