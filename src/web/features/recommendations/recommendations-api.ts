import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminRecommendationView,
  CreateRecommendationsBody,
  MyRecommendationView,
} from '../../../contracts/recommendations.js';
import { api, withQuery } from '../../api/client.js';
import { browserTimeZone } from './format-day.js';

export const recommendationKeys = {
  all: ['recommendations'] as const,
  admin: (orgId: string) => ['recommendations', 'admin', orgId] as const,
  mine: ['recommendations', 'me'] as const,
};

export function useAdminRecommendations(orgId: string) {
  return useQuery({
    queryKey: recommendationKeys.admin(orgId),
    queryFn: ({ signal }) =>
      api.get<{ items: AdminRecommendationView[] }>(withQuery('/api/v1/admin/recommendations', { orgId }), {
        signal,
      }),
  });
}

export function useCreateRecommendations() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateRecommendationsBody) =>
      api.post<{ items: AdminRecommendationView[]; unchanged: number }>(
        '/api/v1/admin/recommendations',
        body,
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: recommendationKeys.all }),
  });
}

export function useWithdrawRecommendation() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/admin/recommendations/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: recommendationKeys.all }),
  });
}

/** What the signed-in educator was assigned and recommended, due dates counted in their time zone. */
export function useMyRecommendations() {
  return useQuery({
    queryKey: recommendationKeys.mine,
    queryFn: ({ signal }) =>
      api.get<{ items: MyRecommendationView[] }>(
        withQuery('/api/v1/me/recommendations', { tz: browserTimeZone() }),
        { signal },
      ),
  });
}
