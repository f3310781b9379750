import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AnchorCandidate as AnchorCandidateSchema,
  AnchorView,
  AssessmentDashboard,
  AssessmentSettings,
  AuditEntryView,
  CreateAnchorBody,
  CreateFeedbackTemplateBody,
  FeedbackTemplate as FeedbackTemplateSchema,
  OpenReview,
  PoolMember,
  ReassignBody,
  SetQualificationBody,
  UpdateAssessorBody,
} from '../../../contracts/assessment.js';
import { api, withQuery } from '../../api/client.js';
import { useAuthoredList } from '../authoring/authoring-api.js';

export type { AnchorView, AssessmentDashboard, AssessmentSettings, AuditEntryView, OpenReview, PoolMember };
export type AnchorCandidate = z.infer<typeof AnchorCandidateSchema>;
export type FeedbackTemplate = z.infer<typeof FeedbackTemplateSchema>;
export type ReassignInput = z.input<typeof ReassignBody>;
export type AssessorUpdate = z.infer<typeof UpdateAssessorBody>;
export type QualificationChange = z.infer<typeof SetQualificationBody>['status'];
export type NewAnchor = z.infer<typeof CreateAnchorBody>;
export type NewFeedbackTemplate = z.infer<typeof CreateFeedbackTemplateBody>;

type Items<T> = { items: T[] };

/** How many audit entries one page asks for. */
export const AUDIT_PAGE_SIZE = 50;

const issuerPath = (issuerId: string) => `/api/v1/issuers/${encodeURIComponent(issuerId)}`;
const templatesPath = (mcId: string) =>
  `/api/v1/micro-credentials/${encodeURIComponent(mcId)}/feedback-templates`;

/** The whole CSV export of the audit log, for a plain download link. */
export const auditCsvUrl = (issuerId: string) => `${issuerPath(issuerId)}/audit.csv`;

/** Everything under ['assessment', issuerId] is about one issuer's assessment, refreshed together. */
export const assessmentKeys = {
  all: (issuerId: string) => ['assessment', issuerId] as const,
  settings: (issuerId: string) => ['assessment', issuerId, 'settings'] as const,
  pool: (issuerId: string) => ['assessment', issuerId, 'pool'] as const,
  open: (issuerId: string) => ['assessment', issuerId, 'open'] as const,
  dashboard: (issuerId: string, days: number) => ['assessment', issuerId, 'dashboard', days] as const,
  audit: (issuerId: string) => ['assessment', issuerId, 'audit'] as const,
  anchors: (issuerId: string) => ['assessment', issuerId, 'anchors'] as const,
  candidates: (issuerId: string, mcId: string) => ['assessment', issuerId, 'candidates', mcId] as const,
  templates: (mcId: string) => ['feedback-templates', mcId] as const,
};

/** After any change, every view of the issuer's assessment (and its audit log) is refetched. */
function useRefreshIssuer(issuerId: string) {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: assessmentKeys.all(issuerId) });
}

export function useAssessmentSettings(issuerId: string) {
  return useQuery({
    queryKey: assessmentKeys.settings(issuerId),
    queryFn: ({ signal }) =>
      api.get<AssessmentSettings>(`${issuerPath(issuerId)}/assessment/settings`, { signal }),
  });
}

export function useSaveSettings(issuerId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshIssuer(issuerId);
  return useMutation({
    mutationFn: (settings: AssessmentSettings) =>
      api.put<AssessmentSettings>(`${issuerPath(issuerId)}/assessment/settings`, settings),
    onSuccess: (saved) => {
      queryClient.setQueryData(assessmentKeys.settings(issuerId), saved);
      refresh();
    },
  });
}

export function usePool(issuerId: string) {
  return useQuery({
    queryKey: assessmentKeys.pool(issuerId),
    queryFn: ({ signal }) => api.get<Items<PoolMember>>(`${issuerPath(issuerId)}/assessors`, { signal }),
    select: (data) => data.items,
  });
}

/** Pool changes answer with the member as it is now; it replaces the cached one at once. */
function usePoolMutation<A>(issuerId: string, fn: (arg: A) => Promise<PoolMember>) {
  const queryClient = useQueryClient();
  const refresh = useRefreshIssuer(issuerId);
  return useMutation({
    mutationFn: fn,
    onSuccess: (member) => {
      queryClient.setQueryData<Items<PoolMember>>(assessmentKeys.pool(issuerId), (data) =>
        data ? { items: data.items.map((m) => (m.id === member.id ? member : m)) } : data,
      );
      refresh();
    },
  });
}

export const useUpdateAssessor = (issuerId: string) =>
  usePoolMutation(issuerId, ({ userId, body }: { userId: string; body: AssessorUpdate }) =>
    api.put<PoolMember>(`${issuerPath(issuerId)}/assessors/${encodeURIComponent(userId)}`, body),
  );

export const useSetQualification = (issuerId: string) =>
  usePoolMutation(
    issuerId,
    ({ userId, mcId, status }: { userId: string; mcId: string; status: QualificationChange }) =>
      api.put<PoolMember>(
        `${issuerPath(issuerId)}/assessors/${encodeURIComponent(userId)}/qualifications/${encodeURIComponent(mcId)}`,
        { status },
      ),
  );

export function useOpenReviews(issuerId: string) {
  return useQuery({
    queryKey: assessmentKeys.open(issuerId),
    queryFn: ({ signal }) =>
      api.get<Items<OpenReview>>(`${issuerPath(issuerId)}/assessment/open`, { signal }),
    select: (data) => data.items,
  });
}

export function useReassign(issuerId: string) {
  const refresh = useRefreshIssuer(issuerId);
  return useMutation({
    mutationFn: ({ reviewId, body }: { reviewId: string; body: ReassignInput }) =>
      api.post<{ assessorId: string | null }>(
        `${issuerPath(issuerId)}/assessment/reviews/${encodeURIComponent(reviewId)}/reassign`,
        body,
      ),
    onSuccess: refresh,
  });
}

export function useDashboard(issuerId: string, days: number) {
  return useQuery({
    queryKey: assessmentKeys.dashboard(issuerId, days),
    queryFn: ({ signal }) =>
      api.get<AssessmentDashboard>(withQuery(`${issuerPath(issuerId)}/assessment/dashboard`, { days }), {
        signal,
      }),
  });
}

/** The audit log, newest first; each further page continues before the oldest entry shown. */
export function useAuditLog(issuerId: string) {
  return useInfiniteQuery({
    queryKey: assessmentKeys.audit(issuerId),
    initialPageParam: undefined as { before: string; beforeId: string } | undefined,
    queryFn: ({ signal, pageParam }) =>
      api.get<Items<AuditEntryView>>(
        withQuery(`${issuerPath(issuerId)}/audit`, { ...pageParam, limit: AUDIT_PAGE_SIZE }),
        { signal },
      ),
    getNextPageParam: (last) => {
      const oldest = last.items[last.items.length - 1];
      return last.items.length < AUDIT_PAGE_SIZE || !oldest
        ? undefined
        : { before: oldest.at, beforeId: oldest.id };
    },
  });
}

export function useAnchors(issuerId: string) {
  return useQuery({
    queryKey: assessmentKeys.anchors(issuerId),
    queryFn: ({ signal }) => api.get<Items<AnchorView>>(`${issuerPath(issuerId)}/anchors`, { signal }),
    select: (data) => data.items,
  });
}

export function useAnchorCandidates(issuerId: string, mcId: string | null) {
  return useQuery({
    queryKey: assessmentKeys.candidates(issuerId, mcId ?? ''),
    queryFn: ({ signal }) =>
      api.get<Items<AnchorCandidate>>(
        withQuery(`${issuerPath(issuerId)}/anchor-candidates`, { microCredentialId: mcId }),
        { signal },
      ),
    select: (data) => data.items,
    enabled: !!mcId,
  });
}

export function useCreateAnchor(issuerId: string) {
  const refresh = useRefreshIssuer(issuerId);
  return useMutation({
    mutationFn: (body: NewAnchor) => api.post<AnchorView>(`${issuerPath(issuerId)}/anchors`, body),
    onSuccess: refresh,
  });
}

export function useRetireAnchor(issuerId: string) {
  const refresh = useRefreshIssuer(issuerId);
  return useMutation({
    mutationFn: (anchorId: string) =>
      api.delete(`${issuerPath(issuerId)}/anchors/${encodeURIComponent(anchorId)}`),
    onSuccess: refresh,
  });
}

export function useFeedbackTemplates(mcId: string | null) {
  return useQuery({
    queryKey: assessmentKeys.templates(mcId ?? ''),
    queryFn: ({ signal }) => api.get<Items<FeedbackTemplate>>(templatesPath(mcId!), { signal }),
    select: (data) => data.items,
    enabled: !!mcId,
  });
}

export function useCreateTemplate(mcId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewFeedbackTemplate) => api.post<FeedbackTemplate>(templatesPath(mcId), body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: assessmentKeys.templates(mcId) }),
  });
}

export function useDeleteTemplate(mcId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (templateId: string) =>
      api.delete(`${templatesPath(mcId)}/${encodeURIComponent(templateId)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: assessmentKeys.templates(mcId) }),
  });
}

/** The issuer's published micro-credentials (for choosing one), from the authoring list. */
export function useIssuerMicroCredentials(issuerId: string) {
  const list = useAuthoredList();
  const items = (list.data?.items ?? [])
    .filter((m) => m.issuer.id === issuerId && m.currentVersion !== null)
    .map((m) => ({ id: m.id, title: m.title }))
    .sort((a, b) => a.title.localeCompare(b.title));
  return { ...list, items };
}
