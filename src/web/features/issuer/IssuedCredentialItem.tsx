import { Button, buttonClass } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { CredentialStatusChip, statusReasonText, validityText } from '../credentials/credential-status.js';
import type { IssuedCredential, StatusAction } from './issuer-api.js';
import { ACTION_TEXT, actionsFor } from './status-actions.js';

/** One issued credential: who earned what, where it stands, and what the admin can do about it. */
export function IssuedCredentialItem({
  credential: c,
  onAction,
}: {
  credential: IssuedCredential;
  onAction: (action: StatusAction) => void;
}) {
  const reason = statusReasonText(c.status, c.statusReason);
  return (
    <article className="card flex flex-col gap-3 p-4 md:flex-row md:items-start">
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold text-slate-900">{c.recipientName}</h3>
        <p className="text-slate-800">{c.title}</p>
        <p className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
          <CredentialStatusChip status={c.status} />
          <span>Issued {formatDate(c.issuedAt)}</span>
          <span aria-hidden="true">·</span>
          <span>{validityText(c.status, c.validUntil)}</span>
          {c.reissuedAt ? (
            <>
              <span aria-hidden="true">·</span>
              <span>Signed again {formatDate(c.reissuedAt)}</span>
            </>
          ) : null}
        </p>
        {reason ? (
          <p className="mt-2 text-sm text-slate-800">
            {reason}
            {c.statusChangedAt ? (
              <span className="text-slate-600"> ({formatDateTime(c.statusChangedAt)})</span>
            ) : null}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2 md:justify-end">
        <a href={`/credentials/${encodeURIComponent(c.id)}`} className={buttonClass('ghost', 'sm')}>
          <Icon name="eye" className="h-4 w-4" /> Public page
          <span className="sr-only">
            {' '}
            of {c.title} for {c.recipientName}
          </span>
        </a>
        {actionsFor(c.status).map((action) => (
          <Button
            key={action}
            size="sm"
            variant={action === 'unsuspend' ? 'secondary' : 'danger'}
            onClick={() => onAction(action)}
          >
            {ACTION_TEXT[action].button}
            <span className="sr-only">
              {' '}
              {c.title} for {c.recipientName}
            </span>
          </Button>
        ))}
      </div>
    </article>
  );
}
