import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { StaffProgress, StaffProgressPage } from '../../../contracts/orgs.js';
import { api, withQuery } from '../../api/client.js';

export type StaffProgressRow = StaffProgress;
export type StaffProgressPageView = z.infer<typeof StaffProgressPage>;
export type StaffProgressTotals = StaffProgressPageView['totals'];

/** Educators per page of the staff progress table. */
export const STAFF_PROGRESS_PAGE = 25;

export const staffProgressKey = (q: string, offset: number) => ['admin', 'progress', q, offset] as const;

/** Where each educator in the admin's scope stands, a page at a time, with totals for the search. */
export function useStaffProgress(q: string, offset: number) {
  return useQuery({
    queryKey: staffProgressKey(q, offset),
    queryFn: ({ signal }) =>
      api.get<StaffProgressPageView>(
        withQuery('/api/v1/admin/progress', { q, limit: STAFF_PROGRESS_PAGE, offset }),
        { signal },
      ),
    placeholderData: (prev) => prev,
  });
}
