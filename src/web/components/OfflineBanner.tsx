import { useSyncExternalStore } from 'react';
import { Icon } from './Icon.js';

const subscribe = (onChange: () => void) => {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
};

/** Whether the browser believes it is online (`navigator.onLine`), kept current by its events. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * "You're offline": shown while the browser is offline or saves cannot reach the server
 * (`unreachable`). The live region is always there, so screen readers announce the change
 * politely when the message appears.
 */
export function OfflineBanner({ unreachable = false }: { unreachable?: boolean }) {
  const online = useOnline();
  const offline = !online || unreachable;
  return (
    <div role="status" aria-live="polite" className={offline ? 'mb-4' : undefined}>
      {offline ? (
        <p className="flex gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 sm:text-base">
          <Icon name="alert" className="mt-0.5 h-5 w-5 shrink-0" />
          <span>
            <strong className="font-semibold">You’re offline</strong> — your typing is kept on this device and
            saved when the connection returns.
          </span>
        </p>
      ) : null}
    </div>
  );
}
