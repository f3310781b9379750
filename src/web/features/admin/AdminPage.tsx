import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { MeView } from '../../../contracts/auth.js';
import { buttonClass } from '../../components/Button.js';
import { PageHeader } from '../../components/PageHeader.js';
import { AdminNav } from '../../components/layout/AdminNav.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { TabList, TabPanel } from '../../components/Tabs.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { ADMIN_ROLES, hasRole } from '../auth/roles.js';
import { useOrganizations } from './admin-api.js';
import { CreateOrgForm } from './CreateOrgForm.js';
import { RetentionSetting } from '../privacy/RetentionSetting.js';
import { InviteForm } from './InviteForm.js';
import { OrgTree } from './OrgTree.js';
import { PeopleList } from './PeopleList.js';
import { StaffProgress } from './StaffProgress.js';

type Tab = 'progress' | 'organizations' | 'invite' | 'people';

const PROGRESS_TAB = { id: 'progress', label: 'Staff progress' } as const;
const OTHER_TABS = [
  { id: 'organizations', label: 'Organizations' },
  { id: 'invite', label: 'Invite' },
  { id: 'people', label: 'People' },
] as const;

function Admin({ me }: { me: MeView }) {
  const platform = hasRole(me, 'platform_admin');
  // District and state admins come here mostly to see how their educators are doing.
  const progressFirst = hasRole(me, 'district_admin', 'state_admin');
  const tabs = progressFirst ? [PROGRESS_TAB, ...OTHER_TABS] : [...OTHER_TABS, PROGRESS_TAB];
  const [tab, setTab] = useState<Tab>(progressFirst ? 'progress' : 'organizations');
  const orgs = useOrganizations();
  return (
    <>
      <AdminNav me={me} />
      <PageHeader
        title="Administration"
        description={
          platform
            ? 'Every organization on this platform, the people in them, their progress, and invitations.'
            : 'How your educators are doing, the organizations you administer, the people in them, and invitations.'
        }
        actions={
          platform ? (
            <Link to="/admin/data-requests" className={buttonClass('secondary')}>
              Data deletion requests
            </Link>
          ) : null
        }
      />
      <TabList tabs={tabs} selected={tab} onSelect={setTab} label="Administration" idPrefix="admin" />
      <TabPanel idPrefix="admin" id="progress" title="Staff progress" selected={tab === 'progress'}>
        <StaffProgress />
      </TabPanel>
      <TabPanel idPrefix="admin" id="organizations" title="Organizations" selected={tab === 'organizations'}>
        <QueryState query={orgs} loading={<ListSkeleton rows={2} />}>
          {({ items }) => (
            <div className="space-y-6">
              <div className={platform ? 'grid gap-6 lg:grid-cols-[1fr_24rem]' : ''}>
                <OrgTree orgs={items} />
                {platform ? <CreateOrgForm orgs={items} /> : null}
              </div>
              {/* A state or district decides how long its educators' evidence is kept. */}
              {me.memberships
                .filter((m) => m.role === 'state_admin' || m.role === 'district_admin')
                .map((m) => (
                  <RetentionSetting key={m.orgId} orgId={m.orgId} />
                ))}
            </div>
          )}
        </QueryState>
      </TabPanel>
      <TabPanel idPrefix="admin" id="invite" title="Invite" selected={tab === 'invite'}>
        <QueryState query={orgs} loading={<ListSkeleton rows={1} />}>
          {({ items }) => (
            <div className="max-w-xl">
              <InviteForm orgs={items} />
            </div>
          )}
        </QueryState>
      </TabPanel>
      <TabPanel idPrefix="admin" id="people" title="People" selected={tab === 'people'}>
        <PeopleList />
      </TabPanel>
    </>
  );
}

export function AdminPage() {
  useDocumentTitle('Administration');
  return <RequireAuth roles={ADMIN_ROLES}>{(me) => <Admin me={me} />}</RequireAuth>;
}
