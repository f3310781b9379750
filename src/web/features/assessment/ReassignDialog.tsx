import { useState } from 'react';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { SelectField, TextAreaField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import { formatDate } from '../../lib/format.js';
import { useReassign, type OpenReview, type PoolMember } from './assessment-api.js';
import { REVIEW_KINDS } from './assessment-format.js';

const NEXT_ELIGIBLE = '';
const MIN_REASON = 5;

/**
 * Moves an open review to a named assessor or to the next eligible one, with a reason for the
 * audit log. The server checks every assignment rule; its refusal is shown here as it words it.
 */
export function ReassignDialog({
  issuerId,
  review,
  pool,
  onDone,
  onClose,
}: {
  issuerId: string;
  review: OpenReview | null;
  pool: readonly PoolMember[];
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const reassign = useReassign(issuerId);
  const [to, setTo] = useState(NEXT_ELIGIBLE);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const reasonError =
    tried && reason.trim().length < MIN_REASON
      ? `Give a reason of at least ${MIN_REASON} characters; it goes into the audit log.`
      : null;

  const close = () => {
    setTo(NEXT_ELIGIBLE);
    setReason('');
    setTried(false);
    reassign.reset();
    onClose();
  };

  const submit = () => {
    setTried(true);
    if (!review || reason.trim().length < MIN_REASON) return;
    reassign.mutate(
      { reviewId: review.id, body: { toAssessorId: to || null, reason: reason.trim() } },
      {
        onSuccess: ({ assessorId }) => {
          const name = pool.find((m) => m.id === assessorId)?.name;
          onDone(
            assessorId
              ? `${review.microCredential.title} (attempt ${review.attemptNumber}) now goes to ${name ?? 'another assessor'}.`
              : `${review.microCredential.title} (attempt ${review.attemptNumber}) waits in the backlog: no eligible assessor is free right now.`,
          );
          close();
        },
      },
    );
  };

  const choices = pool
    .filter((m) => m.active && m.id !== review?.assessor?.id)
    .map((m) => ({
      value: m.id,
      label: `${m.name} — ${m.openReviews} of ${m.capacity} open${m.senior ? ', senior' : ''}`,
    }));

  return (
    <Dialog
      open={review !== null}
      onClose={close}
      title={review?.state === 'waiting' ? 'Assign review' : 'Reassign review'}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button onClick={submit} busy={reassign.isPending}>
            {review?.state === 'waiting' ? 'Assign' : 'Reassign'}
          </Button>
        </>
      }
    >
      {review ? (
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <p className="text-slate-800">
            <span className="font-semibold">{review.microCredential.title}</span>, attempt{' '}
            {review.attemptNumber} · {REVIEW_KINDS[review.kind].label}
            <br />
            {review.assessor ? `Now with ${review.assessor.name}` : 'Waiting for an assessor'}
            {review.dueAt ? ` · due ${formatDate(review.dueAt)}` : ''}
          </p>
          <SelectField
            label="Give it to"
            hint="The server refuses an assessor who is not qualified, away, at capacity, has a conflict of interest or already scored this attempt."
            value={to}
            onChange={(e) => setTo(e.target.value)}
            options={[{ value: NEXT_ELIGIBLE, label: 'The next eligible assessor' }, ...choices]}
          />
          <TextAreaField
            label="Reason"
            required
            rows={3}
            maxLength={500}
            hint="Recorded in the audit log."
            value={reason}
            error={reasonError}
            onChange={(e) => setReason(e.target.value)}
          />
          {reassign.isError ? (
            <Notice tone="error" title="The review was not moved">
              {errorMessage(reassign.error)}
            </Notice>
          ) : null}
        </form>
      ) : null}
    </Dialog>
  );
}
