import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { MicroCredentialView } from '../../../contracts/catalog.js';
import { api } from '../../api/client.js';
import { Icon } from '../../components/Icon.js';
import { Notice } from '../../components/Notice.js';
import { QueryState } from '../../components/QueryState.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { DETAIL_SECTIONS, MicroCredentialBody } from './MicroCredentialBody.js';
import { RenewalCreditLine } from '../renewal/RenewalCreditLine.js';
import { MicroCredentialHero } from './MicroCredentialHero.js';
import { StartSubmission } from './StartSubmission.js';

const route = getRouteApi('/micro-credentials/$id');

export const microCredentialQuery = (id: string, version?: number) => ({
  queryKey: ['micro-credential', id, version ?? 'current'],
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api.get<MicroCredentialView>(
      `/api/v1/micro-credentials/${encodeURIComponent(id)}${version ? `?version=${version}` : ''}`,
      { signal },
    ),
});

export function MicroCredentialPage() {
  const { id } = route.useParams();
  const { version } = route.useSearch();
  const query = useQuery(microCredentialQuery(id, version));
  useDocumentTitle(query.data?.content.title ?? 'Micro-credential');

  return (
    <>
      <Link to="/" className="mb-4 inline-flex items-center gap-1 text-sm">
        <Icon name="arrowLeft" className="h-4 w-4" /> Back to the catalog
      </Link>
      <QueryState query={query} errorTitle="This micro-credential could not be loaded">
        {(mc) => (
          <div className="grid gap-8 lg:grid-cols-[1fr_14rem]">
            <div className="min-w-0 space-y-8">
              <MicroCredentialHero
                content={mc.content}
                imageUrl={mc.imageUrl}
                issuerName={mc.issuer.name}
                version={mc.version}
                publishedAt={mc.publishedAt}
                actions={mc.current ? <StartSubmission microCredentialId={mc.id} /> : null}
                note={mc.current ? <RenewalCreditLine microCredentialId={mc.id} className="mt-4" /> : null}
              />
              {mc.status === 'retired' ? (
                <Notice tone="info">
                  The issuer has retired this micro-credential: it can no longer be started, and credentials
                  already earned stay valid.
                </Notice>
              ) : !mc.current ? (
                <Notice tone="info">
                  This is version {mc.version}, as earners of that version earned it.{' '}
                  <Link to="/micro-credentials/$id" params={{ id: mc.id }} search={{}}>
                    See the current version
                  </Link>
                  .
                </Notice>
              ) : null}
              <MicroCredentialBody content={mc.content} />
              <section aria-labelledby="issuer-h" className="border-t border-slate-200 pt-6">
                <h2 id="issuer-h" className="mb-2 text-xl font-semibold">
                  About the issuer
                </h2>
                <p className="font-semibold text-slate-900">{mc.issuer.name}</p>
                {mc.issuer.description ? <p className="prose-text mt-1">{mc.issuer.description}</p> : null}
                {mc.issuer.url ? (
                  <a
                    href={mc.issuer.url}
                    target="_blank"
                    rel="noopener noreferrer"
                    className="mt-1 inline-block"
                  >
                    {mc.issuer.url}
                  </a>
                ) : null}
              </section>
            </div>
            <nav aria-label="On this page" className="hidden lg:block">
              <div className="sticky top-6">
                <p className="mb-2 text-sm font-semibold text-slate-900">On this page</p>
                <ul className="space-y-1 border-l border-slate-200 text-sm">
                  {DETAIL_SECTIONS.map((s) => (
                    <li key={s.id}>
                      <a
                        href={`#${s.id}`}
                        className="block border-l-2 border-transparent py-1 pl-3 text-slate-700 hover:border-brand-700"
                      >
                        {s.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            </nav>
          </div>
        )}
      </QueryState>
    </>
  );
}
