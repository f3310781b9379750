import { Link } from '@tanstack/react-router';
import { buttonClass } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { useMyCredentials } from './credentials-api.js';
import { CredentialCard } from './CredentialCard.js';

function CredentialsList() {
  const credentials = useMyCredentials();
  return (
    <QueryState query={credentials} loading={<ListSkeleton label="Loading your credentials…" />}>
      {({ items }) =>
        items.length === 0 ? (
          <EmptyState
            icon="award"
            title="No credentials yet"
            action={
              <Link to="/" className={buttonClass('primary')}>
                Browse micro-credentials
              </Link>
            }
          >
            When assessors decide a submission is earned, its signed credential appears here.
          </EmptyState>
        ) : (
          <ul className="space-y-3" aria-labelledby="credentials-h">
            {items.map((c) => (
              <li key={c.id}>
                <CredentialCard credential={c} />
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}

export function MyCredentialsPage() {
  useDocumentTitle('My credentials');
  return (
    <RequireAuth>
      {() => (
        <>
          <PageHeader
            title="My credentials"
            description="Signed Open Badges 3.0 credentials you own. Share the public page, or download the JSON to keep it anywhere."
          />
          <h2 id="credentials-h" className="sr-only">
            Your credentials
          </h2>
          <CredentialsList />
        </>
      )}
    </RequireAuth>
  );
}
