import { useState } from 'react';
import type { EmailView, IdentityView } from '../../../contracts/oidc.js';
import { errorMessage } from '../../api/api-error.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Notice } from '../../components/Notice.js';
import { Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDateTime } from '../../lib/format.js';
import {
  useMyEmails,
  useMyIdentities,
  usePublicProviders,
  useRemoveEmail,
  useUnlinkIdentity,
} from '../oidc/oidc-api.js';
import { kindLabel, ProviderButtons } from '../oidc/ProviderButtons.js';
import { signInErrorFromLocation } from '../oidc/sign-in-errors.js';

type Pending = { kind: 'identity'; item: IdentityView } | { kind: 'email'; item: EmailView };

/**
 * One person, one record: the school or district accounts they sign in with, and the addresses
 * that find their account. Addresses are added only by linking an account whose provider confirms
 * them, so nobody can claim an address by typing it.
 */
export function LinkedAccounts() {
  const identities = useMyIdentities();
  const emails = useMyEmails();
  const providers = usePublicProviders();
  const unlink = useUnlinkIdentity();
  const removeEmail = useRemoveEmail();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [linkError] = useState(() => signInErrorFromLocation(window.location.search));
  const onlyWay = !!identities.data && !identities.data.hasPassword && identities.data.items.length <= 1;
  const busy = unlink.isPending || removeEmail.isPending;
  const failure = unlink.error ?? removeEmail.error;

  const confirm = () => {
    if (!pending) return;
    const close = (message: string) => () => {
      setDone(message);
      setPending(null);
    };
    if (pending.kind === 'identity')
      unlink.mutate(pending.item.id, {
        onSuccess: close(`${pending.item.providerName} is no longer linked.`),
      });
    else
      removeEmail.mutate(pending.item.email, {
        onSuccess: close(`${pending.item.email} no longer finds your account.`),
      });
  };

  return (
    <Section id="linked" title="Linked accounts and emails">
      <p className="mb-4 max-w-3xl text-slate-700">
        Sign in with your district’s account or your own, and keep one record of your work. An address is
        added here when you link an account whose provider confirms it.
      </p>
      <div aria-live="polite" className="space-y-3">
        {linkError ? (
          <Notice tone="error" title="The account was not linked" className="mb-3">
            {linkError}
          </Notice>
        ) : null}
        {done ? (
          <Notice tone="success" className="mb-3">
            {done}
          </Notice>
        ) : null}
      </div>
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <div>
          <h3 className="mb-3 font-semibold text-slate-900">Accounts you sign in with</h3>
          <QueryState query={identities} loading={<ListSkeleton rows={1} label="Loading linked accounts…" />}>
            {({ items }) =>
              items.length === 0 ? (
                <p className="rounded-lg border border-dashed border-slate-300 p-4 text-slate-700">
                  No linked accounts yet: you sign in with your email and password.
                </p>
              ) : (
                <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                  {items.map((i) => (
                    <li key={i.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
                      <div className="min-w-0 flex-1">
                        <p className="font-semibold break-words text-slate-900">
                          {i.providerName}{' '}
                          <span className="text-sm font-normal text-slate-600">
                            ({kindLabel(i.providerKind)})
                          </span>
                        </p>
                        <p className="text-sm break-words text-slate-700">
                          {i.email ?? 'No address shared'} ·{' '}
                          {i.lastUsedAt ? `Last used ${formatDateTime(i.lastUsedAt)}` : 'Not used yet'}
                        </p>
                      </div>
                      <Button
                        variant="danger"
                        size="sm"
                        icon="trash"
                        className="self-start sm:self-auto"
                        disabled={onlyWay}
                        title={onlyWay ? 'Your only way to sign in: link another account first.' : undefined}
                        onClick={() => setPending({ kind: 'identity', item: i })}
                      >
                        Unlink<span className="sr-only"> {i.providerName}</span>
                      </Button>
                    </li>
                  ))}
                </ul>
              )
            }
          </QueryState>
          {onlyWay ? (
            <p className="mt-2 text-sm text-slate-700">
              This is your only way to sign in, so it cannot be unlinked until you link another.
            </p>
          ) : null}
          {providers.data?.items.length ? (
            <div className="mt-4">
              <h3 className="mb-2 font-semibold text-slate-900">Link another account</h3>
              <ProviderButtons providers={providers.data.items} link verb="Link" next="/settings#linked" />
            </div>
          ) : null}
        </div>
        <div>
          <h3 className="mb-3 font-semibold text-slate-900">Your addresses</h3>
          <QueryState query={emails} loading={<ListSkeleton rows={1} label="Loading your addresses…" />}>
            {({ items }) => (
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
                {items.map((e) => (
                  <li key={e.email} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
                    <div className="min-w-0 flex-1">
                      <p className="font-medium break-all text-slate-900">{e.email}</p>
                      <p className="mt-1 text-sm text-slate-700">
                        {e.primary ? (
                          <StatusChip tone="brand">Main address · notifications go here</StatusChip>
                        ) : (
                          `Confirmed by a linked account${e.verifiedAt ? ` on ${formatDateTime(e.verifiedAt)}` : ''}`
                        )}
                      </p>
                    </div>
                    {e.primary ? null : (
                      <Button
                        variant="danger"
                        size="sm"
                        icon="trash"
                        className="self-start sm:self-auto"
                        onClick={() => setPending({ kind: 'email', item: e })}
                      >
                        Remove<span className="sr-only"> {e.email}</span>
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </QueryState>
        </div>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={
          pending?.kind === 'identity'
            ? `Unlink ${pending.item.providerName}?`
            : `Remove ${pending?.kind === 'email' ? pending.item.email : ''}?`
        }
        confirmLabel={pending?.kind === 'identity' ? 'Unlink account' : 'Remove address'}
        danger
        busy={busy}
        onConfirm={confirm}
        onCancel={() => {
          setPending(null);
          unlink.reset();
          removeEmail.reset();
        }}
      >
        <p>
          {pending?.kind === 'identity'
            ? 'You will no longer be able to sign in with this account. Your credentials and work stay with you.'
            : 'Signing in with this address will no longer find your account. Your credentials and work stay with you.'}
        </p>
        {failure ? (
          <Notice tone="error" className="mt-3">
            {errorMessage(failure)}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </Section>
  );
}
