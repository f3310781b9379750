import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { ApiError, errorMessage } from '../../api/api-error.js';
import { api } from '../../api/client.js';
import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';

export const noSeatsLeft = (err: unknown) => err instanceof ApiError && err.code === 'NO_SEATS_LEFT';

/**
 * Every funded seat on a paid micro-credential is taken: say so, and let the educator start anyway
 * by confirming they pay themselves.
 */
export function SelfPayOffer({ microCredentialId, message }: { microCredentialId: string; message: string }) {
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: () => api.post<{ id: string }>('/api/v1/submissions', { microCredentialId, selfPay: true }),
    onSuccess: (s) => navigate({ to: '/submissions/$id', params: { id: s.id } }),
  });
  return (
    <div aria-live="assertive" className="space-y-2">
      <Notice tone="warning" title="No funded seat left">
        {message}
      </Notice>
      <Button variant="secondary" busy={start.isPending} onClick={() => start.mutate()}>
        Start and pay myself
      </Button>
      {start.isError ? <Notice tone="error">{errorMessage(start.error)}</Notice> : null}
    </div>
  );
}
