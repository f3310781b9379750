import { useState } from 'react';
import type { ProviderView } from '../../../contracts/oidc.js';
import type { OrganizationView } from '../../../contracts/orgs.js';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { CopyField } from '../../components/CopyField.js';
import { Notice } from '../../components/Notice.js';
import { StatusChip } from '../../components/StatusChip.js';
import { useCheckDiscovery, useUpdateProvider } from './oidc-api.js';
import { kindLabel } from './ProviderButtons.js';
import { ProviderForm } from './ProviderForm.js';

/** One provider: what to register at the provider, a discovery test, enable/disable and edit. */
export function ProviderCard({
  provider,
  orgs,
}: {
  provider: ProviderView;
  orgs: readonly OrganizationView[];
}) {
  const check = useCheckDiscovery(provider.id);
  const toggle = useUpdateProvider(provider.id);
  const [editing, setEditing] = useState(false);
  const headingId = `provider-${provider.id}`;
  return (
    <li className="card p-4 sm:p-5" aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-lg font-semibold break-words text-slate-900">
            {provider.name}
          </h3>
          <p className="text-sm text-slate-700">
            {kindLabel(provider.kind)} · {provider.orgName}
          </p>
        </div>
        <StatusChip tone={provider.enabled ? 'success' : 'neutral'} icon={provider.enabled ? 'check' : 'x'}>
          {provider.enabled ? 'On the sign-in page' : 'Turned off'}
        </StatusChip>
      </div>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="font-medium text-slate-700">Issuer</dt>
        <dd className="font-mono break-all text-slate-900">{provider.issuerUrl}</dd>
        <dt className="font-medium text-slate-700">Client ID</dt>
        <dd className="font-mono break-all text-slate-900">{provider.clientId}</dd>
        <dt className="font-medium text-slate-700">Scopes</dt>
        <dd className="font-mono break-all text-slate-900">{provider.scopes}</dd>
      </dl>
      <div className="mt-3">
        <CopyField
          label="Redirect URI"
          value={provider.redirectUri}
          hint="Register this exact address at the provider as an allowed redirect (callback) URI."
        />
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          icon="refresh"
          busy={check.isPending}
          onClick={() => check.mutate()}
        >
          Test discovery
        </Button>
        <Button
          variant={provider.enabled ? 'danger' : 'secondary'}
          size="sm"
          busy={toggle.isPending}
          onClick={() => toggle.mutate({ enabled: !provider.enabled })}
        >
          {provider.enabled ? 'Turn off' : 'Turn on'}
          <span className="sr-only"> {provider.name}</span>
        </Button>
        <Button
          variant="ghost"
          size="sm"
          icon="pencil"
          aria-expanded={editing}
          onClick={() => setEditing((e) => !e)}
        >
          {editing ? 'Close editing' : 'Edit'}
          <span className="sr-only"> {provider.name}</span>
        </Button>
      </div>
      <div aria-live="polite" className="mt-3 space-y-2">
        {check.data ? (
          <Notice
            tone={check.data.ok ? 'success' : 'error'}
            title={check.data.ok ? 'Discovery works' : 'Discovery failed'}
          >
            <span className="break-words">{check.data.message}</span>
          </Notice>
        ) : null}
        {check.isError ? <Notice tone="error">{errorMessage(check.error)}</Notice> : null}
        {toggle.isError ? <Notice tone="error">{errorMessage(toggle.error)}</Notice> : null}
      </div>
      {editing ? (
        <div className="mt-4 border-t border-slate-200 pt-4">
          <ProviderForm orgs={orgs} existing={provider} onDone={() => setEditing(false)} />
        </div>
      ) : null}
    </li>
  );
}
