import { errorMessage } from '../api/api-error.js';
import { Button } from './Button.js';
import { Icon } from './Icon.js';

type Props = { error: unknown; onRetry?: () => void; title?: string };

/** A failed load: what went wrong, in the API's own words, and a way to try again. */
export function ErrorState({ error, onRetry, title = 'This could not be loaded' }: Props) {
  return (
    <div
      role="alert"
      className="card flex flex-col items-start gap-3 border-red-200 p-5 sm:flex-row sm:items-center"
    >
      <Icon name="alert" className="h-6 w-6 text-red-700" />
      <div className="min-w-0 flex-1">
        <p className="font-semibold text-slate-900">{title}</p>
        <p className="text-slate-700">{errorMessage(error)}</p>
      </div>
      {onRetry ? (
        <Button variant="secondary" icon="refresh" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
