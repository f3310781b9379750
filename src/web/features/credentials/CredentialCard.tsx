import type { MyCredentialView } from '../../api/types.js';
import { buttonClass } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import { formatDate } from '../../lib/format.js';
import { CredentialStatusChip } from './credential-status.js';

/** An earned credential: its public page and the signed JSON (server-rendered, so plain links). */
export function CredentialCard({ credential }: { credential: MyCredentialView }) {
  return (
    <article className="card flex flex-col gap-4 p-4 sm:flex-row sm:items-center">
      <img
        src={credential.imageUrl}
        alt=""
        width={64}
        height={64}
        className="h-16 w-16 shrink-0 rounded-full bg-slate-100"
      />
      <div className="min-w-0 flex-1">
        <h3 className="font-semibold text-slate-900">{credential.title}</h3>
        <p className="text-sm text-slate-700">
          {credential.issuer.name} · Issued {formatDate(credential.issuedAt)}
        </p>
        <div className="mt-1.5">
          <CredentialStatusChip status={credential.status} />
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <a href={credential.url} className={buttonClass('secondary', 'sm')}>
          <Icon name="eye" className="h-4 w-4" /> Public page
        </a>
        <a href={credential.jsonUrl} download className={buttonClass('ghost', 'sm')}>
          <Icon name="download" className="h-4 w-4" /> JSON
          <span className="sr-only"> of {credential.title}</span>
        </a>
      </div>
    </article>
  );
}
