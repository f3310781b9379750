import { Link } from '@tanstack/react-router';
import type { MeView } from '../../../contracts/auth.js';
import type { SubmissionSummary } from '../../../contracts/submissions.js';
import { buttonClass } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader, Section } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { hasRole } from '../auth/roles.js';
import { CredentialCard } from '../credentials/CredentialCard.js';
import { useMyCredentials } from '../credentials/credentials-api.js';
import { LatestNotifications } from '../notifications/LatestNotifications.js';
import { useMySubmissions } from '../submissions/submissions-api.js';
import { AssignedToYou } from './AssignedToYou.js';
import { Recommendations } from './Recommendations.js';
import { RoleShortcuts } from './RoleShortcuts.js';
import { SubmissionCard } from './SubmissionCard.js';

const ACTIVE = new Set(['in_progress', 'not_yet']);
const WAITING = new Set(['submitted', 'in_review']);

function SubmissionGrid({ items }: { items: SubmissionSummary[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {items.map((s) => (
        <li key={s.id}>
          <SubmissionCard submission={s} />
        </li>
      ))}
    </ul>
  );
}

function EducatorHome() {
  const submissions = useMySubmissions();
  const credentials = useMyCredentials();
  return (
    <QueryState query={submissions} loading={<ListSkeleton rows={2} label="Loading your submissions…" />}>
      {({ items }) => {
        const active = items.filter((s) => ACTIVE.has(s.status));
        const waiting = items.filter((s) => WAITING.has(s.status));
        return (
          <>
            <Section id="active" title="In progress">
              {active.length ? (
                <SubmissionGrid items={active} />
              ) : (
                <EmptyState
                  icon="pencil"
                  title="Nothing in progress"
                  action={
                    <Link to="/" className={buttonClass('primary')}>
                      Find a micro-credential
                    </Link>
                  }
                >
                  Start a micro-credential from the catalog; your work is saved as you type.
                </EmptyState>
              )}
            </Section>
            {waiting.length ? (
              <Section id="waiting" title="Submitted and in review">
                <SubmissionGrid items={waiting} />
              </Section>
            ) : null}
            <Section
              id="earned"
              title="Earned credentials"
              actions={<Link to="/me/credentials">All my credentials</Link>}
            >
              <QueryState query={credentials} loading={<ListSkeleton rows={1} />}>
                {({ items: creds }) =>
                  creds.length ? (
                    <ul className="space-y-3">
                      {creds.slice(0, 3).map((c) => (
                        <li key={c.id}>
                          <CredentialCard credential={c} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="text-slate-700">
                      Your earned micro-credentials will appear here, ready to share.
                    </p>
                  )
                }
              </QueryState>
            </Section>
            <Section id="recommended" title="Explore next">
              <Recommendations startedIds={new Set(items.map((s) => s.microCredential.id))} />
            </Section>
          </>
        );
      }}
    </QueryState>
  );
}

function Dashboard({ me }: { me: MeView }) {
  const firstName = me.name.split(/\s+/)[0] ?? me.name;
  const educator = hasRole(me, 'educator');
  const others = me.memberships.some((m) => m.role !== 'educator');
  return (
    <>
      <PageHeader
        title={`Welcome, ${firstName}`}
        description={
          educator
            ? 'Your micro-credentials, where each one stands, and what to explore next.'
            : 'Your work on microcred.'
        }
      />
      {educator ? <AssignedToYou /> : null}
      <LatestNotifications />
      {others || !educator ? (
        <Section id="shortcuts" title="Shortcuts">
          <RoleShortcuts me={me} />
        </Section>
      ) : null}
      {educator ? <EducatorHome /> : null}
    </>
  );
}

export function DashboardPage() {
  useDocumentTitle('Dashboard');
  return <RequireAuth>{(me) => <Dashboard me={me} />}</RequireAuth>;
}
