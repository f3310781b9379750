import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogPage } from '../../../contracts/catalog.js';
import type {
  PathwayBody,
  PathwayCompletionView,
  PathwayPatch,
  PathwayProgressView,
  PathwayView,
} from '../../../contracts/pathways.js';
import { api } from '../../api/client.js';

export type { PathwayCompletionView, PathwayProgressView, PathwayView };

export const pathwayKeys = {
  mine: ['me', 'pathways'] as const,
  admin: ['admin', 'pathways'] as const,
  completions: ['admin', 'pathway-completions'] as const,
  catalog: ['catalog', 'all'] as const,
};

export function useMyPathways() {
  return useQuery({
    queryKey: pathwayKeys.mine,
    queryFn: ({ signal }) => api.get<{ items: PathwayProgressView[] }>('/api/v1/me/pathways', { signal }),
  });
}

export function useAdminPathways() {
  return useQuery({
    queryKey: pathwayKeys.admin,
    queryFn: ({ signal }) => api.get<{ items: PathwayView[] }>('/api/v1/admin/pathways', { signal }),
  });
}

export function usePathwayCompletions() {
  return useQuery({
    queryKey: pathwayKeys.completions,
    queryFn: ({ signal }) =>
      api.get<{ items: PathwayCompletionView[] }>('/api/v1/admin/pathway-completions', { signal }),
  });
}

/** Published micro-credentials to stack (the whole catalog, in one page). */
export function usePublishedMicroCredentials() {
  return useQuery({
    queryKey: pathwayKeys.catalog,
    queryFn: ({ signal }) => api.get<CatalogPage>('/api/v1/micro-credentials?limit=100', { signal }),
  });
}

export function useCreatePathway() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PathwayBody) => api.post<PathwayView>('/api/v1/admin/pathways', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: pathwayKeys.admin }),
  });
}

export function useUpdatePathway() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PathwayPatch }) =>
      api.patch<PathwayView>(`/api/v1/admin/pathways/${encodeURIComponent(id)}`, patch),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: pathwayKeys.admin }),
  });
}
