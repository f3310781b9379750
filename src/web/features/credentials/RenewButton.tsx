import { Button } from '../../components/Button.js';
import { Notice } from '../../components/Notice.js';
import { existingSubmissionId, useStartSubmission } from '../micro-credential/use-start-submission.js';

/** Starts earning the same micro-credential again, before this credential runs out. */
export function RenewButton({ microCredentialId, title }: { microCredentialId: string; title: string }) {
  const start = useStartSubmission(microCredentialId);
  return (
    <div className="space-y-2">
      <Button size="sm" icon="refresh" busy={start.isPending} onClick={() => start.mutate()}>
        Renew<span className="sr-only"> {title}</span>
      </Button>
      <div aria-live="assertive">
        {start.isError && !existingSubmissionId(start.error) ? (
          <Notice tone="error">{start.error.message}</Notice>
        ) : null}
      </div>
    </div>
  );
}
