import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { ProblemList } from '../../components/ProblemList.js';
import { QueryState } from '../../components/QueryState.js';
import { targetLabeler } from '../micro-credential/content-like.js';
import { CriterionScorer } from './CriterionScorer.js';
import { EvidencePanel } from './EvidencePanel.js';
import { goToCriterion } from './go-to-criterion.js';
import { calibrationResultText } from './queue-rules.js';
import {
  reviewKeys,
  reviewsApi,
  useCalibrationAnchor,
  type CalibrationAnchor,
  type CalibrationOutcome,
} from './reviews-api.js';
import { fromScores, missingLevels, toScores, type ScoreDraft } from './score-rules.js';

/** At wide widths evidence and rubric scroll side by side, each on its own, inside the dialog. */
const COLUMN = 'lg:max-h-[calc(90dvh-7rem)] lg:overflow-y-auto lg:pr-2';

type Props = { anchorId: string; requiredPercent: number; onClose: () => void };

function AnchorScreen({ anchor, requiredPercent, onClose }: Props & { anchor: CalibrationAnchor }) {
  const queryClient = useQueryClient();
  const content = anchor.microCredential.content;
  const criteria = content.rubric.criteria;
  const [draft, setDraft] = useState<ScoreDraft>(() => fromScores(anchor.myScores));
  const [showProblems, setShowProblems] = useState(false);
  const [result, setResult] = useState<CalibrationOutcome | null>(null);
  const problems = missingLevels(criteria, draft);
  const label = targetLabeler(content);

  const send = useMutation({
    mutationFn: () => reviewsApi.scoreAnchor(anchor.id, toScores(criteria, draft)),
    onSuccess: async (res) => {
      setResult(res);
      await queryClient.invalidateQueries({ queryKey: reviewKeys.calibration });
    },
  });
  const submit = () => {
    setShowProblems(true);
    if (!problems.length) send.mutate();
  };
  const outcome = result ? calibrationResultText(result, requiredPercent) : null;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
      <section aria-labelledby="anchor-evidence-h" tabIndex={0} className={`min-w-0 ${COLUMN}`}>
        <h3 id="anchor-evidence-h" className="mb-3 text-lg font-semibold">
          Evidence
        </h3>
        <EvidencePanel review={anchor} />
      </section>
      <section aria-labelledby="anchor-scoring-h" className={`min-w-0 ${COLUMN}`}>
        <h3 id="anchor-scoring-h" className="mb-1 text-lg font-semibold">
          Your scores
        </h3>
        <p className="mb-3 text-sm text-slate-700">
          Choose a level for each criterion as you would in a review. Only the levels are compared with the
          reference scores, which stay hidden.
        </p>
        <div className="space-y-4">
          {criteria.map((c) => (
            <CriterionScorer
              key={c.id}
              criterion={c}
              value={draft[c.id]}
              readOnly={!!result}
              withFeedback={false}
              targetLabel={label}
              error={showProblems ? problems.find((p) => p.path === c.id)?.message : undefined}
              onChange={(v) => setDraft((d) => ({ ...d, [c.id]: v }))}
            />
          ))}
        </div>
        <div className="card mt-4 space-y-3 p-4" aria-live="polite">
          {outcome ? (
            <Notice tone={outcome.tone} title={outcome.title}>
              <p>{outcome.body}</p>
              <div className="mt-3 flex flex-wrap gap-2">
                <Button size="sm" onClick={onClose}>
                  Back to calibration
                </Button>
                <Button size="sm" variant="secondary" onClick={() => setResult(null)}>
                  Change my scores
                </Button>
              </div>
            </Notice>
          ) : (
            <>
              {showProblems && problems.length ? (
                <ProblemList
                  problems={problems}
                  title="Before sending"
                  locate={(p) => ({ label: 'Go to criterion', go: () => goToCriterion(p.path) })}
                />
              ) : null}
              {send.isError ? <Notice tone="error">{errorMessage(send.error)}</Notice> : null}
              <Button className="w-full" icon="check" busy={send.isPending} onClick={submit}>
                Send my calibration scores
              </Button>
            </>
          )}
        </div>
      </section>
    </div>
  );
}

/**
 * Scoring one calibration anchor, with the review screen's own evidence panel and rubric
 * controls, then the result: agreement on this anchor and, once all are scored, qualified or not.
 */
export function CalibrationScoring(props: Props) {
  const anchor = useCalibrationAnchor(props.anchorId);
  return (
    <QueryState query={anchor} errorTitle="This anchor could not be loaded">
      {(a) => <AnchorScreen key={a.id} anchor={a} {...props} />}
    </QueryState>
  );
}
