import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api/api-error.js';
import type { SaveState } from '../components/SaveIndicator.js';

type Options<T, R> = {
  value: T;
  save: (value: T) => Promise<R>;
  onSaved?: (result: R) => void;
  delayMs?: number;
  enabled?: boolean;
  /** What the server already has, when it differs from the first `value` (restored local edits). */
  initialSaved?: T;
};

const MAX_RETRY_MS = 30_000;
const isTransient = (err: unknown) =>
  !(err instanceof ApiError) || err.status === 0 || err.status === 429 || err.status >= 500;

/**
 * Saves `value` after it stops changing for `delayMs` (compared as JSON), one request at a time,
 * retrying with backoff when the network or server fails. `flush` saves now and tells whether
 * everything reached the server.
 */
export function useAutosave<T, R>({
  value,
  save,
  onSaved,
  delayMs = 800,
  enabled = true,
  initialSaved,
}: Options<T, R>) {
  const serialized = JSON.stringify(value);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const lastSaved = useRef(initialSaved === undefined ? serialized : JSON.stringify(initialSaved));
  const latest = useRef(value);
  latest.current = value;
  const saveRef = useRef(save);
  saveRef.current = save;
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryMs = useRef(2000);

  const run = useCallback(async (): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const snapshot = latest.current;
    const text = JSON.stringify(snapshot);
    if (text === lastSaved.current) return;
    setState({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const result = await saveRef.current(snapshot);
        lastSaved.current = text;
        retryMs.current = 2000;
        onSavedRef.current?.(result);
        if (JSON.stringify(latest.current) === text) setState({ kind: 'saved', at: new Date() });
        else again.current = true;
      } catch (err) {
        const transient = isTransient(err);
        setState({ kind: 'error', message: errorMessage(err), retrying: transient });
        if (transient) {
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void run(), retryMs.current);
          retryMs.current = Math.min(retryMs.current * 2, MAX_RETRY_MS);
        }
      }
    })();
    inFlight.current = attempt;
    await attempt;
    inFlight.current = null;
    if (again.current) {
      again.current = false;
      await run();
    }
  }, []);

  useEffect(() => {
    if (!enabled || serialized === lastSaved.current) return;
    setState((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void run(), delayMs);
  }, [serialized, enabled, delayMs, run]);

  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (enabled && JSON.stringify(latest.current) !== lastSaved.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [enabled]);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    await run();
    if (inFlight.current) await inFlight.current;
    return JSON.stringify(latest.current) === lastSaved.current;
  }, [run]);

  /** Treat `v` as what the server has (e.g. after loading a fresh copy). */
  const markSaved = useCallback((v: T) => {
    lastSaved.current = JSON.stringify(v);
  }, []);

  return { state, flush, markSaved };
}
