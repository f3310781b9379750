import { useQuery } from '@tanstack/react-query';
import type { MyCredentialView } from '../../api/types.js';
import { api } from '../../api/client.js';

export function useMyCredentials() {
  return useQuery({
    queryKey: ['me', 'credentials'],
    queryFn: ({ signal }) => api.get<{ items: MyCredentialView[] }>('/api/v1/me/credentials', { signal }),
  });
}
