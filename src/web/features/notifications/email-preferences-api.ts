import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmailPreferences } from '../../../contracts/notifications.js';
import { api } from '../../api/client.js';

export type { EmailPreference, EmailPreferences } from '../../../contracts/notifications.js';

const PATH = '/api/v1/me/notification-preferences';
export const emailPreferenceKeys = { all: ['me', 'notification-preferences'] as const };
const saveKey = [...emailPreferenceKeys.all, 'save'] as const;

/** Which notifications the signed-in person is emailed about (those of their roles). */
export function useEmailPreferences() {
  return useQuery({
    queryKey: emailPreferenceKeys.all,
    queryFn: ({ signal }) => api.get<EmailPreferences>(PATH, { signal }),
  });
}

type Change = { kind: EmailPreferences['items'][number]['kind']; email: boolean };

const withChange = (page: EmailPreferences | undefined, change: Change) =>
  page && {
    items: page.items.map((i) => (i.kind === change.kind ? { ...i, email: change.email } : i)),
  };

/**
 * Saves one choice as soon as it changes: shown at once, put back if the server refuses. While
 * several saves are on their way, only the last answer replaces what is shown.
 */
export function useSaveEmailPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: saveKey,
    mutationFn: (change: Change) => api.put<EmailPreferences>(PATH, { items: [change] }),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: emailPreferenceKeys.all, exact: true });
      queryClient.setQueryData<EmailPreferences>(emailPreferenceKeys.all, (page) => withChange(page, change));
    },
    onError: (_error, change) => {
      queryClient.setQueryData<EmailPreferences>(emailPreferenceKeys.all, (page) =>
        withChange(page, { ...change, email: !change.email }),
      );
      void queryClient.invalidateQueries({ queryKey: emailPreferenceKeys.all, exact: true });
    },
    onSuccess: (page) => {
      if (queryClient.isMutating({ mutationKey: saveKey }) <= 1)
        queryClient.setQueryData(emailPreferenceKeys.all, page);
    },
  });
}
