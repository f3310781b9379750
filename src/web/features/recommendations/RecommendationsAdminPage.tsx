import { useState } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import type { OrganizationView } from '../../../contracts/orgs.js';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader, Section } from '../../components/PageHeader.js';
import { AdminNav } from '../../components/layout/AdminNav.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useOrganizations } from '../admin/admin-api.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { OrgPicker, defaultOrg } from '../seats/OrgPicker.js';
import { AssignForm } from './AssignForm.js';
import { AssignmentList } from './AssignmentList.js';
import { useAdminRecommendations } from './recommendations-api.js';

function OrgAssignments({ org, orgs }: { org: OrganizationView; orgs: readonly OrganizationView[] }) {
  const list = useAdminRecommendations(org.id);
  const [creating, setCreating] = useState(false);
  const [done, setDone] = useState('');
  return (
    <>
      <div aria-live="polite">{done ? <Notice tone="success">{done}</Notice> : null}</div>
      <Section
        id="new"
        title="Assign or recommend"
        actions={
          creating ? null : (
            <Button
              icon="plus"
              onClick={() => {
                setCreating(true);
                setDone('');
              }}
            >
              New assignment
            </Button>
          )
        }
      >
        {creating ? (
          <AssignForm
            org={org}
            orgs={orgs}
            onDone={(message) => {
              setCreating(false);
              setDone(message);
            }}
          />
        ) : (
          <p className="text-slate-700">
            Choose a micro-credential, the schools or people, and a due date; educators see it first on their
            dashboard.
          </p>
        )}
      </Section>
      <Section id="open" title="Open assignments and recommendations">
        <QueryState query={list} loading={<ListSkeleton rows={3} label="Loading assignments…" />}>
          {({ items }) =>
            items.length ? (
              <AssignmentList items={items} />
            ) : (
              <EmptyState icon="clipboard" title="Nothing assigned yet">
                Assignments and recommendations you make appear here with each school's progress.
              </EmptyState>
            )
          }
        </QueryState>
      </Section>
    </>
  );
}

function Assignments({ me }: { me: MeView }) {
  const orgs = useOrganizations();
  const [orgId, setOrgId] = useState('');
  return (
    <>
      <AdminNav me={me} />
      <PageHeader
        title="Assignments and recommendations"
        description="Ask schools, grade teams or single educators to earn a micro-credential, with a due date, and follow their progress."
      />
      <QueryState query={orgs} loading={<ListSkeleton rows={2} />}>
        {({ items }) => {
          const org = items.find((o) => o.id === orgId) ?? defaultOrg(items);
          if (!org)
            return (
              <EmptyState icon="building" title="No state, district or school to assign for">
                Assignments come from the organizations you administer.
              </EmptyState>
            );
          return (
            <>
              <div className="mb-6">
                <OrgPicker orgs={items} value={org.id} onChange={setOrgId} label="Assign for" />
              </div>
              <OrgAssignments key={org.id} org={org} orgs={items} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}

export function RecommendationsAdminPage() {
  useDocumentTitle('Assignments');
  return <RequireAuth>{(me) => <Assignments me={me} />}</RequireAuth>;
}
