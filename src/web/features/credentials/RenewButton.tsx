import { Button } from '../../components/Button.js';
import { useStartSubmission } from '../micro-credential/use-start-submission.js';
import { StartSubmissionError } from '../micro-credential/StartSubmissionError.js';

/** Starts earning the same micro-credential again, before this credential runs out. */
export function RenewButton({ microCredentialId, title }: { microCredentialId: string; title: string }) {
  const start = useStartSubmission(microCredentialId);
  return (
    <div className="space-y-2">
      <Button size="sm" icon="refresh" busy={start.isPending} onClick={() => start.mutate()}>
        Renew<span className="sr-only"> {title}</span>
      </Button>
      <StartSubmissionError start={start} />
    </div>
  );
}
