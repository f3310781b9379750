import type { MyCredentialView } from '../../api/types.js';
import { buttonClass } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import { formatDate } from '../../lib/format.js';
import { CredentialStatusChip, statusReasonText, validityText } from './credential-status.js';
import { DownloadMenu } from './DownloadMenu.js';
import { RenewButton } from './RenewButton.js';

/**
 * An earned credential: where it stands (with the issuer's reason when revoked or suspended),
 * until when, its public page to share, every download format, and renewal when it is offered.
 * The public page and the files are server-rendered, so they are plain links.
 */
export function CredentialCard({ credential: c }: { credential: MyCredentialView }) {
  const reason = statusReasonText(c.status, c.statusReason);
  const renew = c.renewal && c.status !== 'revoked';
  return (
    <article className="card flex flex-col gap-4 p-4 sm:flex-row sm:items-start">
      <img
        src={c.imageUrl}
        alt=""
        width={64}
        height={64}
        className="h-16 w-16 shrink-0 rounded-full bg-slate-100"
      />
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold text-slate-900">{c.title}</h3>
        <p className="text-sm text-slate-700">
          {c.issuer.name} · Issued {formatDate(c.issuedAt)}
        </p>
        <p className="mt-1.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
          <CredentialStatusChip status={c.status} />
          <span>{validityText(c.status, c.validUntil)}</span>
        </p>
        {reason ? (
          <p
            className={`mt-2 text-sm ${c.status === 'revoked' ? 'text-red-900' : 'text-amber-950'}`}
            data-testid="status-reason"
          >
            {reason}
          </p>
        ) : null}
        {renew && c.microCredentialId ? (
          <div className="mt-3 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <Icon name="clock" className="h-5 w-5" />
            <p className="min-w-0 flex-1">
              {c.status === 'expired' ? 'This credential has expired.' : 'This credential expires soon.'}{' '}
              Renew it by showing the practice again.
            </p>
            <RenewButton microCredentialId={c.microCredentialId} title={c.title} />
          </div>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-2 sm:justify-end">
        <a href={c.url} className={buttonClass('secondary', 'sm')}>
          <Icon name="share" className="h-4 w-4" /> Share
          <span className="sr-only"> {c.title} (public page)</span>
        </a>
        <DownloadMenu title={c.title} files={c.files} />
      </div>
    </article>
  );
}
