import { Notice } from '../../components/Notice.js';
import { buttonClass } from '../../components/Button.js';
import { formatDate } from '../../lib/format.js';
import type { SubmissionView } from '../../../contracts/submissions.js';
import { AppealForm, AppealStatus } from './AppealForm.js';
import { ResubmitForm } from './ResubmitForm.js';
import type { AppealFields } from './submissions-api.js';

type Props = { submission: SubmissionView & AppealFields; onChanged: () => Promise<unknown> };

/**
 * Where a sent submission stands, and what the educator can do next; with an appeal, where the
 * appeal stands (whatever the submission's status: an overturned appeal ends earned).
 */
export function DecisionBanner({ submission, onChanged }: Props) {
  const status = <StatusBanner submission={submission} onChanged={onChanged} />;
  if (!submission.appeal) return status;
  return (
    <div className="space-y-4">
      {status}
      <AppealStatus appeal={submission.appeal} />
    </div>
  );
}

function StatusBanner({ submission: s, onChanged }: Props) {
  if (s.status === 'earned') {
    return (
      <Notice tone="success" title="Earned — congratulations!">
        <p>
          Decided {formatDate(s.decidedAt)}. Your credential is signed and yours to share.
          {s.credentialId ? null : ' It is being issued and will appear in a moment.'}
        </p>
        {s.credentialId ? (
          <a
            href={`/credentials/${encodeURIComponent(s.credentialId)}`}
            className={buttonClass('primary', 'sm', 'mt-3')}
          >
            View your credential
          </a>
        ) : null}
      </Notice>
    );
  }
  if (s.status === 'not_yet') {
    const attemptsLeft = s.maxAttempts - s.attemptNumber;
    return (
      <div className="space-y-4 rounded-lg border border-amber-300 bg-amber-50 p-4">
        <div>
          <p className="font-semibold text-amber-950">Not yet — you are close</p>
          <p className="text-amber-950">
            The assessor’s feedback on each criterion is shown beside each part below.
          </p>
        </div>
        {s.canResubmit ? (
          <div className="rounded-md bg-white p-4">
            {s.resubmitBy ? (
              <p className="mb-3 text-sm text-slate-800">
                You can resubmit until <strong>{formatDate(s.resubmitBy)}</strong>.
              </p>
            ) : null}
            <ResubmitForm submissionId={s.id} attemptsLeft={attemptsLeft} onDone={onChanged} />
          </div>
        ) : attemptsLeft > 0 && s.resubmitBy ? (
          <p className="text-amber-950">
            The window to resubmit closed on {formatDate(s.resubmitBy)}. Ask the issuer about next steps; the
            feedback below is yours to keep.
          </p>
        ) : (
          <p className="text-amber-950">
            You have used all {s.maxAttempts} attempts for this micro-credential. Talk with your coach or
            instructional leader about next steps; the feedback below is yours to keep.
          </p>
        )}
        {s.canAppeal && !s.appeal ? (
          <div className="rounded-md bg-white p-4">
            <AppealForm submissionId={s.id} onDone={onChanged} />
          </div>
        ) : null}
      </div>
    );
  }
  if (s.status === 'submitted' || s.status === 'in_review') {
    return (
      <Notice tone="info" title={s.status === 'submitted' ? 'Submitted' : 'In review'}>
        Sent {formatDate(s.submittedAt)}. An assessor is scoring it against the rubric; you will see
        per-criterion feedback here when the review is done.
      </Notice>
    );
  }
  if (s.status === 'withdrawn') return <Notice tone="warning">This submission was withdrawn.</Notice>;
  return null;
}
