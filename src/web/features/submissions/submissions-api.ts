import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AppealResult } from '../../../contracts/assessment.js';
import type {
  ArtifactView,
  DraftVersionSummary,
  DraftVersionView,
  SubmissionSummary,
  SubmissionView,
} from '../../../contracts/submissions.js';
import { api, withQuery, type ListPage } from '../../api/client.js';
import type { AppealInfo } from './appeal-rules.js';

/**
 * The appeal fields the submission view carries (issue 4), read defensively: optional here so
 * the page works against a server that does not send them yet.
 */
export type AppealFields = { appeal?: AppealInfo | null; canAppeal?: boolean };
export type AppealResultView = z.infer<typeof AppealResult>;

export const submissionKeys = {
  all: ['submissions'] as const,
  one: (id: string) => ['submissions', id] as const,
  drafts: (id: string) => ['submissions', id, 'drafts'] as const,
  draft: (id: string, revision: number) => ['submissions', id, 'drafts', revision] as const,
};

const base = (id: string) => `/api/v1/submissions/${encodeURIComponent(id)}`;

export function useMySubmissions() {
  return useQuery({
    queryKey: submissionKeys.all,
    queryFn: ({ signal }) =>
      api.get<ListPage<SubmissionSummary>>(withQuery('/api/v1/submissions', { limit: 100 }), { signal }),
  });
}

export const fetchSubmission = (id: string, signal?: AbortSignal) =>
  api.get<SubmissionView>(base(id), { signal });

export function useSubmission(id: string) {
  return useQuery({ queryKey: submissionKeys.one(id), queryFn: ({ signal }) => fetchSubmission(id, signal) });
}

/** The saved versions of the current draft, newest first; fetched while `enabled` (the drawer is open). */
export function useDraftVersions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: submissionKeys.drafts(id),
    queryFn: ({ signal }) => api.get<ListPage<DraftVersionSummary>>(`${base(id)}/drafts`, { signal }),
    enabled,
    staleTime: 0,
  });
}

/** One saved version in full (immutable once saved, so it is kept as long as the page lives). */
export function useDraftVersion(id: string, revision: number | null) {
  return useQuery({
    queryKey: submissionKeys.draft(id, revision ?? -1),
    queryFn: ({ signal }) => api.get<DraftVersionView>(`${base(id)}/drafts/${revision}`, { signal }),
    enabled: revision !== null,
    staleTime: Infinity,
  });
}

export type DraftPatch = {
  revision: number;
  answers?: {
    part1?: Record<string, string>;
    part3?: Record<string, string>;
    /** Published with the credential if earned; an empty text removes it. */
    publicSummary?: string;
  };
  attestation?: { ownWork?: boolean; studentPrivacy?: boolean };
  resubmissionNote?: string;
};

export type AddArtifact =
  | { kind: 'text'; requirementId: string; title: string; text: string }
  | { kind: 'link'; requirementId: string; title: string; url: string };

export const submissionsApi = {
  saveDraft: (id: string, patch: DraftPatch) =>
    api.patch<{ revision: number; updatedAt: string }>(`${base(id)}/draft`, patch),
  /** Makes a saved version the draft again, as a new revision; `from` is the revision this page has. */
  restoreDraft: (id: string, revision: number, from: number) =>
    api.post<{ revision: number; updatedAt: string }>(`${base(id)}/drafts/${revision}/restore`, {
      revision: from,
    }),
  addArtifact: (id: string, body: AddArtifact) => api.post<ArtifactView>(`${base(id)}/artifacts`, body),
  deleteArtifact: (id: string, artifactId: string) =>
    api.delete(`${base(id)}/artifacts/${encodeURIComponent(artifactId)}`),
  submit: (id: string) => api.post<{ status: string }>(`${base(id)}/submit`),
  resubmit: (id: string, note: string) => api.post<unknown>(`${base(id)}/resubmit`, { note }),
  withdraw: (id: string) => api.post<unknown>(`${base(id)}/withdraw`),
  /** A "not yet" appealed once, with the educator's reason; a senior assessor decides. */
  appeal: (id: string, reason: string) => api.post<AppealResultView>(`${base(id)}/appeal`, { reason }),
};
