import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NotificationList, NotificationView } from '../../../contracts/account.js';
import { api } from '../../api/client.js';

export type { NotificationView };
export type NotificationsPage = NotificationList;

export const notificationKeys = { all: ['me', 'notifications'] as const };

/**
 * The signed-in user's latest notifications. Polled gently so the header bell notices a
 * revocation or a re-signed credential without a reload.
 */
export function useNotifications(enabled = true) {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: ({ signal }) => api.get<NotificationsPage>('/api/v1/me/notifications', { signal }),
    enabled,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/v1/me/notifications/read'),
    onSuccess: () => {
      // Show them read at once; the refetch confirms.
      queryClient.setQueryData<NotificationsPage>(notificationKeys.all, (page) =>
        page ? { unread: 0, items: page.items.map((n) => ({ ...n, read: true })) } : page,
      );
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}

/** "3 unread notifications" — the bell's accessible name. */
export function bellLabel(unread: number): string {
  if (unread <= 0) return 'Notifications';
  return `Notifications, ${unread > 99 ? 'more than 99' : unread} unread`;
}

/**
 * Where a notification leads: only this site's own paths (or its own origin), never elsewhere —
 * a notification's text is written by the server, but the link is followed in our page.
 */
export function safeLink(link: string | null, origin: string): string | null {
  if (!link) return null;
  if (link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\')) return link;
  try {
    const url = new URL(link);
    return url.origin === origin ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}
