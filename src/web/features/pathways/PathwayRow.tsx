import { useState } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { Notice } from '../../components/Notice.js';
import { StatusChip } from '../../components/StatusChip.js';
import { hasRole } from '../auth/roles.js';
import { ruleText } from './PathwaysPage.js';
import { useUpdatePathway, type PathwayView } from './pathways-api.js';

const STATUS_TONE = { draft: 'neutral', published: 'success', retired: 'warning' } as const;

/**
 * Whether this person may publish the pathway: its stacked credentials are signed with the
 * issuer's key, so only that issuer's admins (or a platform admin) publish it.
 */
export const canPublish = (me: MeView, p: PathwayView) =>
  hasRole(me, 'platform_admin') ||
  me.memberships.some((m) => m.role === 'issuer_admin' && m.orgId === p.issuer.id);

/** One pathway in the admin's list, with what they may do with it now. */
export function PathwayRow({
  me,
  p,
  onEdit,
}: {
  me: MeView;
  p: PathwayView;
  onEdit: (p: PathwayView) => void;
}) {
  const update = useUpdatePathway();
  const [retiring, setRetiring] = useState(false);
  const set = (status: 'published' | 'retired') =>
    update.mutate({ id: p.id, patch: { status } }, { onSuccess: () => setRetiring(false) });
  return (
    <li className="space-y-2 p-4">
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-0 flex-1">
          <h3 className="font-semibold break-words text-slate-900">{p.title}</h3>
          <p className="text-sm text-slate-700">
            {ruleText(p)} · {p.org.name} · signed by {p.issuer.name}
          </p>
        </div>
        <StatusChip tone={STATUS_TONE[p.status]}>{p.status}</StatusChip>
      </div>
      <ol className="list-decimal pl-5 text-sm text-slate-700">
        {p.items.map((i) => (
          <li key={i.microCredentialId}>{i.title}</li>
        ))}
      </ol>
      {p.roleTitle || p.payStep ? (
        <p className="text-sm text-slate-700">
          Leads to: {[p.roleTitle, p.payStep].filter(Boolean).join(' · ')}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {p.status === 'draft' ? (
          <>
            <Button size="sm" variant="secondary" onClick={() => onEdit(p)}>
              Edit<span className="sr-only"> {p.title}</span>
            </Button>
            {canPublish(me, p) ? (
              <Button size="sm" onClick={() => set('published')} disabled={update.isPending}>
                Publish<span className="sr-only"> {p.title}</span>
              </Button>
            ) : (
              <p className="self-center text-sm text-slate-700">
                Waiting for {p.issuer.name} to publish (its key signs the stacked credentials).
              </p>
            )}
          </>
        ) : null}
        {p.status === 'published' ? (
          <Button size="sm" variant="danger" onClick={() => setRetiring(true)} disabled={update.isPending}>
            Retire<span className="sr-only"> {p.title}</span>
          </Button>
        ) : null}
      </div>
      {update.isError ? <Notice tone="error">{update.error.message}</Notice> : null}
      <ConfirmDialog
        open={retiring}
        title={`Retire “${p.title}”?`}
        confirmLabel="Retire pathway"
        danger
        busy={update.isPending}
        onConfirm={() => set('retired')}
        onCancel={() => setRetiring(false)}
      >
        <p className="text-slate-700">
          Educators stop seeing it and nobody new completes it. Completions so far and their stacked
          credentials are kept.
        </p>
      </ConfirmDialog>
    </li>
  );
}
