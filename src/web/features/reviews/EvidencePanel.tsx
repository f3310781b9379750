import type { ReactNode } from 'react';
import type { ReviewView } from '../../../contracts/reviews.js';
import { PART_LABELS } from '../../lib/labels.js';
import type { QuestionLike } from '../micro-credential/content-like.js';
import { ArtifactRequirementSummary } from '../micro-credential/RequirementList.js';
import { ArtifactDisplay } from '../submissions/ArtifactDisplay.js';
import { WrittenText } from '../submissions/WrittenText.js';

function Answers({
  questions,
  answers,
}: {
  questions: readonly QuestionLike[];
  answers: Record<string, string>;
}) {
  return (
    <ol className="space-y-5">
      {questions.map((q, i) => (
        <li key={q.id}>
          <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">Question {i + 1}</p>
          <p className="prose-text font-medium text-slate-900">{q.prompt}</p>
          <WrittenText text={answers[q.id] ?? ''} range={q.words} />
        </li>
      ))}
    </ol>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="scroll-mt-6">
      <h3 id={`${id}-h`} className="mb-3 border-b border-slate-200 pb-1 text-lg font-semibold text-slate-900">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * What the evidence panel reads: a review, or a calibration anchor (which has no resubmission
 * note and no earlier feedback).
 */
export type EvidenceSource = {
  microCredential: { content: ReviewView['microCredential']['content'] };
  evidence: ReviewView['evidence'];
  resubmissionNote?: string | null;
  previousFeedback?: ReviewView['previousFeedback'];
};

/** The anonymized evidence, part by part, as the assessor reads it. */
export function EvidencePanel({ review }: { review: EvidenceSource }) {
  const req = review.microCredential.content.requirements;
  const { answers, artifacts } = review.evidence;
  return (
    <div className="space-y-8">
      {review.resubmissionNote ? (
        <div className="rounded-md border border-brand-200 bg-brand-50 p-4">
          <p className="font-semibold text-brand-900">The educator’s note on what changed</p>
          <p className="prose-text mt-1">{review.resubmissionNote}</p>
        </div>
      ) : null}
      {review.previousFeedback?.length ? (
        <details className="rounded-md border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">Feedback given on earlier attempts</summary>
          {review.previousFeedback.map((p) => (
            <div key={p.attemptNumber} className="mt-3">
              <p className="font-medium">Attempt {p.attemptNumber}</p>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {p.scores.map((s) => {
                  const criterion = review.microCredential.content.rubric.criteria.find(
                    (c) => c.id === s.criterionId,
                  );
                  const level = criterion?.levels.find((l) => l.id === s.levelId);
                  return (
                    <li key={s.criterionId}>
                      <span className="font-medium">{criterion?.title ?? s.criterionId}</span>:{' '}
                      {level?.label ?? s.levelId}
                      {s.feedback ? ` — ${s.feedback}` : ''}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </details>
      ) : null}
      <Part id="evidence-part1" title={PART_LABELS.part1}>
        <Answers questions={req.part1.questions} answers={answers.part1} />
      </Part>
      <Part id="evidence-part2" title={PART_LABELS.part2}>
        <div className="space-y-5">
          {req.part2.artifacts.map((r, i) => {
            const mine = artifacts.filter((a) => a.requirementId === r.id);
            return (
              <div key={r.id} className="card p-4">
                <h4 className="font-semibold">
                  Artifact {i + 1}: {r.title}
                </h4>
                <div className="mt-1 text-sm">
                  <ArtifactRequirementSummary requirement={r} />
                </div>
                {mine.length ? (
                  <ul className="mt-3 space-y-4 border-t border-slate-100 pt-3">
                    {mine.map((a) => (
                      <li key={a.id}>
                        <ArtifactDisplay artifact={a} wordRange={r.words} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="mt-3 text-slate-600 italic">Nothing was submitted for this artifact.</p>
                )}
              </div>
            );
          })}
        </div>
      </Part>
      <Part id="evidence-part3" title={PART_LABELS.part3}>
        <Answers questions={req.part3.questions} answers={answers.part3} />
      </Part>
    </div>
  );
}
