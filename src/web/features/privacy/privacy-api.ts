import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AdminDataRequestView,
  DataRequestStatus,
  DataRequestView,
  RetentionView,
} from '../../../contracts/privacy.js';
import { networkError, toApiError } from '../../api/api-error.js';
import { api, reportUnauthenticated } from '../../api/client.js';
import { filenameFrom } from '../../api/download.js';

export type { AdminDataRequestView, DataRequestView, RetentionView };
export type DataRequestStatusId = z.infer<typeof DataRequestStatus>;

export const EXPORT_URL = '/api/v1/me/export.zip';
const MINE = '/api/v1/me/data-requests';
const ADMIN = '/api/v1/admin/data-requests';

export const privacyKeys = {
  mine: ['me', 'data-requests'] as const,
  admin: (status: DataRequestStatusId) => ['admin', 'data-requests', status] as const,
  retention: (orgId: string) => ['orgs', orgId, 'retention'] as const,
};

export function useMyDataRequests() {
  return useQuery({
    queryKey: privacyKeys.mine,
    queryFn: ({ signal }) => api.get<{ items: DataRequestView[] }>(MINE, { signal }),
  });
}

export function useRequestDeletion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      api.post<DataRequestView>(MINE, { kind: 'delete_account', ...(reason.trim() ? { reason } : {}) }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: privacyKeys.mine }),
  });
}

export function useCancelDataRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<DataRequestView>(`${MINE}/${encodeURIComponent(id)}`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: privacyKeys.mine }),
  });
}

export function useAdminDataRequests(status: DataRequestStatusId) {
  return useQuery({
    queryKey: privacyKeys.admin(status),
    queryFn: ({ signal }) =>
      api.get<{ items: AdminDataRequestView[] }>(`${ADMIN}?status=${status}`, { signal }),
  });
}

export function useCompleteDataRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<AdminDataRequestView>(`${ADMIN}/${encodeURIComponent(id)}/complete`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'data-requests'] }),
  });
}

const retentionUrl = (orgId: string) => `/api/v1/orgs/${encodeURIComponent(orgId)}/retention`;

export function useRetention(orgId: string) {
  return useQuery({
    queryKey: privacyKeys.retention(orgId),
    queryFn: ({ signal }) => api.get<RetentionView>(retentionUrl(orgId), { signal }),
  });
}

export function useSetRetention(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (months: number | null) => api.put<RetentionView>(retentionUrl(orgId), { months }),
    onSuccess: (view) => queryClient.setQueryData(privacyKeys.retention(orgId), view),
  });
}

/** Bytes of an export read here, with a progress bar; larger ones go to the browser's own download. */
export const IN_PAGE_LIMIT = 512 * 1024 * 1024;

export type ExportProgress = { received: number; total: number | null };

/**
 * Downloads the user's export with progress. The server sends its exact size, so a large export
 * (classroom video) is handed to the browser's own download, which writes to disk as it goes,
 * instead of being held in this page's memory. Resolves with how it was saved.
 */
export async function downloadExport(
  onProgress: (p: ExportProgress) => void,
  signal?: AbortSignal,
): Promise<'saved' | 'browser'> {
  let res: Response;
  try {
    res = await fetch(EXPORT_URL, { credentials: 'same-origin', signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw networkError();
  }
  if (!res.ok) {
    const error = toApiError(res.status, await res.json().catch(() => undefined));
    reportUnauthenticated(error);
    throw error;
  }
  const total = Number(res.headers.get('content-length')) || null;
  if (!res.body || (total !== null && total > IN_PAGE_LIMIT)) {
    await res.body?.cancel();
    window.location.assign(EXPORT_URL);
    return 'browser';
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  // A report every percent (every megabyte when the size is unknown), not every chunk.
  const every = total ? Math.max(1, Math.floor(total / 100)) : 1 << 20;
  let reported = 0;
  onProgress({ received, total });
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw networkError();
    }
    if (step.done) break;
    chunks.push(step.value);
    received += step.value.length;
    if (received - reported >= every) {
      reported = received;
      onProgress({ received, total });
    }
  }
  onProgress({ received, total });
  const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameFrom(res.headers.get('content-disposition'), 'microcred-export.zip');
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'saved';
}
