import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { request } from '../../api/client.js';
import { meQueryKey } from './me.js';

/** Ends the session, forgets everything cached for this user, and returns to the catalog. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => request<void>('/api/v1/auth/logout', { method: 'POST', allowAnonymous: true }),
    onSettled: async () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
      await navigate({ to: '/' });
    },
  });
}
