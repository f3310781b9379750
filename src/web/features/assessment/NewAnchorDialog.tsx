import { useState } from 'react';
import type { Score } from '../../../contracts/reviews.js';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { SelectField, TextAreaField, TextField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { ProblemList } from '../../components/ProblemList.js';
import { LoadingBlock, SkeletonText } from '../../components/Skeleton.js';
import { formatDate } from '../../lib/format.js';
import { anchorProblems, prefillReferenceScores, setScore } from './anchor-draft.js';
import { useAnchorCandidates, useCreateAnchor, type AnchorCandidate } from './assessment-api.js';
import { shortId } from './assessment-format.js';
import { MicroCredentialSelect } from './MicroCredentialSelect.js';
import { useRubric } from './rubric-query.js';

const DECISION = { earned: 'Earned', not_yet: 'Not yet' } as const;

function CandidatePicker({
  candidates,
  value,
  onPick,
}: {
  candidates: readonly AnchorCandidate[];
  value: string | null;
  onPick: (c: AnchorCandidate) => void;
}) {
  if (!candidates.length)
    return (
      <p className="text-slate-700">
        No decided attempt of this micro-credential yet. An anchor is made from a real, decided submission.
      </p>
    );
  return (
    <fieldset>
      <legend className="font-medium text-slate-900">Decided attempt</legend>
      <p className="text-sm text-slate-700">The assessors will score its evidence blind, as in a review.</p>
      <div className="mt-2 max-h-56 space-y-1 overflow-y-auto rounded-md border border-slate-200 p-2">
        {candidates.map((c) => {
          const id = `candidate-${c.attemptId}`;
          return (
            <div key={c.attemptId} className="flex items-center gap-3 rounded px-2 py-1.5 hover:bg-slate-50">
              <input
                id={id}
                type="radio"
                name="anchor-candidate"
                className="h-4 w-4 accent-brand-800"
                checked={value === c.attemptId}
                onChange={() => onPick(c)}
              />
              <label htmlFor={id} className="text-slate-900">
                {DECISION[c.decision]} · decided {formatDate(c.decidedAt)}{' '}
                <span className="text-sm text-slate-600">(attempt {shortId(c.attemptId)})</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * Makes an anchor: a decided attempt of a micro-credential, a title, and reference scores
 * (prefilled from the scores that decided it, editable per criterion against the rubric).
 */
export function NewAnchorDialog({
  issuerId,
  open,
  onDone,
  onClose,
}: {
  issuerId: string;
  open: boolean;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const [mcId, setMcId] = useState('');
  const [attemptId, setAttemptId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [scores, setScores] = useState<Score[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const candidates = useAnchorCandidates(issuerId, mcId || null);
  const rubric = useRubric(mcId || null);
  const create = useCreateAnchor(issuerId);
  const criteria = rubric.data?.criteria ?? [];

  const reset = () => {
    setMcId('');
    setAttemptId(null);
    setTitle('');
    setScores([]);
    setProblems([]);
    create.reset();
  };
  const close = () => {
    reset();
    onClose();
  };

  const pick = (c: AnchorCandidate) => {
    setAttemptId(c.attemptId);
    setScores(prefillReferenceScores(criteria, c.scores));
    setProblems([]);
  };

  const save = () => {
    const found = attemptId ? anchorProblems(title, scores, criteria) : ['Choose a decided attempt.'];
    setProblems(found);
    if (found.length || !attemptId) return;
    create.mutate(
      {
        attemptId,
        title: title.trim(),
        referenceScores: scores.map((s) => ({ ...s, feedback: s.feedback.trim() })),
      },
      {
        onSuccess: (anchor) => {
          onDone(`“${anchor.title}” is now an anchor for ${anchor.microCredential.title}.`);
          close();
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      wide
      title="New calibration anchor"
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button onClick={save} busy={create.isPending} disabled={!attemptId}>
            Create anchor
          </Button>
        </>
      }
    >
      <form
        className="space-y-5"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <MicroCredentialSelect
          issuerId={issuerId}
          value={mcId}
          onChange={(id) => {
            setMcId(id);
            setAttemptId(null);
            setScores([]);
            setProblems([]);
          }}
        />
        {mcId ? (
          candidates.isPending || rubric.isPending ? (
            <LoadingBlock label="Loading decided attempts…">
              <SkeletonText lines={3} />
            </LoadingBlock>
          ) : candidates.isError || rubric.isError ? (
            <Notice tone="error">{errorMessage(candidates.error ?? rubric.error)}</Notice>
          ) : (
            <CandidatePicker candidates={candidates.data} value={attemptId} onPick={pick} />
          )
        ) : null}
        {attemptId ? (
          <>
            <TextField
              label="Title"
              required
              maxLength={120}
              hint="Assessors see it in their calibration list, e.g. “Strong evidence, weak reflection”."
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
            <fieldset className="space-y-4">
              <legend className="font-medium text-slate-900">Reference scores</legend>
              <p className="text-sm text-slate-700">
                Prefilled from the scores that decided the attempt. Assessors qualify by agreeing with these.
              </p>
              {criteria.map((c) => {
                const score = scores.find((s) => s.criterionId === c.id);
                return (
                  <div key={c.id} className="rounded-md border border-slate-200 bg-slate-50/60 p-3">
                    <SelectField
                      label={c.title}
                      required
                      value={score?.levelId ?? ''}
                      placeholder="Choose a level"
                      options={c.levels.map((l) => ({
                        value: l.id,
                        label: `${l.label}${l.demonstrated ? ' (demonstrated)' : ' (not yet)'}`,
                      }))}
                      onChange={(e) =>
                        setScores(
                          setScore(scores, {
                            criterionId: c.id,
                            levelId: e.target.value,
                            feedback: score?.feedback ?? '',
                          }),
                        )
                      }
                    />
                    <TextAreaField
                      label={`Why — ${c.title}`}
                      hint="Optional: why this level, for whoever reviews the anchor later."
                      className="mt-3"
                      rows={2}
                      maxLength={5000}
                      value={score?.feedback ?? ''}
                      onChange={(e) =>
                        setScores(
                          setScore(scores, {
                            criterionId: c.id,
                            levelId: score?.levelId ?? '',
                            feedback: e.target.value,
                          }),
                        )
                      }
                    />
                  </div>
                );
              })}
            </fieldset>
          </>
        ) : null}
        <ProblemList
          problems={problems.map((message) => ({ path: '', message }))}
          title="Before creating the anchor"
        />
        {create.isError ? (
          <Notice tone="error" title="The anchor was not created">
            {errorMessage(create.error)}
          </Notice>
        ) : null}
      </form>
    </Dialog>
  );
}
