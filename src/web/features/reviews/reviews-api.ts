import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CalibrationAnchorView,
  CalibrationResult,
  CalibrationTask,
} from '../../../contracts/assessment.js';
import type { ReviewSummary, ReviewView, Score } from '../../../contracts/reviews.js';
import type { DecisionResultView } from '../../api/types.js';
import { api, withQuery, type ListPage } from '../../api/client.js';

export type CalibrationAnchor = z.infer<typeof CalibrationAnchorView>;
export type CalibrationOutcome = z.infer<typeof CalibrationResult>;

export const reviewKeys = {
  queue: (status: string) => ['reviews', 'queue', status] as const,
  one: (id: string) => ['reviews', id] as const,
  calibration: ['calibration'] as const,
  anchor: (id: string) => ['calibration', 'anchor', id] as const,
};

const base = (id: string) => `/api/v1/reviews/${encodeURIComponent(id)}`;
const anchorBase = (id: string) => `/api/v1/calibration/anchors/${encodeURIComponent(id)}`;

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

/** The assessor's calibration work: per micro-credential, the anchors to score. */
export function useCalibrationTasks() {
  return useQuery({
    queryKey: reviewKeys.calibration,
    queryFn: ({ signal }) => api.get<ListPage<CalibrationTask>>('/api/v1/calibration', { signal }),
  });
}

/** One anchor to score: blind evidence and the rubric, never the reference scores. */
export function useCalibrationAnchor(id: string) {
  return useQuery({
    queryKey: reviewKeys.anchor(id),
    queryFn: ({ signal }) => api.get<CalibrationAnchor>(anchorBase(id), { signal }),
  });
}

export const reviewsApi = {
  saveScores: (id: string, scores: Score[]) => api.put<unknown>(`${base(id)}/scores`, { scores }),
  decide: (id: string, scores: Score[]) => api.post<DecisionResultView>(`${base(id)}/decision`, { scores }),
  scoreAnchor: (id: string, scores: Score[]) =>
    api.put<CalibrationOutcome>(`${anchorBase(id)}/scores`, { scores }),
};
