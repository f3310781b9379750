import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { ReviewView } from '../../../contracts/reviews.js';
import { errorMessage } from '../../api/api-error.js';
import type { DecisionResultView } from '../../api/types.js';
import { Button, buttonClass } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemList } from '../../components/ProblemList.js';
import { QueryState } from '../../components/QueryState.js';
import { SaveIndicator } from '../../components/SaveIndicator.js';
import { applyEarnRule, describeEarnRule } from '../../../domain/earn-rule.js';
import { formatDate } from '../../lib/format.js';
import { useAutosave } from '../../lib/use-autosave.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { targetLabeler } from '../micro-credential/content-like.js';
import { CriterionScorer } from './CriterionScorer.js';
import { EvidencePanel } from './EvidencePanel.js';
import { goToCriterion } from './go-to-criterion.js';
import { kindBadge, scoringKind } from './queue-rules.js';
import { DecisionChip, DueDate, KindBadge } from './ReviewBadges.js';
import { confirmConsequence, isReassigned, OUTCOME_TEXT, recordedMessage } from './review-outcome.js';
import { reviewsApi, useReview } from './reviews-api.js';
import { decisionProblems, fromScores, toScores, type ScoreDraft } from './score-rules.js';
import { useNow } from './use-now.js';

const route = getRouteApi('/reviews/$id');

const storageKey = (id: string) => `microcred:review:${id}`;
function readLocal(id: string): ScoreDraft | null {
  try {
    const raw = localStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as ScoreDraft) : null;
  } catch {
    return null;
  }
}

const REASSIGNED_TEXT =
  'This review was reassigned to another assessor, so your scores and decision can no longer be recorded. Nothing more is needed from you.';

/** How the scoring controls work from the keyboard; every shortcut acts only where focus is. */
function KeyboardHelp() {
  return (
    <details className="mb-4 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">Keyboard shortcuts</summary>
      <ul className="mt-2 space-y-1 text-slate-700">
        <li>
          <kbd>Tab</kbd> / <kbd>Shift</kbd>+<kbd>Tab</kbd>: move between criteria, feedback and buttons
        </li>
        <li>
          <kbd>↑</kbd> <kbd>↓</kbd> (or <kbd>←</kbd> <kbd>→</kbd>): choose a level within a criterion
        </li>
        <li>
          <kbd>1</kbd>–<kbd>9</kbd>: pick that level directly while a criterion’s levels have focus
        </li>
        <li>Scores and feedback save automatically as you work.</li>
      </ul>
    </details>
  );
}

function ReviewScreen({ review }: { review: ReviewView }) {
  const queryClient = useQueryClient();
  const content = review.microCredential.content;
  const criteria = content.rubric.criteria;
  const [reassigned, setReassigned] = useState(review.status === 'reassigned');
  const readOnly = review.status !== 'assigned' || reassigned;
  const now = useNow();
  const badge = kindBadge(scoringKind(review));
  const serverDraft = fromScores(review.scores);
  const [draft, setDraft] = useState<ScoreDraft>(() =>
    readOnly ? serverDraft : { ...serverDraft, ...readLocal(review.id) },
  );
  const [showProblems, setShowProblems] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<DecisionResultView | null>(null);

  const scores = toScores(criteria, draft);
  const autosave = useAutosave({
    value: scores,
    initialSaved: toScores(criteria, serverDraft),
    save: async (s) => {
      try {
        return await reviewsApi.saveScores(review.id, s);
      } catch (err) {
        if (isReassigned(err)) setReassigned(true);
        throw err;
      }
    },
    enabled: !readOnly && !result,
  });

  // Feedback typed before a level is chosen is not sendable yet; keep it on this device meanwhile.
  useEffect(() => {
    if (readOnly || result) return;
    try {
      localStorage.setItem(storageKey(review.id), JSON.stringify(draft));
    } catch {
      // storage unavailable: the server copy is saved as usual
    }
  }, [draft, readOnly, result, review.id]);

  const problems = decisionProblems(criteria, draft, review.minNotYetFeedback);
  // A preview with the server's own rule; the server decides when the decision is sent.
  const check = applyEarnRule(content.rubric, scores);
  const outcome = check.complete ? check.decision : null;
  const label = targetLabeler(content);

  const decide = useMutation({
    mutationFn: async () => {
      await autosave.flush();
      return reviewsApi.decide(review.id, scores);
    },
    onSuccess: async (res) => {
      setConfirming(false);
      setResult(res);
      localStorage.removeItem(storageKey(review.id));
      await queryClient.invalidateQueries({ queryKey: ['reviews'] });
    },
    onError: (err) => {
      setConfirming(false);
      if (isReassigned(err)) setReassigned(true);
    },
  });

  const startDecision = () => {
    setShowProblems(true);
    if (!problems.length) setConfirming(true);
  };
  const errorFor = (criterionId: string) =>
    showProblems ? problems.find((p) => p.path === criterionId)?.message : undefined;

  return (
    <>
      <PageHeader
        eyebrow={<Link to="/reviews">Review queue</Link>}
        title={review.microCredential.title}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <span>Anonymous educator</span>
            <span aria-hidden="true">·</span>
            <span>Submission attempt {review.attemptNumber}</span>
            <span aria-hidden="true">·</span>
            <span>Assigned {formatDate(review.assignedAt)}</span>
            {review.status === 'assigned' && !reassigned ? (
              <DueDate dueAt={review.dueAt} overdue={review.overdue} now={now} />
            ) : null}
            <KindBadge kind={scoringKind(review)} />
            <DecisionChip decision={review.decision} status={reassigned ? 'reassigned' : review.status} />
          </span>
        }
      />
      {badge ? <p className="-mt-2 mb-4 text-sm text-slate-700">{badge.description}</p> : null}
      {reassigned ? (
        <Notice tone="warning" title="Reassigned" className="mb-4">
          {REASSIGNED_TEXT} <Link to="/reviews">Back to the queue</Link>
        </Notice>
      ) : null}
      {review.kind === 'appeal' && review.appealReason ? (
        <section
          aria-labelledby="appeal-h"
          className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4"
        >
          <h2 id="appeal-h" className="font-semibold text-amber-950">
            The educator’s reason for appealing
          </h2>
          <p className="prose-text mt-1 whitespace-pre-line text-amber-950">{review.appealReason}</p>
        </section>
      ) : null}
      <a href="#scoring" className="mb-4 inline-block lg:hidden">
        Jump to scoring
      </a>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
        <section aria-labelledby="evidence-h" className="min-w-0">
          <h2 id="evidence-h" className="mb-4 text-xl font-semibold">
            Evidence
          </h2>
          <EvidencePanel review={review} />
        </section>
        <section
          id="scoring"
          aria-labelledby="scoring-h"
          className="min-w-0 scroll-mt-6 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-1"
        >
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <h2 id="scoring-h" className="text-xl font-semibold">
              Scoring
            </h2>
            {!readOnly && !result ? <SaveIndicator state={autosave.state} /> : null}
          </div>
          <p className="mb-4 text-sm text-slate-700">{describeEarnRule(content.rubric)}</p>
          {readOnly ? null : <KeyboardHelp />}
          <div className="space-y-4">
            {criteria.map((c) => (
              <CriterionScorer
                key={c.id}
                criterion={c}
                value={draft[c.id]}
                readOnly={readOnly || !!result}
                minNotYet={review.minNotYetFeedback}
                templates={review.feedbackTemplates.filter((t) => t.criterionId === c.id)}
                targetLabel={label}
                error={errorFor(c.id)}
                onChange={(v) => setDraft((d) => ({ ...d, [c.id]: v }))}
              />
            ))}
          </div>

          <div className="card mt-4 space-y-3 p-4" aria-live="polite">
            {result ? (
              <Notice
                tone={result.final && result.decision === 'earned' ? 'success' : 'info'}
                title={`Decision recorded: ${OUTCOME_TEXT[result.decision]}`}
              >
                <p>{recordedMessage(result, review.kind)}</p>
                <Link to="/reviews" className={buttonClass('secondary', 'sm', 'mt-3')}>
                  Back to the queue
                </Link>
              </Notice>
            ) : reassigned ? (
              <p className="font-medium">{REASSIGNED_TEXT}</p>
            ) : readOnly ? (
              <p className="font-medium">
                Decided {formatDate(review.completedAt)}:{' '}
                {review.decision ? OUTCOME_TEXT[review.decision] : '—'}
              </p>
            ) : (
              <>
                <p className="text-slate-800">
                  {outcome ? (
                    <>
                      With these scores the outcome is <strong>{OUTCOME_TEXT[outcome]}</strong>.
                    </>
                  ) : (
                    'Score every criterion to see the outcome.'
                  )}
                </p>
                {showProblems && problems.length ? (
                  <ProblemList
                    problems={problems}
                    title="Before deciding"
                    locate={(p) => ({
                      label: 'Go to criterion',
                      go: () => goToCriterion(p.path),
                    })}
                  />
                ) : null}
                {decide.isError ? <Notice tone="error">{errorMessage(decide.error)}</Notice> : null}
                <Button className="w-full" onClick={startDecision} icon="check">
                  Submit decision
                </Button>
              </>
            )}
          </div>
        </section>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Submit this decision?"
        confirmLabel={`Submit: ${outcome ? OUTCOME_TEXT[outcome] : ''}`}
        busy={decide.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => decide.mutate()}
      >
        <p>
          Following the earn rule, this submission will be{' '}
          <strong>{outcome ? OUTCOME_TEXT[outcome] : '—'}</strong>.{' '}
          {confirmConsequence(outcome, scoringKind(review))} You cannot change your decision once it is
          submitted.
        </p>
      </ConfirmDialog>
    </>
  );
}

export function ReviewPage() {
  const { id } = route.useParams();
  return <RequireAuth roles={['assessor']}>{() => <ReviewLoader id={id} />}</RequireAuth>;
}

function ReviewLoader({ id }: { id: string }) {
  const query = useReview(id);
  useDocumentTitle(query.data ? `Review · ${query.data.microCredential.title}` : 'Review');
  return (
    <QueryState query={query} errorTitle="This review could not be loaded">
      {(review) => <ReviewScreen key={review.id} review={review} />}
    </QueryState>
  );
}
