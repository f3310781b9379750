import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Attestation } from '../../../contracts/submissions.js';
import type { Problem } from '../../../contracts/common.js';
import { ApiError, errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Checkbox, TextAreaField } from '../../components/Field.js';
import { Icon } from '../../components/Icon.js';
import { Notice } from '../../components/Notice.js';
import { ProblemList } from '../../components/ProblemList.js';
import { PART_SHORT } from '../../lib/labels.js';
import { PublicSummaryField } from './PublicSummaryField.js';
import { stepOfPath, type Gap, type Step } from './completeness.js';
import { submissionsApi } from './submissions-api.js';

type Props = {
  submissionId: string;
  gaps: readonly Gap[];
  attestation: Attestation;
  onAttestation: (patch: Partial<Attestation>) => void;
  /** Shown for a second or later attempt. */
  note: string | null;
  onNote: (note: string) => void;
  /** The optional summary published with the credential if it is earned. */
  summary: string;
  onSummary: (summary: string) => void;
  /** Shows a step and, when given, the field a path points at. */
  goTo: (step: Step, path?: string) => void;
  /** Saves pending typing; false when it could not be saved. */
  flush: () => Promise<boolean>;
  onSubmitted: () => Promise<unknown>;
};

const stepLabel = (step: Step) => (step === 'review' ? 'Review & submit' : PART_SHORT[step]);

/** Everything still missing, the optional public summary, the attestation, and the submit button. */
export function ReviewSubmitPanel({
  submissionId,
  gaps,
  attestation,
  onAttestation,
  note,
  onNote,
  summary,
  onSummary,
  goTo,
  flush,
  onSubmitted,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation({
    mutationFn: async () => {
      if (!(await flush()))
        throw new Error('Your latest changes are not saved yet. Wait for “Saved”, then submit again.');
      return submissionsApi.submit(submissionId);
    },
    onSuccess: async () => {
      setConfirming(false);
      await onSubmitted();
    },
    onError: () => setConfirming(false),
  });
  const serverProblems: Problem[] =
    submit.error instanceof ApiError && submit.error.code === 'INCOMPLETE_SUBMISSION'
      ? submit.error.problems
      : [];
  // The checklist already runs the server's rules; list only what the server found beyond it.
  const extraProblems = serverProblems.filter(
    (p) => !gaps.some((g) => g.path === p.path && g.message === p.message),
  );
  const locate = (p: { path: string }) => {
    const step = stepOfPath(p.path);
    return { label: stepLabel(step), go: () => goTo(step, p.path) };
  };

  return (
    <div className="space-y-6">
      <section aria-labelledby="checklist-h">
        <h3 id="checklist-h" className="mb-3 text-lg font-semibold">
          Checklist
        </h3>
        {gaps.length ? (
          <ul className="space-y-2">
            {gaps.map((g, i) => (
              <li key={`${g.path}-${i}`} className="flex items-start gap-2">
                <Icon name="alert" className="mt-0.5 h-5 w-5 text-amber-700" />
                <span>
                  <button
                    type="button"
                    className="font-medium text-brand-800 underline underline-offset-2"
                    onClick={() => goTo(g.step, g.path)}
                  >
                    {stepLabel(g.step)}
                  </button>
                  : {g.message}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="flex items-center gap-2 font-medium text-emerald-800">
            <Icon name="check" className="h-5 w-5" /> Every part is complete.
          </p>
        )}
      </section>

      <PublicSummaryField value={summary} onChange={onSummary} />

      <fieldset className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">Attestation</legend>
        <Checkbox
          label="This is my own work."
          description="The plans, reflections and evidence are mine, from my own classroom."
          checked={attestation.ownWork}
          onChange={(e) => onAttestation({ ownWork: e.target.checked })}
        />
        <Checkbox
          label="Student privacy is protected."
          description="No student names or faces appear without consent; identifying details are removed."
          checked={attestation.studentPrivacy}
          onChange={(e) => onAttestation({ studentPrivacy: e.target.checked })}
        />
      </fieldset>

      {note !== null ? (
        <TextAreaField
          label="What changed in this attempt"
          hint="Assessors read this first."
          rows={4}
          value={note}
          onChange={(e) => onNote(e.target.value)}
        />
      ) : null}

      <div aria-live="assertive" className="space-y-3">
        {extraProblems.length ? (
          <ProblemList problems={extraProblems} title="The submission is not complete yet" locate={locate} />
        ) : serverProblems.length ? (
          <Notice tone="error">Not submitted yet: finish the checklist above, then submit again.</Notice>
        ) : null}
        {submit.isError && !serverProblems.length ? (
          <Notice tone="error">{errorMessage(submit.error)}</Notice>
        ) : null}
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button icon="check" onClick={() => setConfirming(true)}>
          Submit for review
        </Button>
        {gaps.length ? (
          <span className="text-sm text-slate-700">
            Resolve the checklist first; the server checks every part again when you submit.
          </span>
        ) : null}
      </div>

      <ConfirmDialog
        open={confirming}
        title="Submit for review?"
        confirmLabel="Submit"
        busy={submit.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => submit.mutate()}
      >
        <p>
          An assessor will score your evidence against the rubric. You cannot edit this attempt after
          submitting; you will see feedback on every criterion when the review is done.
        </p>
      </ConfirmDialog>
    </div>
  );
}
