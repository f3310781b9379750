import { useQuery } from '@tanstack/react-query';
import type { ReviewSummary, ReviewView, Score } from '../../../contracts/reviews.js';
import type { DecisionResultView } from '../../api/types.js';
import { api, withQuery, type ListPage } from '../../api/client.js';

export const reviewKeys = {
  queue: (status: string) => ['reviews', 'queue', status] as const,
  one: (id: string) => ['reviews', id] as const,
};

const base = (id: string) => `/api/v1/reviews/${encodeURIComponent(id)}`;

export function useReviewQueue(status: 'assigned' | 'completed') {
  return useQuery({
    queryKey: reviewKeys.queue(status),
    queryFn: ({ signal }) =>
      api.get<ListPage<ReviewSummary>>(withQuery('/api/v1/reviews', { status, limit: 100 }), { signal }),
  });
}

export function useReview(id: string) {
  return useQuery({
    queryKey: reviewKeys.one(id),
    queryFn: ({ signal }) => api.get<ReviewView>(base(id), { signal }),
  });
}

export const reviewsApi = {
  saveScores: (id: string, scores: Score[]) => api.put<unknown>(`${base(id)}/scores`, { scores }),
  decide: (id: string, scores: Score[]) => api.post<DecisionResultView>(`${base(id)}/decision`, { scores }),
};
