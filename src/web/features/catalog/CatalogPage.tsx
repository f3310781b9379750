import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { Button } from '../../components/Button.js';
import { EmptyState } from '../../components/EmptyState.js';
import { ErrorState } from '../../components/ErrorState.js';
import { SearchInput } from '../../components/SearchInput.js';
import { PageHeader } from '../../components/PageHeader.js';
import { Pagination } from '../../components/Pagination.js';
import { CardSkeleton, LoadingBlock } from '../../components/Skeleton.js';
import { plural } from '../../lib/format.js';
import { useDebouncedInput } from '../../lib/use-debounced-input.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useCatalog, useCatalogFacets } from './catalog-api.js';
import { CATALOG_PAGE_SIZE, hasFilters, type CatalogSearch } from './catalog-search.js';
import { CatalogCard } from './CatalogCard.js';
import { CatalogFilters } from './CatalogFilters.js';

const route = getRouteApi('/');

export function CatalogPage() {
  useDocumentTitle('Catalog');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const catalog = useCatalog(search);
  const facets = useCatalogFacets();
  const [filtersOpen, setFiltersOpen] = useState(false);

  const update = (patch: Partial<CatalogSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }), replace: true });
  const clear = () => void navigate({ search: {}, replace: true });

  const [text, setText] = useDebouncedInput(search.q ?? '', (q) => update({ q: q.trim() || undefined }));
  const page = search.page ?? 1;

  return (
    <>
      <PageHeader
        title="Micro-credentials"
        description="Competency-based professional learning: choose a classroom practice, teach with it, submit evidence, and earn a verifiable credential."
      />
      <div role="search" className="mb-6">
        <SearchInput
          id="catalog-q"
          label="Search micro-credentials"
          placeholder="Search by practice, topic or keyword"
          value={text}
          onChange={setText}
          inputClassName="py-3 text-base"
        />
      </div>

      <div className="grid gap-8 md:grid-cols-[15rem_1fr]">
        <div>
          <Button
            variant="secondary"
            className="w-full md:hidden"
            aria-expanded={filtersOpen}
            aria-controls="catalog-filters"
            onClick={() => setFiltersOpen((v) => !v)}
          >
            {filtersOpen ? 'Hide filters' : 'Show filters'}
          </Button>
          <section
            id="catalog-filters"
            aria-label="Filters"
            className={`${filtersOpen ? 'mt-4 block' : 'hidden'} md:mt-0 md:block`}
          >
            <CatalogFilters search={search} facets={facets.data} onChange={update} onClear={clear} />
          </section>
        </div>

        <section aria-labelledby="results-title">
          <h2 id="results-title" className="sr-only">
            Results
          </h2>
          <p aria-live="polite" className="mb-4 text-slate-700">
            {catalog.data ? (
              <>
                <span className="font-semibold text-slate-900">
                  {plural(catalog.data.total, 'micro-credential')}
                </span>
                {hasFilters(search) ? ' match your search' : ' in the catalog'}
              </>
            ) : (
              '\u00a0'
            )}
          </p>
          {catalog.isPending ? (
            <LoadingBlock label="Loading the catalog…">
              <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
                {Array.from({ length: 6 }, (_, i) => (
                  <CardSkeleton key={i} />
                ))}
              </div>
            </LoadingBlock>
          ) : catalog.isError ? (
            <ErrorState
              error={catalog.error}
              onRetry={() => void catalog.refetch()}
              title="The catalog could not be loaded"
            />
          ) : catalog.data.items.length === 0 ? (
            <EmptyState
              icon="search"
              title={hasFilters(search) ? 'Nothing matches these filters' : 'The catalog is empty'}
              action={
                hasFilters(search) ? (
                  <Button variant="secondary" onClick={clear}>
                    Clear all filters
                  </Button>
                ) : undefined
              }
            >
              {hasFilters(search)
                ? 'Try fewer filters or a different word.'
                : 'No micro-credentials have been published yet.'}
            </EmptyState>
          ) : (
            <>
              <ul
                className={`grid gap-4 sm:grid-cols-2 xl:grid-cols-3 ${catalog.isPlaceholderData ? 'opacity-60' : ''}`}
              >
                {catalog.data.items.map((item) => (
                  <li key={item.id}>
                    <CatalogCard item={item} />
                  </li>
                ))}
              </ul>
              <Pagination
                total={catalog.data.total}
                limit={CATALOG_PAGE_SIZE}
                offset={(page - 1) * CATALOG_PAGE_SIZE}
                onChange={(offset) =>
                  void navigate({ search: (prev) => ({ ...prev, page: offset / CATALOG_PAGE_SIZE + 1 }) })
                }
                label="Catalog pages"
              />
            </>
          )}
        </section>
      </div>
    </>
  );
}
