import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  LicenseBody,
  LicensesView,
  LicenseView,
  PolicyBody,
  PolicyView,
  RenewalView,
  StaffRenewalPage,
} from '../../../contracts/renewal.js';
import { api, withQuery } from '../../api/client.js';
import { useMe } from '../auth/me.js';
import { hasRole } from '../auth/roles.js';

export type { LicenseView, PolicyView, RenewalView };
export type LicenseInput = z.input<typeof LicenseBody>;
export type PolicyInput = z.input<typeof PolicyBody>;
export type LicensesData = z.infer<typeof LicensesView>;
export type StaffRenewalData = z.infer<typeof StaffRenewalPage>;

export const RENEWAL_URL = '/api/v1/me/renewal';
export const transcriptUrl = (format: 'csv' | 'pdf', userId?: string) =>
  userId
    ? `/api/v1/admin/people/${encodeURIComponent(userId)}/renewal/transcript.${format}`
    : `${RENEWAL_URL}/transcript.${format}`;

export const renewalKeys = {
  mine: (licenseId?: string) => ['me', 'renewal', licenseId ?? 'primary'] as const,
  hours: ['me', 'renewal-hours'] as const,
  licenses: ['me', 'licenses'] as const,
  policies: ['admin', 'renewal-policies'] as const,
  staff: (q: string, offset: number) => ['admin', 'renewal', q, offset] as const,
  person: (userId: string) => ['admin', 'renewal-person', userId] as const,
};

export function useMyRenewal(licenseId?: string) {
  return useQuery({
    queryKey: renewalKeys.mine(licenseId),
    queryFn: ({ signal }) => api.get<RenewalView>(withQuery(RENEWAL_URL, { licenseId }), { signal }),
  });
}

/**
 * Hours each micro-credential would count toward the signed-in educator's renewal. Asked only for
 * educators, and apart from the (publicly cached) catalog pages.
 */
export function useRenewalHours() {
  const me = useMe();
  return useQuery({
    queryKey: renewalKeys.hours,
    enabled: hasRole(me.data, 'educator'),
    queryFn: ({ signal }) => api.get<{ hours: Record<string, number> }>(`${RENEWAL_URL}/hours`, { signal }),
    staleTime: 5 * 60_000,
  });
}

export function useLicenses() {
  return useQuery({
    queryKey: renewalKeys.licenses,
    queryFn: ({ signal }) => api.get<LicensesData>('/api/v1/me/licenses', { signal }),
  });
}

function useInvalidateMine() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: renewalKeys.licenses }),
      queryClient.invalidateQueries({ queryKey: ['me', 'renewal'] }),
      queryClient.invalidateQueries({ queryKey: renewalKeys.hours }),
    ]);
}

export function useSaveLicense() {
  const invalidate = useInvalidateMine();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: LicenseInput }) =>
      id
        ? api.put<LicenseView>(`/api/v1/me/licenses/${encodeURIComponent(id)}`, body)
        : api.post<LicenseView>('/api/v1/me/licenses', body),
    onSettled: invalidate,
  });
}

export function useDeleteLicense() {
  const invalidate = useInvalidateMine();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/me/licenses/${encodeURIComponent(id)}`),
    onSettled: invalidate,
  });
}

export function usePolicies() {
  return useQuery({
    queryKey: renewalKeys.policies,
    queryFn: ({ signal }) => api.get<{ items: PolicyView[] }>('/api/v1/admin/renewal/policies', { signal }),
  });
}

function useInvalidateAdmin() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['admin'] });
}

export function useSavePolicy() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: PolicyInput }) =>
      id
        ? api.put<PolicyView>(`/api/v1/admin/renewal/policies/${encodeURIComponent(id)}`, body)
        : api.post<PolicyView>('/api/v1/admin/renewal/policies', body),
    onSettled: invalidate,
  });
}

export function useRetirePolicy() {
  const invalidate = useInvalidateAdmin();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<PolicyView>(`/api/v1/admin/renewal/policies/${encodeURIComponent(id)}/retire`),
    onSettled: invalidate,
  });
}

/** Staff per page of the renewal table. */
export const STAFF_RENEWAL_PAGE = 25;

export function useStaffRenewal(q: string, offset: number) {
  return useQuery({
    queryKey: renewalKeys.staff(q, offset),
    queryFn: ({ signal }) =>
      api.get<StaffRenewalData>(
        withQuery('/api/v1/admin/renewal', { q, limit: STAFF_RENEWAL_PAGE, offset }),
        {
          signal,
        },
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePersonRenewal(userId: string | null) {
  return useQuery({
    queryKey: renewalKeys.person(userId ?? ''),
    enabled: !!userId,
    queryFn: ({ signal }) =>
      api.get<RenewalView & { person: { name: string; email: string } }>(
        `/api/v1/admin/people/${encodeURIComponent(userId!)}/renewal`,
        { signal },
      ),
  });
}

/** Hours with at most 2 decimals: 6, 6.5, 6.25. */
export const hoursText = (h: number) => {
  const n = Math.round(h * 100) / 100;
  return `${n.toLocaleString(undefined, { maximumFractionDigits: 2 })} ${n === 1 ? 'hour' : 'hours'}`;
};
