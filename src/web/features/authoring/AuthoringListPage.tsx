import { Link } from '@tanstack/react-router';
import type { AuthoringSummary } from '../../../contracts/catalog.js';
import { buttonClass } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Icon } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { formatDate } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { useAuthoredList } from './authoring-api.js';
import { AuthoringStatus } from './authoring-status.js';

function Row({ item }: { item: AuthoringSummary }) {
  return (
    <article className="card relative flex flex-col gap-2 p-4 transition hover:border-brand-200 hover:shadow-md sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0">
        <h3 className="font-semibold">
          <Link
            to="/authoring/$id"
            params={{ id: item.id }}
            className="text-slate-900 after:absolute after:inset-0 after:content-['']"
          >
            {item.title}
          </Link>
        </h3>
        <p className="text-sm text-slate-700">
          {item.issuer.name} · <span className="font-mono text-xs">{item.slug}</span> · updated{' '}
          {formatDate(item.updatedAt)}
        </p>
      </div>
      <AuthoringStatus item={item} />
    </article>
  );
}

const newButton = (
  <Link to="/authoring/new" className={buttonClass('primary')}>
    <Icon name="plus" className="h-4 w-4" /> New micro-credential
  </Link>
);

export function AuthoringListPage() {
  useDocumentTitle('Authoring');
  return <RequireAuth roles={['issuer_admin', 'platform_admin']}>{() => <AuthoringList />}</RequireAuth>;
}

function AuthoringList() {
  const list = useAuthoredList();
  return (
    <>
      <PageHeader
        title="Authoring"
        description="Your organization’s micro-credentials, drafts included. Each publication is a new version; earlier earners keep what they earned."
        actions={newButton}
      />
      <h2 className="sr-only">Your micro-credentials</h2>
      <QueryState query={list} loading={<ListSkeleton label="Loading micro-credentials…" />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState icon="pencil" title="Nothing authored yet" action={newButton}>
              Write your first micro-credential: a competency, the evidence to submit, and the rubric
              assessors use.
            </EmptyState>
          ) : (
            <ul className="space-y-3">
              {items.map((item) => (
                <li key={item.id}>
                  <Row item={item} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}
