import type { MeView } from '../../../contracts/auth.js';
import { AdminNav } from '../../components/layout/AdminNav.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ListSkeleton } from '../../components/Skeleton.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useOrganizations } from '../admin/admin-api.js';
import { RequireAuth } from '../auth/RequireAuth.js';
import { ADMIN_ROLES } from '../auth/roles.js';
import { useAdminProviders } from './oidc-api.js';
import { ProviderCard } from './ProviderCard.js';
import { ProviderForm } from './ProviderForm.js';

function SignInProviders({ me }: { me: MeView }) {
  const providers = useAdminProviders();
  const orgs = useOrganizations();
  return (
    <>
      <AdminNav me={me} />
      <PageHeader
        title="Sign-in providers"
        description="Let your educators sign in with the accounts they already use at school: Google, Microsoft, Clever, ClassLink or another OpenID Connect provider. People are matched to their microcred account by the verified address the provider sends; nobody gets an account this way who was not already added."
      />
      <QueryState query={orgs} loading={<ListSkeleton rows={2} label="Loading…" />}>
        {({ items: orgList }) => (
          <div className="grid gap-8 lg:grid-cols-[1fr_24rem] lg:items-start">
            <section aria-labelledby="providers-title">
              <h2 id="providers-title" className="mb-3 text-lg font-semibold text-slate-900 sm:text-xl">
                Providers you manage
              </h2>
              <QueryState query={providers} loading={<ListSkeleton rows={2} label="Loading providers…" />}>
                {({ items }) =>
                  items.length === 0 ? (
                    <EmptyState icon="key" title="No sign-in providers yet">
                      Add your district’s Google, Microsoft, Clever or ClassLink sign-in with the form.
                    </EmptyState>
                  ) : (
                    <ul className="space-y-4">
                      {items.map((p) => (
                        <ProviderCard key={p.id} provider={p} orgs={orgList} />
                      ))}
                    </ul>
                  )
                }
              </QueryState>
            </section>
            <section aria-labelledby="add-provider-title" className="card p-4 sm:p-5">
              <h2 id="add-provider-title" className="mb-3 text-lg font-semibold text-slate-900">
                Add a provider
              </h2>
              <ProviderForm orgs={orgList} />
            </section>
          </div>
        )}
      </QueryState>
    </>
  );
}

export function SignInProvidersPage() {
  useDocumentTitle('Sign-in providers');
  return <RequireAuth roles={ADMIN_ROLES}>{(me) => <SignInProviders me={me} />}</RequireAuth>;
}
