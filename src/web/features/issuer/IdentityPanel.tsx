import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Notice } from '../../components/Notice.js';
import { StatusChip } from '../../components/StatusChip.js';
import { useSetIdentity, type DidMethod, type IssuerKeys } from './issuer-api.js';

const METHODS: Record<DidMethod, { name: string; summary: string; good: string }> = {
  web: {
    name: 'did:web',
    summary:
      'Your identity is a document published on this platform’s web address, listing every key still valid for verification.',
    good: 'Best for most issuers: keys can rotate without changing who you are, and a compromised key can be withdrawn.',
  },
  key: {
    name: 'did:key',
    summary:
      'Your identity is the public key itself, so verifiers need nothing from the web to check a signature.',
    good: 'For issuers without a stable domain, and for offline verification. Each new key is a new identity.',
  },
};

/** did:web or did:key: what each means, which is in use, and a confirmed switch. */
export function IdentityPanel({ issuerId, keys }: { issuerId: string; keys: IssuerKeys }) {
  const setIdentity = useSetIdentity(issuerId);
  const [confirming, setConfirming] = useState<DidMethod | null>(null);
  const [switched, setSwitched] = useState<DidMethod | null>(null);

  return (
    <div className="space-y-4">
      <div className="card p-4">
        <p className="text-sm font-medium text-slate-600">Current identity</p>
        <p className="mt-1 font-mono text-sm break-all text-slate-900" data-testid="current-did">
          {keys.did ?? 'Not set yet: one is made when the first credential is signed.'}
        </p>
      </div>
      <ul className="grid gap-4 md:grid-cols-2">
        {(['web', 'key'] as const).map((m) => {
          const inUse = keys.didMethod === m;
          const info = METHODS[m];
          return (
            <li
              key={m}
              className={`card flex flex-col gap-3 p-4 ${inUse ? 'border-brand-600 ring-1 ring-brand-600' : ''}`}
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="font-mono text-base font-semibold text-slate-900">{info.name}</h3>
                {inUse ? (
                  <StatusChip tone="brand" icon="check">
                    In use
                  </StatusChip>
                ) : null}
              </div>
              <p className="text-slate-800">{info.summary}</p>
              <p className="text-sm text-slate-700">{info.good}</p>
              {inUse ? null : (
                <div className="mt-auto">
                  <Button variant="secondary" onClick={() => setConfirming(m)}>
                    Switch to {info.name}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div aria-live="polite">
        {switched ? (
          <Notice tone="success">
            New credentials are now signed as {METHODS[switched].name}. Credentials issued before keep
            verifying as they are.
          </Notice>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={`Switch to ${confirming ? METHODS[confirming].name : ''}?`}
        confirmLabel={`Switch to ${confirming ? METHODS[confirming].name : ''}`}
        busy={setIdentity.isPending}
        onCancel={() => {
          setConfirming(null);
          setIdentity.reset();
        }}
        onConfirm={() => {
          if (!confirming) return;
          const method = confirming;
          setIdentity.mutate(method, {
            onSuccess: () => {
              setSwitched(method);
              setConfirming(null);
            },
          });
        }}
      >
        <div className="space-y-3">
          <p>
            Credentials issued from now on name your issuer as{' '}
            <span className="font-mono">{confirming ? METHODS[confirming].name : ''}</span>. Credentials
            already issued are not changed and keep verifying with the identity they were signed with.
          </p>
          {confirming ? <p className="text-slate-700">{METHODS[confirming].good}</p> : null}
          {setIdentity.isError ? <Notice tone="error">{setIdentity.error.message}</Notice> : null}
        </div>
      </ConfirmDialog>
    </div>
  );
}
