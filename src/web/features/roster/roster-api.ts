import { useQuery } from '@tanstack/react-query';
import type { RosterImportSummary, RosterReportData } from '../../../features/roster/roster-views.js';
import { api, withQuery } from '../../api/client.js';
import { uploadForm, type UploadProgress } from '../../api/upload.js';

export type { RosterImportSummary, RosterReportData };

export const rosterKeys = {
  history: (orgId: string) => ['roster', 'imports', orgId] as const,
};

export function useRosterHistory(orgId: string) {
  return useQuery({
    queryKey: rosterKeys.history(orgId),
    enabled: !!orgId,
    queryFn: ({ signal }) =>
      api.get<{ items: RosterImportSummary[] }>(withQuery('/api/v1/admin/roster/imports', { orgId }), {
        signal,
      }),
  });
}

/** Sends the files; a dry run only reports. OneRoster's files keep their names (users.csv, orgs.csv). */
export function uploadRoster(
  input: { orgId: string; files: File[]; dryRun: boolean; allowPartial: boolean; allowDepartures: boolean },
  onProgress: (p: UploadProgress) => void,
): Promise<RosterReportData> {
  const form = new FormData();
  form.append('orgId', input.orgId);
  form.append('dryRun', String(input.dryRun));
  form.append('allowPartial', String(input.allowPartial));
  form.append('allowDepartures', String(input.allowDepartures));
  for (const f of input.files) form.append('file', f, f.name);
  return uploadForm<RosterReportData>('/api/v1/admin/roster/imports', form, onProgress);
}

export const reportCsvUrl = (id: string) =>
  `/api/v1/admin/roster/imports/${encodeURIComponent(id)}/report.csv`;
