import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { Checkbox, TextAreaField } from '../../components/Field.js';
import { Icon } from '../../components/Icon.js';
import { Notice } from '../../components/Notice.js';
import { formatDate } from '../../lib/format.js';
import {
  appealReasonError,
  appealStatusText,
  MAX_APPEAL_REASON,
  MIN_APPEAL_REASON,
  type AppealInfo,
} from './appeal-rules.js';
import { MinLengthCounter } from './MinLengthCounter.js';
import { submissionsApi } from './submissions-api.js';

/** Where an appeal stands: open (a senior assessor is deciding), upheld or overturned, with dates. */
export function AppealStatus({ appeal }: { appeal: AppealInfo }) {
  const text = appealStatusText(appeal, formatDate);
  return (
    <Notice
      tone={text.tone === 'warning' ? 'warning' : text.tone === 'success' ? 'success' : 'info'}
      title={text.title}
    >
      <p>{text.body}</p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium">Your reason</summary>
        <p className="prose-text mt-1 text-sm whitespace-pre-line">{appeal.reason}</p>
      </details>
    </Notice>
  );
}

/**
 * "Appeal this decision": a "not yet" may be appealed once, with a reason of at least
 * {@link MIN_APPEAL_REASON} characters and the educator's acknowledgement that the outcome is
 * final. Folded behind a button so the banner leads with the feedback and the resubmission.
 */
export function AppealForm({
  submissionId,
  onDone,
}: {
  submissionId: string;
  onDone: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [touched, setTouched] = useState(false);
  const formId = useId();
  const counterId = `${formId}-count`;
  const textId = `${formId}-reason`;
  const focusReason = () => document.getElementById(textId)?.focus();
  const appeal = useMutation({
    mutationFn: () => submissionsApi.appeal(submissionId, reason.trim()),
    onSuccess: onDone,
  });

  const reasonError = appealReasonError(reason);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (reasonError) return focusReason();
    if (understood) appeal.mutate();
  };

  if (!open)
    return (
      <div>
        <p className="text-sm text-slate-800">
          If you believe the rubric was not applied fairly, you may appeal this decision once. A senior
          assessor who did not score your work decides, and that decision is final.
        </p>
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          icon="shield"
          id={`${formId}-toggle`}
          aria-expanded={false}
          aria-controls={formId}
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(focusReason);
          }}
        >
          Appeal this decision
        </Button>
      </div>
    );

  return (
    <form id={formId} onSubmit={submit} noValidate className="space-y-3" aria-labelledby={`${formId}-h`}>
      <h3 id={`${formId}-h`} className="flex items-center gap-2 font-semibold text-slate-900">
        <Icon name="shield" className="h-5 w-5" /> Appeal this decision
      </h3>
      <TextAreaField
        id={textId}
        label="Why should the decision be reconsidered?"
        hint="Point to the criteria and the parts of your evidence you believe were misjudged."
        required
        rows={5}
        maxLength={MAX_APPEAL_REASON}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        onBlur={() => setTouched(true)}
        error={touched ? reasonError : null}
        footer={<MinLengthCounter id={counterId} text={reason} min={MIN_APPEAL_REASON} />}
      />
      <Checkbox
        checked={understood}
        onChange={(e) => setUnderstood(e.target.checked)}
        required
        aria-invalid={touched && !understood ? true : undefined}
        label="I understand that I can appeal only once and that the outcome of the appeal is final."
        description={
          touched && !understood ? (
            <span className="font-medium text-red-800">Confirm this to send your appeal.</span>
          ) : undefined
        }
      />
      <div aria-live="assertive">
        {appeal.isError ? <Notice tone="error">{errorMessage(appeal.error)}</Notice> : null}
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={appeal.isPending} icon="shield">
          Send my appeal
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setOpen(false);
            requestAnimationFrame(() => document.getElementById(`${formId}-toggle`)?.focus());
          }}
          disabled={appeal.isPending}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
