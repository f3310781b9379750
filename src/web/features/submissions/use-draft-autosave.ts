import { useCallback, useEffect, useRef, useState } from 'react';
import type { Attestation, DraftVersionView } from '../../../contracts/submissions.js';
import { ApiError, errorMessage, NETWORK_ERROR } from '../../api/api-error.js';
import type { SaveState } from '../../components/SaveIndicator.js';
import {
  mergeDrafts,
  readServerDraft,
  resolveConflicts,
  sameFields,
  type ConflictItem,
  type DraftFields,
  type ServerDraft,
  type TextPart,
} from './draft-merge.js';
import { buildDraftPatch } from './draft-patch.js';
import { clearStoredDraft, readStoredDraft, writeStoredDraft } from './draft-storage.js';
import { submissionsApi } from './submissions-api.js';

export type DraftConflict = { merged: DraftFields; items: ConflictItem[] };

/** How restoring a saved version went; `message` says why not, in words for the educator. */
export type RestoreOutcome = { ok: true } | { ok: false; message: string };

/** A failure to reach the server at all (offline, DNS, a dropped connection), not an answer from it. */
const isNetworkFailure = (err: unknown) =>
  !(err instanceof ApiError) || err.code === NETWORK_ERROR || err.status === 0;

type Options = {
  submissionId: string;
  attemptId: string;
  editable: boolean;
  /** The draft as the server last sent it. */
  server: ServerDraft;
  /** Reads the server's draft again, for a STALE_VERSION that does not carry it. */
  fetchLatest: () => Promise<ServerDraft | null>;
  delayMs?: number;
};

const MAX_RETRY_MS = 30_000;

/** What the page starts with: the server's draft, or this device's unsaved copy of it. */
function initialState(o: Options): {
  fields: DraftFields;
  conflict: DraftConflict | null;
  restored: boolean;
} {
  const none = { fields: o.server.fields, conflict: null, restored: false };
  if (!o.editable) return none;
  const stored = readStoredDraft(o.submissionId, o.attemptId);
  if (!stored || sameFields(stored.fields, o.server.fields)) return none;
  if (stored.revision === o.server.revision) return { fields: stored.fields, conflict: null, restored: true };
  // Saved elsewhere since these edits began: without the common ancestor, ask about every difference.
  const { merged, conflicts } = mergeDrafts(null, stored.fields, o.server.fields);
  return { fields: merged, conflict: conflicts.length ? { merged, items: conflicts } : null, restored: true };
}

/**
 * The educator's typing, autosaved: debounced PATCH with the last known revision, a localStorage
 * copy until the server confirms, retries with backoff when the network fails, and a three-way
 * merge when another tab saved first (STALE_VERSION) — asking only about true conflicts.
 */
export function useDraftAutosave(options: Options) {
  const { submissionId, attemptId, editable, delayMs = 800 } = options;
  const [init] = useState(() => initialState(options));
  const [fields, setFields] = useState<DraftFields>(init.fields);
  const [conflict, setConflict] = useState<DraftConflict | null>(init.conflict);
  const [restored, setRestored] = useState(init.restored);
  /** The last save could not reach the server; cleared by the next save that does. */
  const [unreachable, setUnreachable] = useState(false);
  const [state, setState] = useState<SaveState>(
    init.conflict
      ? { kind: 'conflict' }
      : init.restored
        ? { kind: 'pending' }
        : options.server.updatedAt
          ? { kind: 'saved', at: new Date(options.server.updatedAt) }
          : { kind: 'idle' },
  );

  const fieldsRef = useRef(init.fields);
  const confirmedRef = useRef<ServerDraft>(options.server);
  const conflictRef = useRef(init.conflict);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryMs = useRef(2000);
  const fetchLatest = useRef(options.fetchLatest);
  fetchLatest.current = options.fetchLatest;

  const isDirty = () => !sameFields(fieldsRef.current, confirmedRef.current.fields);

  const setLocal = useCallback(
    (next: DraftFields) => {
      fieldsRef.current = next;
      setFields(next);
      if (sameFields(next, confirmedRef.current.fields)) clearStoredDraft(submissionId, attemptId);
      else writeStoredDraft(submissionId, attemptId, confirmedRef.current.revision, next);
    },
    [submissionId, attemptId],
  );

  const run = useCallback(async (): Promise<void> => {
    if (!editable || conflictRef.current || stopped.current) return;
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const snapshot = fieldsRef.current;
    const patch = buildDraftPatch(confirmedRef.current, snapshot);
    if (!patch) {
      clearStoredDraft(submissionId, attemptId);
      return;
    }
    setState({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const res = await submissionsApi.saveDraft(submissionId, patch);
        confirmedRef.current = { revision: res.revision, fields: snapshot, updatedAt: res.updatedAt };
        retryMs.current = 2000;
        setUnreachable(false);
        if (isDirty()) {
          writeStoredDraft(submissionId, attemptId, res.revision, fieldsRef.current);
          again.current = true;
        } else {
          clearStoredDraft(submissionId, attemptId);
          setState({ kind: 'saved', at: new Date(res.updatedAt || Date.now()) });
        }
      } catch (err) {
        await handleError(err);
      }
    })();
    inFlight.current = attempt;
    await attempt;
    inFlight.current = null;
    if (again.current) {
      again.current = false;
      await run();
    }
  }, [editable, submissionId, attemptId]);

  const schedule = useCallback(
    (ms: number) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), ms);
    },
    [run],
  );

  async function handleError(err: unknown) {
    if (err instanceof ApiError && err.code === 'STALE_VERSION') {
      const details = err.details as { current?: unknown } | undefined;
      const server = readServerDraft(details?.current) ?? (await fetchLatest.current().catch(() => null));
      if (!server) {
        setState({ kind: 'error', message: err.message, retrying: true });
        schedule(retryMs.current);
        return;
      }
      const { merged, conflicts } = mergeDrafts(
        confirmedRef.current.fields,
        fieldsRef.current,
        server.fields,
      );
      confirmedRef.current = server;
      setLocal(merged);
      if (conflicts.length) {
        const c = { merged, items: conflicts };
        conflictRef.current = c;
        setConflict(c);
        setState({ kind: 'conflict' });
      } else {
        again.current = true;
      }
      return;
    }
    const transient =
      !(err instanceof ApiError) || err.status === 0 || err.status === 429 || err.status >= 500;
    setUnreachable(isNetworkFailure(err));
    if (err instanceof ApiError && err.status === 401) {
      setState({
        kind: 'error',
        message: 'you were signed out; your text is kept on this device',
        retrying: false,
      });
      return;
    }
    setState({ kind: 'error', message: errorMessage(err), retrying: transient });
    if (transient) {
      schedule(retryMs.current);
      retryMs.current = Math.min(retryMs.current * 2, MAX_RETRY_MS);
    } else {
      stopped.current = true;
    }
  }

  const change = useCallback(
    (fn: (f: DraftFields) => DraftFields) => {
      if (!editable) return;
      setLocal(fn(fieldsRef.current));
      stopped.current = false;
      if (conflictRef.current) return;
      setState((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
      schedule(delayMs);
    },
    [editable, setLocal, schedule, delayMs],
  );

  const setAnswer = useCallback(
    (part: TextPart, id: string, value: string) =>
      change((f) => ({ ...f, answers: { ...f.answers, [part]: { ...f.answers[part], [id]: value } } })),
    [change],
  );
  const setAttestation = useCallback(
    (patch: Partial<Attestation>) => change((f) => ({ ...f, attestation: { ...f.attestation, ...patch } })),
    [change],
  );
  const setNote = useCallback((note: string) => change((f) => ({ ...f, resubmissionNote: note })), [change]);
  const setPublicSummary = useCallback(
    (summary: string) => change((f) => ({ ...f, publicSummary: summary })),
    [change],
  );

  const resolveConflict = useCallback(
    (choice: (c: ConflictItem) => 'mine' | 'theirs') => {
      const c = conflictRef.current;
      if (!c) return;
      conflictRef.current = null;
      setConflict(null);
      setLocal(resolveConflicts(c.merged, c.items, choice));
      schedule(0);
    },
    [setLocal, schedule],
  );

  /** Saves now and resolves true once the server has everything typed (before submitting). */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    for (let i = 0; i < 3 && isDirty() && !conflictRef.current; i++) await run();
    if (inFlight.current) await inFlight.current;
    return !isDirty() && !conflictRef.current;
  }, [run]);

  /**
   * Makes a saved version the draft again. Whatever was typed here is saved first, so it stays in
   * the history too; if another tab saved meanwhile, nothing is restored and the editor takes in
   * that tab's text (asking about real conflicts) so the educator can choose again.
   */
  const restoreVersion = useCallback(
    async (version: DraftVersionView): Promise<RestoreOutcome> => {
      if (!editable)
        return { ok: false, message: 'This attempt has been submitted; it can no longer change.' };
      if (!(await flush())) {
        return {
          ok: false,
          message:
            'Your latest typing is not saved yet (you may be offline, or two versions need your decision). Restore once it is saved, so nothing is lost.',
        };
      }
      try {
        const res = await submissionsApi.restoreDraft(
          submissionId,
          version.revision,
          confirmedRef.current.revision,
        );
        const fields = readServerDraft(version)!.fields;
        confirmedRef.current = { revision: res.revision, fields, updatedAt: res.updatedAt };
        setLocal(fields);
        setState({ kind: 'saved', at: new Date(res.updatedAt || Date.now()) });
        return { ok: true };
      } catch (err) {
        if (err instanceof ApiError && err.code === 'STALE_VERSION') {
          await handleError(err);
          return {
            ok: false,
            message:
              'This draft was saved in another tab or device meanwhile, so nothing was restored; the editor now shows that text. Choose the version again if you still want it.',
          };
        }
        return { ok: false, message: errorMessage(err) };
      }
    },
    // handleError reads only refs and stable setters.
    [editable, flush, submissionId, setLocal],
  );

  // Unsaved edits restored from this device: send them now.
  useEffect(() => {
    if (init.restored && !init.conflict) schedule(0);
    return () => clearTimeout(timer.current);
  }, [init, schedule]);

  // The server copy moved on (e.g. after an artifact was added) while nothing is pending here.
  useEffect(() => {
    const server = options.server;
    if (server.revision <= confirmedRef.current.revision || inFlight.current || isDirty()) return;
    confirmedRef.current = server;
    fieldsRef.current = server.fields;
    setFields(server.fields);
  }, [options.server]);

  // Retry as soon as the connection comes back; warn before leaving with unsaved typing.
  useEffect(() => {
    const online = () => {
      if (isDirty()) schedule(0);
    };
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (editable && isDirty()) e.preventDefault();
    };
    window.addEventListener('online', online);
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [editable, schedule]);

  return {
    fields,
    state,
    conflict,
    restored,
    /** Saves are failing because the server cannot be reached (offline): show the offline banner. */
    unreachable,
    dismissRestored: () => setRestored(false),
    setAnswer,
    setAttestation,
    setNote,
    setPublicSummary,
    resolveConflict,
    flush,
    restoreVersion,
  };
}
