import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreatedToken, TokenView } from '../../../contracts/account.js';
import { api } from '../../api/client.js';

export type ApiTokenView = TokenView;
export type NewApiToken = CreatedToken;

export const tokenKeys = { all: ['me', 'tokens'] as const };

export function useApiTokens() {
  return useQuery({
    queryKey: tokenKeys.all,
    queryFn: ({ signal }) => api.get<{ items: ApiTokenView[] }>('/api/v1/me/tokens', { signal }),
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<NewApiToken>('/api/v1/me/tokens', { name }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/me/tokens/${encodeURIComponent(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tokenKeys.all }),
  });
}
