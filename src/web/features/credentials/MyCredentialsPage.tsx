import { Link } from '@tanstack/react-router';
import { Button, buttonClass } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Notice } from '../../components/Notice.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { useDownloadClr, useMyCredentials } from './credentials-api.js';
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
  return <RequireAuth>{() => <MyCredentials />}</RequireAuth>;
}

/** The page itself; the header offers the whole record as one signed CLR 2.0 file. */
function MyCredentials() {
  const clr = useDownloadClr();
  return (
    <>
      <PageHeader
        title="My credentials"
        description="Signed Open Badges 3.0 credentials you own. Share the public page, or download them in any format to keep them anywhere."
        actions={
          <Button variant="secondary" icon="download" busy={clr.isPending} onClick={() => clr.mutate()}>
            Download my learner record (CLR 2.0)
          </Button>
        }
      />
      <div aria-live="polite">
        {clr.isError ? (
          <Notice tone="error" title="Your learner record could not be downloaded" className="mb-4">
            {clr.error.message}
          </Notice>
        ) : clr.isSuccess ? (
          <Notice tone="success" className="mb-4">
            Your learner record was downloaded: a signed Comprehensive Learner Record (CLR 2.0) with every
            credential you hold in good standing.
          </Notice>
        ) : null}
      </div>
      <h2 id="credentials-h" className="sr-only">
        Your credentials
      </h2>
      <CredentialsList />
    </>
  );
}
