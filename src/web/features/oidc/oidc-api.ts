import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreateProviderBody,
  DiscoveryCheckView,
  EmailView,
  LinkedAccountsView,
  ProviderView,
  PublicProviderView,
  UpdateProviderBody,
} from '../../../contracts/oidc.js';
import { api, request } from '../../api/client.js';

export const oidcKeys = {
  publicProviders: ['auth', 'providers'] as const,
  adminProviders: ['admin', 'sign-in-providers'] as const,
  identities: ['me', 'identities'] as const,
  emails: ['me', 'emails'] as const,
};

/** Where a "Sign in with …" button goes: a full page load, the server redirects to the provider. */
export const startUrl = (slug: string, opts: { next?: string; link?: boolean } = {}) => {
  const params = new URLSearchParams();
  if (opts.next) params.set('next', opts.next);
  if (opts.link) params.set('link', '1');
  const qs = params.toString();
  return `/auth/oidc/${encodeURIComponent(slug)}/start${qs ? `?${qs}` : ''}`;
};

export function usePublicProviders() {
  return useQuery({
    queryKey: oidcKeys.publicProviders,
    queryFn: ({ signal }) =>
      request<{ items: PublicProviderView[] }>('/api/v1/auth/providers', { signal, allowAnonymous: true }),
    staleTime: 60_000,
  });
}

export function useAdminProviders() {
  return useQuery({
    queryKey: oidcKeys.adminProviders,
    queryFn: ({ signal }) =>
      api.get<{ items: ProviderView[] }>('/api/v1/admin/sign-in-providers', { signal }),
  });
}

export function useCreateProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateProviderBody) => api.post<ProviderView>('/api/v1/admin/sign-in-providers', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'sign-in-providers'] }),
  });
}

export function useUpdateProvider(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateProviderBody) =>
      api.patch<ProviderView>(`/api/v1/admin/sign-in-providers/${encodeURIComponent(id)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin', 'sign-in-providers'] }),
  });
}

export function useCheckDiscovery(id: string) {
  return useMutation({
    mutationFn: () =>
      api.post<DiscoveryCheckView>(`/api/v1/admin/sign-in-providers/${encodeURIComponent(id)}/check`),
  });
}

export function useMyIdentities() {
  return useQuery({
    queryKey: oidcKeys.identities,
    queryFn: ({ signal }) => api.get<LinkedAccountsView>('/api/v1/me/identities', { signal }),
  });
}

export function useMyEmails() {
  return useQuery({
    queryKey: oidcKeys.emails,
    queryFn: ({ signal }) => api.get<{ items: EmailView[] }>('/api/v1/me/emails', { signal }),
  });
}

export function useUnlinkIdentity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/me/identities/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}

export function useRemoveEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => api.delete(`/api/v1/me/emails/${encodeURIComponent(email)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
