import { Notice } from '../../components/Notice.js';
import { existingSubmissionId, type useStartSubmission } from './use-start-submission.js';

/**
 * Why starting failed, announced; nothing when the answer was "already started" (the hook then
 * opens that submission instead).
 */
export function StartSubmissionError({ start }: { start: ReturnType<typeof useStartSubmission> }) {
  return (
    <div aria-live="assertive">
      {start.isError && !existingSubmissionId(start.error) ? (
        <Notice tone="error">{start.error.message}</Notice>
      ) : null}
    </div>
  );
}
