import { useQuery } from '@tanstack/react-query';
import type { AuthoringSummary, AuthoringView } from '../../../contracts/catalog.js';
import { api } from '../../api/client.js';

export const authoringKeys = {
  list: ['authoring'] as const,
  one: (id: string) => ['authoring', id] as const,
};

const base = (id: string) => `/api/v1/authoring/micro-credentials/${encodeURIComponent(id)}`;

export function useAuthoredList() {
  return useQuery({
    queryKey: authoringKeys.list,
    queryFn: ({ signal }) =>
      api.get<{ items: AuthoringSummary[] }>('/api/v1/authoring/micro-credentials', { signal }),
  });
}

export function useAuthoring(id: string) {
  return useQuery({
    queryKey: authoringKeys.one(id),
    queryFn: ({ signal }) => api.get<AuthoringView>(base(id), { signal }),
  });
}

export const authoringApi = {
  create: (body: { issuerId: string; slug: string; content: Record<string, unknown> }) =>
    api.post<AuthoringView>('/api/v1/authoring/micro-credentials', body),
  saveDraft: (id: string, content: Record<string, unknown>, baseUpdatedAt: string) =>
    api.put<AuthoringView>(`${base(id)}/draft`, { content, baseUpdatedAt }),
  publish: (id: string) => api.post<AuthoringView>(`${base(id)}/publish`),
  retire: (id: string) => api.post<AuthoringView>(`${base(id)}/retire`),
};
