import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ApiError, isRecord } from '../../api/api-error.js';
import { api } from '../../api/client.js';

/** The submission the API already has for this educator, from a 409 ALREADY_EXISTS. */
export function existingSubmissionId(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'ALREADY_EXISTS' || !isRecord(err.details)) return null;
  return typeof err.details.submissionId === 'string' ? err.details.submissionId : null;
}

/**
 * Starts a submission for a micro-credential and opens its workspace — or opens the one already
 * under way. Used to start from the catalog and to renew a credential that is about to expire.
 */
export function useStartSubmission(microCredentialId: string) {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => api.post<{ id: string }>('/api/v1/submissions', { microCredentialId }),
    onSuccess: (submission) => navigate({ to: '/submissions/$id', params: { id: submission.id } }),
    onError: (err) => {
      const id = existingSubmissionId(err);
      if (id) void navigate({ to: '/submissions/$id', params: { id } });
    },
  });
}
