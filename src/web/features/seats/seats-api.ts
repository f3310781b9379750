import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CatalogItem } from '../../../contracts/catalog.js';
import type {
  CreateSeatPoolBody,
  MySeatView,
  SeatPoolView,
  SeatRedemptionView,
  SeatReportView,
  UpdateSeatPoolBody,
} from '../../../contracts/seats.js';
import { api, withQuery } from '../../api/client.js';

export const seatKeys = {
  all: ['seats'] as const,
  report: (orgId: string) => ['seats', 'report', orgId] as const,
  redemptions: (poolId: string) => ['seats', 'redemptions', poolId] as const,
  mine: ['me', 'seats'] as const,
};

export function useSeatReport(orgId: string) {
  return useQuery({
    queryKey: seatKeys.report(orgId),
    queryFn: ({ signal }) =>
      api.get<SeatReportView>(withQuery('/api/v1/admin/seat-report', { orgId }), { signal }),
  });
}

export function useRedemptions(poolId: string, enabled: boolean) {
  return useQuery({
    queryKey: seatKeys.redemptions(poolId),
    queryFn: ({ signal }) =>
      api.get<{ items: SeatRedemptionView[] }>(`/api/v1/admin/seat-pools/${poolId}/redemptions`, { signal }),
    enabled,
  });
}

export function useCreatePool() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSeatPoolBody) => api.post<SeatPoolView>('/api/v1/admin/seat-pools', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: seatKeys.all }),
  });
}

export function useUpdatePool(poolId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSeatPoolBody) =>
      api.patch<SeatPoolView>(`/api/v1/admin/seat-pools/${poolId}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: seatKeys.all }),
  });
}

/** Micro-credentials an organization funds for the signed-in educator (empty when signed out). */
export function useMySeats(enabled = true) {
  return useQuery({
    queryKey: seatKeys.mine,
    queryFn: ({ signal }) => api.get<{ items: MySeatView[] }>('/api/v1/me/seats', { signal }),
    enabled,
    staleTime: 60_000,
  });
}

/** Every published micro-credential, to choose from (the catalog, one page of the largest size). */
export function usePublishedMicroCredentials() {
  return useQuery({
    queryKey: ['catalog', 'choices'],
    queryFn: ({ signal }) =>
      api.get<{ items: CatalogItem[] }>('/api/v1/micro-credentials?limit=100', { signal }),
    staleTime: 5 * 60_000,
  });
}
