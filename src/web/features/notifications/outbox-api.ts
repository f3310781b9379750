import { useQuery } from '@tanstack/react-query';
import type { OutboxPage, OutboxStatus } from '../../../contracts/notifications.js';
import { api, withQuery } from '../../api/client.js';

export type { OutboxItem, OutboxPage, OutboxStatus } from '../../../contracts/notifications.js';

/** Emails per page of the outbox. */
export const OUTBOX_PAGE = 25;

/** The platform's emails, newest first, a page at a time (platform admins). */
export function useOutbox(status: OutboxStatus | undefined, offset: number) {
  return useQuery({
    queryKey: ['admin', 'outbox', status ?? 'all', offset] as const,
    queryFn: ({ signal }) =>
      api.get<OutboxPage>(withQuery('/api/v1/admin/outbox', { status, limit: OUTBOX_PAGE, offset }), {
        signal,
      }),
    placeholderData: (prev) => prev,
  });
}
