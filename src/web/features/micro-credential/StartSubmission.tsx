import { Link, useLocation } from '@tanstack/react-router';
import { Button, buttonClass } from '../../components/Button.js';
import { useMe } from '../auth/me.js';
import { hasRole } from '../auth/roles.js';
import { useStartSubmission } from './use-start-submission.js';
import { StartSubmissionError } from './StartSubmissionError.js';
import { FundedSeatNote } from './FundedSeatNote.js';
import { SelfPayOffer, noSeatsLeft } from './SelfPayOffer.js';

/** "Start this micro-credential" for educators; a sign-in prompt for everyone else. */
export function StartSubmission({ microCredentialId }: { microCredentialId: string }) {
  const me = useMe();
  const location = useLocation();
  const start = useStartSubmission(microCredentialId);

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
      <FundedSeatNote microCredentialId={microCredentialId} />
      {noSeatsLeft(start.error) ? (
        <SelfPayOffer microCredentialId={microCredentialId} message={start.error!.message} />
      ) : (
        <StartSubmissionError start={start} />
      )}
    </div>
  );
}
