import { useMutation } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from '@tanstack/react-router';
import { ApiError, isRecord } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { Button, buttonClass } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { useMe } from '../auth/me.js';
import { hasRole } from '../auth/roles.js';

/** The submission the API already has for this educator, from a 409 ALREADY_EXISTS. */
function existingSubmissionId(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'ALREADY_EXISTS' || !isRecord(err.details)) return null;
  return typeof err.details.submissionId === 'string' ? err.details.submissionId : null;
}

/** "Start this micro-credential" for educators; a sign-in prompt for everyone else. */
export function StartSubmission({ microCredentialId }: { microCredentialId: string }) {
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();

  const start = useMutation({
    mutationFn: () => api.post<{ id: string }>('/api/v1/submissions', { microCredentialId }),
    onSuccess: (submission) => navigate({ to: '/submissions/$id', params: { id: submission.id } }),
    onError: (err) => {
      const id = existingSubmissionId(err);
      if (id) void navigate({ to: '/submissions/$id', params: { id } });
    },
  });

  if (me.isPending) return null;
  if (!me.data) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <Link to="/signin" search={{ next: location.href }} className={buttonClass('primary')}>
          Sign in to start
        </Link>
        <span className="text-sm text-slate-700">Educators sign in to start a submission.</span>
      </div>
    );
  }
  if (!hasRole(me.data, 'educator')) {
    return <p className="text-sm text-slate-700">Micro-credentials are earned with an educator account.</p>;
  }
  return (
    <div className="space-y-3">
      <Button icon="arrowRight" busy={start.isPending} onClick={() => start.mutate()}>
        Start this micro-credential
      </Button>
      <div aria-live="assertive">
        {start.isError && !existingSubmissionId(start.error) ? (
          <Notice tone="error">{start.error.message}</Notice>
        ) : null}
      </div>
    </div>
  );
}
