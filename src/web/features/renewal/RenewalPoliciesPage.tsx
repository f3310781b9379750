import { useState } from 'react';
import { errorMessage } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { ConfirmDialog } from '../../components/Dialog.js';
import { AdminNav } from '../../components/layout/AdminNav.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader, Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { StatusChip } from '../../components/StatusChip.js';
import { formatDate } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { ADMIN_ROLES } from '../auth/roles.js';
import { PolicyForm, type ManagedOrg } from './PolicyForm.js';
import { StaffRenewal } from './StaffRenewal.js';
import { hoursText, usePolicies, useRetirePolicy, type PolicyView } from './renewal-api.js';
import type { MeView } from '../../../contracts/auth.js';

const day = (d: string) => formatDate(`${d}T12:00:00Z`);

function countsText(p: PolicyView) {
  if (p.counts.mode === 'all') return 'Every micro-credential';
  const what = { tags: 'tags', topics: 'topics', issuers: 'issuers', list: 'micro-credentials' }[
    p.counts.mode
  ];
  return `Only these ${what}: ${(p.countsLabels.length ? p.countsLabels : p.counts.values).join(', ')}`;
}

function PolicyCard({ p, onEdit, onRetire }: { p: PolicyView; onEdit: () => void; onRetire: () => void }) {
  return (
    <li className="space-y-2 p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-semibold break-words text-slate-900">{p.name}</p>
          <p className="text-sm text-slate-700">
            {p.orgName} · {p.licenseTypes.length ? p.licenseTypes.join(', ') : 'every license type'}
          </p>
        </div>
        <StatusChip tone={p.status === 'active' ? 'success' : 'neutral'}>
          {p.status === 'active' ? 'Active' : 'Retired'}
        </StatusChip>
      </div>
      <p className="text-sm text-slate-800">
        {countsText(p)} ·{' '}
        {p.hoursMode === 'fixed' && p.fixedHours !== null
          ? `${hoursText(p.fixedHours)} each`
          : 'their credit hours'}{' '}
        · {p.capHours !== null ? `cap ${hoursText(p.capHours)}` : 'no cap'} · {hoursText(p.requiredHours)}{' '}
        required every {p.cycleYears === 1 ? 'year' : `${p.cycleYears} years`}
      </p>
      <p className="text-sm text-slate-700">
        In effect from {day(p.effectiveFrom)}
        {p.effectiveUntil ? ` until ${day(p.effectiveUntil)}` : ''}
        {!p.canManage ? ' · set by the state (read only)' : ''}
      </p>
      {p.canManage && p.status === 'active' ? (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" icon="pencil" onClick={onEdit}>
            Edit<span className="sr-only"> {p.name}</span>
          </Button>
          <Button size="sm" variant="danger" onClick={onRetire}>
            Retire<span className="sr-only"> {p.name}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** The states and districts an admin manages, for the policy form. */
const managedOrgs = (me: MeView): ManagedOrg[] =>
  me.memberships
    .filter(
      (m) =>
        (m.role === 'state_admin' && m.orgKind === 'state') ||
        (m.role === 'district_admin' && m.orgKind === 'district'),
    )
    .map((m) => ({ id: m.orgId, name: m.orgName, kind: m.orgKind }));

function Policies({ me }: { me: MeView }) {
  const query = usePolicies();
  const retire = useRetirePolicy();
  const [editing, setEditing] = useState<PolicyView | 'new' | null>(null);
  const [retiring, setRetiring] = useState<PolicyView | null>(null);
  return (
    <Section
      id="policies"
      title="Renewal policies"
      actions={
        editing === null ? (
          <Button size="sm" icon="plus" onClick={() => setEditing('new')}>
            New policy
          </Button>
        ) : null
      }
    >
      <QueryState query={query} loading={<ListSkeleton rows={2} label="Loading policies" />}>
        {(data) => {
          // A state admin also manages its districts' policies; offer every org seen among them.
          const orgs = new Map(managedOrgs(me).map((o) => [o.id, o]));
          for (const p of data.items)
            if (p.canManage) orgs.set(p.orgId, { id: p.orgId, name: p.orgName, kind: p.orgKind });
          return (
            <div className="space-y-4">
              {retire.isError ? <Notice tone="error">{errorMessage(retire.error)}</Notice> : null}
              {editing !== null ? (
                <div className="card p-4 sm:p-5">
                  <h3 className="mb-3 font-semibold text-slate-900">
                    {editing === 'new' ? 'New policy' : `Edit ${editing.name}`}
                  </h3>
                  <PolicyForm
                    orgs={[...orgs.values()]}
                    policy={editing === 'new' ? undefined : editing}
                    onDone={() => setEditing(null)}
                  />
                </div>
              ) : null}
              {data.items.length ? (
                <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
                  {data.items.map((p) => (
                    <PolicyCard
                      key={p.id}
                      p={p}
                      onEdit={() => setEditing(p)}
                      onRetire={() => setRetiring(p)}
                    />
                  ))}
                </ul>
              ) : (
                <p className="text-slate-700">No renewal policies yet.</p>
              )}
            </div>
          );
        }}
      </QueryState>
      <ConfirmDialog
        open={retiring !== null}
        title={`Retire ${retiring?.name ?? 'this policy'}?`}
        confirmLabel="Retire policy"
        danger
        busy={retire.isPending}
        onCancel={() => setRetiring(null)}
        onConfirm={() => retiring && retire.mutate(retiring.id, { onSettled: () => setRetiring(null) })}
      >
        Its micro-credentials stop counting toward renewal for everyone it covers. The policy is kept for the
        record.
      </ConfirmDialog>
    </Section>
  );
}

/** Renewal credit for state and district admins: their policies, and where their staff stand. */
export function RenewalPoliciesPage() {
  useDocumentTitle('Renewal credit');
  return (
    <RequireAuth roles={ADMIN_ROLES}>
      {(me) => (
        <>
          <AdminNav me={me} />
          <PageHeader
            title="Renewal credit"
            description="Which micro-credentials count toward license renewal in your state or district, and how your educators are doing."
          />
          <Policies me={me} />
          <Section id="staff" title="Staff renewal progress">
            <StaffRenewal />
          </Section>
        </>
      )}
    </RequireAuth>
  );
}
