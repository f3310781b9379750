import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CatalogFacets, CatalogPage } from '../../../contracts/catalog.js';
import { api, withQuery } from '../../api/client.js';
import { CATALOG_PAGE_SIZE, type CatalogSearch } from './catalog-search.js';

export function useCatalog(search: CatalogSearch) {
  const { page = 1, ...filters } = search;
  return useQuery({
    queryKey: ['catalog', search],
    queryFn: ({ signal }) =>
      api.get<CatalogPage>(
        withQuery('/api/v1/micro-credentials', {
          ...filters,
          limit: CATALOG_PAGE_SIZE,
          offset: (page - 1) * CATALOG_PAGE_SIZE,
        }),
        { signal },
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCatalogFacets() {
  return useQuery({
    queryKey: ['catalog-facets'],
    queryFn: ({ signal }) => api.get<CatalogFacets>('/api/v1/micro-credentials/facets', { signal }),
    staleTime: 5 * 60_000,
  });
}
