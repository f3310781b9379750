import { StatusChip } from '../../components/StatusChip.js';
import { ARTIFACT_KIND_LABELS } from '../../lib/labels.js';
import type { ArtifactRequirementLike, QuestionLike } from './content-like.js';

export const wordRangeText = (w: { min: number; max: number }) => `${w.min}–${w.max} words`;

export function countText(count: { min: number; max: number }): string {
  if (count.min === count.max) return `${count.min} ${count.min === 1 ? 'item' : 'items'}`;
  if (count.min === 0) return `up to ${count.max} ${count.max === 1 ? 'item' : 'items'} (optional)`;
  return `${count.min} to ${count.max} items`;
}

/** A part's questions, numbered, each with its word range. */
export function QuestionList({ questions }: { questions: readonly QuestionLike[] }) {
  if (!questions.length) return <p className="text-slate-600">No questions yet.</p>;
  return (
    <ol className="space-y-3">
      {questions.map((q, i) => (
        <li key={q.id || i} className="flex gap-3">
          <span
            aria-hidden="true"
            className="mt-0.5 flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-semibold text-slate-800"
          >
            {i + 1}
          </span>
          <div>
            <p className="prose-text">{q.prompt}</p>
            <p className="mt-1 text-sm text-slate-600">{wordRangeText(q.words)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}

/** What one artifact requirement asks for: prompt, allowed kinds, how many, words for text. */
export function ArtifactRequirementSummary({ requirement }: { requirement: ArtifactRequirementLike }) {
  return (
    <div>
      <p className="prose-text">{requirement.prompt}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600">Accepted:</span>
        {requirement.kinds.map((k) => (
          <StatusChip key={k}>{ARTIFACT_KIND_LABELS[k]}</StatusChip>
        ))}
        <span className="text-slate-700">· {countText(requirement.count)}</span>
        {requirement.words && requirement.kinds.includes('text') ? (
          <span className="text-slate-700">· text {wordRangeText(requirement.words)}</span>
        ) : null}
      </div>
    </div>
  );
}

export function ArtifactRequirementList({ artifacts }: { artifacts: readonly ArtifactRequirementLike[] }) {
  if (!artifacts.length) return <p className="text-slate-600">No artifacts yet.</p>;
  return (
    <ol className="space-y-4">
      {artifacts.map((a, i) => (
        <li key={a.id || i} className="rounded-md border border-slate-200 p-4">
          <h4 className="font-semibold text-slate-900">
            Artifact {i + 1}: {a.title}
          </h4>
          <div className="mt-1">
            <ArtifactRequirementSummary requirement={a} />
          </div>
        </li>
      ))}
    </ol>
  );
}
