import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { formatDateTime } from '../../lib/format.js';
import { useApiTokens, useRevokeApiToken, type ApiTokenView } from './tokens-api.js';

/** The user's tokens (never their secrets), each revocable after a confirmation. */
export function TokenList() {
  const tokens = useApiTokens();
  const revoke = useRevokeApiToken();
  const [pending, setPending] = useState<ApiTokenView | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  const confirm = () => {
    if (!pending) return;
    const name = pending.name;
    revoke.mutate(pending.id, {
      onSuccess: () => {
        setRevoked(name);
        setPending(null);
      },
    });
  };

  return (
    <>
      <div aria-live="polite">
        {revoked ? (
          <Notice tone="success" className="mb-3">
            “{revoked}” is revoked. Anything still using it is refused from now on.
          </Notice>
        ) : null}
      </div>
      <QueryState query={tokens} loading={<ListSkeleton rows={2} label="Loading your tokens…" />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState icon="key" title="No API tokens">
              Create one for an integration that needs to act as you.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {items.map((t) => (
                <li key={t.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
                  <div className="min-w-0 flex-1">
                    <p className="font-semibold break-words text-slate-900">{t.name}</p>
                    <p className="text-sm text-slate-700">
                      Created {formatDateTime(t.createdAt)} ·{' '}
                      {t.lastUsedAt ? `Last used ${formatDateTime(t.lastUsedAt)}` : 'Never used'}
                    </p>
                  </div>
                  <Button
                    variant="danger"
                    size="sm"
                    icon="trash"
                    className="self-start sm:self-auto"
                    onClick={() => setPending(t)}
                  >
                    Revoke<span className="sr-only"> {t.name}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
      <ConfirmDialog
        open={pending !== null}
        title={`Revoke “${pending?.name ?? ''}”?`}
        confirmLabel="Revoke token"
        danger
        busy={revoke.isPending}
        onConfirm={confirm}
        onCancel={() => {
          setPending(null);
          revoke.reset();
        }}
      >
        <p>
          Integrations using this token stop working at once. This cannot be undone; you can create a new
          token afterwards.
        </p>
        {revoke.isError ? (
          <Notice tone="error" className="mt-3">
            {revoke.error.message}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
