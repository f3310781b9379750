import { useState } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import type { OrganizationView } from '../../../contracts/orgs.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader, Section } from '../../components/PageHeader.js';
import { AdminNav } from '../../components/layout/AdminNav.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useOrganizations } from '../admin/admin-api.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { CreatePoolForm } from './CreatePoolForm.js';
import { OrgPicker, defaultOrg } from './OrgPicker.js';
import { PoolCard } from './PoolCard.js';
import { SeatTotals } from './SeatTotals.js';
import { useSeatReport } from './seats-api.js';

function OrgSeats({ org }: { org: OrganizationView }) {
  const report = useSeatReport(org.id);
  const [creating, setCreating] = useState(false);
  return (
    <>
      <Section id="usage" title={`Seat usage in ${org.name}`}>
        <QueryState query={report} loading={<ListSkeleton rows={2} label="Loading seat usage…" />}>
          {(r) =>
            r.pools.length ? (
              <SeatTotals report={r} />
            ) : (
              <EmptyState icon="award" title="No funded seats yet">
                Fund seats on micro-credentials your educators need; each start takes one, and you see who
                used them.
              </EmptyState>
            )
          }
        </QueryState>
      </Section>
      <Section
        id="pools"
        title="Seat pools"
        actions={
          creating ? null : (
            <Button icon="plus" onClick={() => setCreating(true)}>
              Fund seats
            </Button>
          )
        }
      >
        <div className="space-y-4">
          {creating ? (
            <CreatePoolForm orgId={org.id} orgName={org.name} onDone={() => setCreating(false)} />
          ) : null}
          <QueryState query={report} loading={<ListSkeleton rows={2} />}>
            {(r) => (
              <ul className="space-y-4">
                {r.pools.map((p) => (
                  <li key={p.id}>
                    <PoolCard pool={p} />
                  </li>
                ))}
              </ul>
            )}
          </QueryState>
        </div>
      </Section>
    </>
  );
}

function Seats({ me }: { me: MeView }) {
  const orgs = useOrganizations();
  const [orgId, setOrgId] = useState('');
  return (
    <>
      <AdminNav me={me} />
      <PageHeader
        title="Funded seats"
        description="Seats your organization buys or grants on micro-credentials: an educator takes one when starting, and gives it back by withdrawing before earning."
      />
      <QueryState query={orgs} loading={<ListSkeleton rows={2} />}>
        {({ items }) => {
          const org = items.find((o) => o.id === orgId) ?? defaultOrg(items);
          if (!org)
            return (
              <EmptyState icon="building" title="No state, district or school to fund seats for">
                Seats are funded by the organizations you administer.
              </EmptyState>
            );
          return (
            <>
              <div className="mb-6">
                <OrgPicker orgs={items} value={org.id} onChange={setOrgId} label="Show seats of" />
              </div>
              <OrgSeats key={org.id} org={org} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

export function SeatsPage() {
  useDocumentTitle('Funded seats');
  return <RequireAuth>{(me) => <Seats me={me} />}</RequireAuth>;
}
