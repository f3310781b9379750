import { useQuery } from '@tanstack/react-query';
import type { MeView } from '../../../contracts/auth.js';
import { ApiError } from '../../api/api-error.js';
import { request } from '../../api/client.js';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when nobody is signed in. */
export async function fetchMe(): Promise<MeView | null> {
  try {
    return await request<MeView>('/api/v1/me', { allowAnonymous: true });
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000 });
}
