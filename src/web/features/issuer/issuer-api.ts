import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IssuedCredential,
  IssuedCredentialPage,
  IssuerKeysView,
  StatusChange,
} from '../../../contracts/credentials.js';
import { api, withQuery } from '../../api/client.js';
import { credentialKeys } from '../credentials/credentials-api.js';
import { notificationKeys } from '../notifications/notifications-api.js';

export type IssuedStatus = IssuedCredential['status'];
/** The statuses the list can be filtered by ("" = any). */
export type IssuedStatusFilter = '' | IssuedStatus;

export type { IssuedCredential, StatusChange };
export type IssuedPage = IssuedCredentialPage;
export type IssuedQuery = { status: IssuedStatusFilter; q: string; page: number };

export type StatusAction = 'revoke' | 'suspend' | 'unsuspend';
export type IssuerKeys = IssuerKeysView;
export type IssuerKey = IssuerKeys['keys'][number];
export type DidMethod = IssuerKeys['didMethod'];

const issuerPath = (issuerId: string) => `/api/v1/issuers/${encodeURIComponent(issuerId)}`;

export const issuerKeys = {
  credentials: (issuerId: string) => ['issuer', issuerId, 'credentials'] as const,
  credentialPage: (issuerId: string, q: IssuedQuery) => ['issuer', issuerId, 'credentials', q] as const,
  keys: (issuerId: string) => ['issuer', issuerId, 'keys'] as const,
};

export function useIssuedCredentials(issuerId: string, query: IssuedQuery) {
  return useQuery({
    queryKey: issuerKeys.credentialPage(issuerId, query),
    queryFn: ({ signal }) =>
      api.get<IssuedPage>(withQuery(`${issuerPath(issuerId)}/credentials`, query), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Revoke, suspend or lift a suspension; every list that shows a status is refreshed at once. */
export function useChangeStatus(issuerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: StatusAction; reason?: string }) =>
      api.post<StatusChange>(
        `/api/v1/credentials/${encodeURIComponent(id)}/${action}`,
        action === 'unsuspend' ? {} : { reason },
      ),
    onSuccess: (change) => {
      // Show the new status on the row right away, then refetch every page of the list.
      queryClient.setQueriesData<IssuedPage>({ queryKey: issuerKeys.credentials(issuerId) }, (page) =>
        page
          ? {
              ...page,
              items: page.items.map((c) =>
                c.id === change.id
                  ? {
                      ...c,
                      status: change.status,
                      statusReason: change.reason,
                      statusChangedAt: change.changedAt,
                    }
                  : c,
              ),
            }
          : page,
      );
      void queryClient.invalidateQueries({ queryKey: issuerKeys.credentials(issuerId) });
      void queryClient.invalidateQueries({ queryKey: credentialKeys.mine });
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}

export function useIssuerKeys(issuerId: string) {
  return useQuery({
    queryKey: issuerKeys.keys(issuerId),
    queryFn: ({ signal }) => api.get<IssuerKeys>(`${issuerPath(issuerId)}/keys`, { signal }),
  });
}

/** Key operations answer with the whole new key set; it replaces what is cached. */
function useKeysMutation<A, R extends IssuerKeys>(issuerId: string, fn: (arg: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (keys) => {
      queryClient.setQueryData(issuerKeys.keys(issuerId), {
        didMethod: keys.didMethod,
        did: keys.did,
        keys: keys.keys,
      });
      void queryClient.invalidateQueries({ queryKey: issuerKeys.credentials(issuerId) });
    },
  });
}

export const useRotateKey = (issuerId: string) =>
  useKeysMutation(issuerId, () => api.post<IssuerKeys>(`${issuerPath(issuerId)}/keys/rotate`));

export const useRetireCompromised = (issuerId: string) =>
  useKeysMutation(issuerId, (keyRowId: string) =>
    api.post<IssuerKeys & { reissued: number }>(
      `${issuerPath(issuerId)}/keys/${encodeURIComponent(keyRowId)}/compromised`,
    ),
  );

export const useSetIdentity = (issuerId: string) =>
  useKeysMutation(issuerId, (didMethod: DidMethod) =>
    api.put<IssuerKeys>(`${issuerPath(issuerId)}/identity`, { didMethod }),
  );
