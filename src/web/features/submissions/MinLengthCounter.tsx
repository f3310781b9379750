import { Icon } from '../../components/Icon.js';
import { minLengthStatus } from './min-length.js';

/**
 * A live "12 / 30 characters · 18 more needed" under a text box with a minimum length. The
 * visible count updates on every key; screen readers hear only when the minimum is met or lost
 * (the exact count is in the field's description, read on focus), so typing is not interrupted.
 */
export function MinLengthCounter({ text, min, id }: { text: string; min: number; id?: string }) {
  const status = minLengthStatus(text, min);
  return (
    <div id={id} className="text-sm font-medium tabular-nums">
      <span
        className={`inline-flex items-center gap-1 ${status.met ? 'text-emerald-800' : 'text-slate-700'}`}
      >
        {min > 0 && status.met ? <Icon name="check" className="h-4 w-4" /> : null}
        {status.text}
      </span>
      <span aria-live="polite" className="sr-only">
        {min > 0 && status.met ? 'Minimum length met.' : ''}
      </span>
    </div>
  );
}
