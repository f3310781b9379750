import { useMutation, useQuery } from '@tanstack/react-query';
import type { MyCredentialView } from '../../api/types.js';
import { api } from '../../api/client.js';
import { downloadFile } from '../../api/download.js';

export const credentialKeys = { mine: ['me', 'credentials'] as const };

export function useMyCredentials() {
  return useQuery({
    queryKey: credentialKeys.mine,
    queryFn: ({ signal }) => api.get<{ items: MyCredentialView[] }>('/api/v1/me/credentials', { signal }),
  });
}

/** The educator's whole record as a signed CLR 2.0 file (409 when nothing is in good standing). */
export function useDownloadClr() {
  return useMutation({
    mutationFn: () => downloadFile('/api/v1/me/clr', 'learner-record.clr.json'),
  });
}
