import { useEffect, useState } from 'react';
import { Button } from '../../components/Button.js';
import { Dialog } from '../../components/Dialog.js';
import { TextAreaField } from '../../components/Field.js';
import { Notice } from '../../components/Notice.js';
import type { IssuedCredential, StatusAction } from './issuer-api.js';
import { ACTION_TEXT, REASON_MAX, reasonProblem } from './status-actions.js';

type Props = {
  target: { credential: IssuedCredential; action: StatusAction } | null;
  busy: boolean;
  error: string | null;
  onConfirm: (reason: string | undefined) => void;
  onCancel: () => void;
};

/** Revoke or suspend (a reason is required, and shown to the educator), or lift a suspension. */
export function StatusChangeDialog({ target, busy, error, onConfirm, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  useEffect(() => {
    setReason('');
    setTried(false);
  }, [target?.credential.id, target?.action]);

  const action = target?.action ?? 'revoke';
  const text = ACTION_TEXT[action];
  const needsReason = action !== 'unsuspend';
  const problem = needsReason ? reasonProblem(reason) : null;

  const submit = () => {
    setTried(true);
    if (problem) return;
    onConfirm(needsReason ? reason.trim() : undefined);
  };

  return (
    <Dialog
      open={target !== null}
      onClose={onCancel}
      title={text.title}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant={action === 'unsuspend' ? 'primary' : 'danger'} busy={busy} onClick={submit}>
            {text.confirm}
          </Button>
        </>
      }
    >
      {target ? (
        <div className="space-y-4">
          <p>
            <span className="font-semibold">{target.credential.title}</span>, earned by{' '}
            <span className="font-semibold">{target.credential.recipientName}</span>.
          </p>
          <p className="text-slate-700">{text.consequence}</p>
          {needsReason ? (
            <TextAreaField
              label="Reason"
              hint="The educator is told this reason. Be factual and specific."
              required
              rows={4}
              maxLength={REASON_MAX}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={tried ? problem : null}
              footer={
                <p className="text-sm text-slate-600 tabular-nums">
                  {reason.trim().length} / {REASON_MAX} characters
                </p>
              }
            />
          ) : null}
          {error ? <Notice tone="error">{error}</Notice> : null}
        </div>
      ) : null}
    </Dialog>
  );
}
