import { formatTime } from '../lib/format.js';
import { Spinner } from './Button.js';
import { Icon } from './Icon.js';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; message: string; retrying: boolean }
  | { kind: 'conflict' };

/** "Saving… / Saved at 10:42 / Couldn't save — retrying", announced politely as it changes. */
export function SaveIndicator({ state }: { state: SaveState }) {
  return (
    <p role="status" aria-live="polite" className="flex min-h-6 items-center gap-1.5 text-sm">
      {state.kind === 'pending' ? <span className="text-slate-600">Unsaved changes</span> : null}
      {state.kind === 'saving' ? (
        <span className="flex items-center gap-1.5 text-slate-700">
          <Spinner className="h-3.5 w-3.5" /> Saving…
        </span>
      ) : null}
      {state.kind === 'saved' ? (
        <span className="flex items-center gap-1.5 text-emerald-800">
          <Icon name="check" className="h-4 w-4" /> Saved at {formatTime(state.at)}
        </span>
      ) : null}
      {state.kind === 'error' ? (
        <span className="flex items-center gap-1.5 font-medium text-red-800">
          <Icon name="alert" className="h-4 w-4" />
          Couldn’t save{state.retrying ? ' — retrying' : ''}: {state.message}
        </span>
      ) : null}
      {state.kind === 'conflict' ? (
        <span className="flex items-center gap-1.5 font-medium text-amber-900">
          <Icon name="alert" className="h-4 w-4" /> Saved elsewhere too — choose which version to keep
        </span>
      ) : null}
    </p>
  );
}
