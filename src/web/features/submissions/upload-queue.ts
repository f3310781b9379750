import { useSyncExternalStore } from 'react';
import type { ArtifactView } from '../../../contracts/submissions.js';
import type { ApiError } from '../../api/api-error.js';
import type { ArtifactRequirementLike } from '../micro-credential/content-like.js';
import { refusalBeforeUpload, refusalFromContents, type UploadLimits } from './upload-checks.js';
import { milestoneOf, nextRate, type RateSample } from './upload-rate.js';
import { tusTransfer, type StartTransfer, type Transfer } from './upload-tus.js';

/**
 * - checking: looked at before sending (its first bytes)
 * - uploading: bytes on their way
 * - processing: every byte sent; the server is checking and storing the file
 * - paused: stopped by the educator; Resume continues
 * - waiting: the connection dropped; continues by itself when it is back
 * - failed: the server could not be reached after retrying; Retry continues
 * - refused: the page or the server said no, with the reason; nothing to continue
 * - done: attached; the row goes once the artifact shows in the list
 */
export type UploadPhase =
  'checking' | 'uploading' | 'processing' | 'paused' | 'waiting' | 'failed' | 'refused' | 'done';

export type UploadItem = {
  key: string;
  submissionId: string;
  requirementId: string;
  name: string;
  size: number;
  phase: UploadPhase;
  /** Bytes the server has (as far as the page knows). */
  sent: number;
  /** Smoothed bytes per second while sending; null until measured. */
  rate: number | null;
  /** Why it stopped, in the server's (or the page's) words. */
  message: string | null;
  /** Refused by the page: not a byte was sent. */
  refusedBeforeUpload: boolean;
  /** Continues an upload of the same file begun before (e.g. before a reload). */
  resumed: boolean;
};

export type UploadSnapshot = {
  items: readonly UploadItem[];
  /** The latest thing worth telling a screen reader, per requirement (see `slotKey`). */
  announcements: Readonly<Record<string, string>>;
};

/** Phases that hold a place in the requirement (they will become artifacts unless stopped). */
const HOLDS_ROOM: ReadonlySet<UploadPhase> = new Set([
  'checking',
  'uploading',
  'processing',
  'paused',
  'waiting',
  'failed',
  'done',
]);
/** Phases in which leaving the page would stop bytes on their way. */
const SENDING: ReadonlySet<UploadPhase> = new Set(['checking', 'uploading', 'processing', 'waiting']);

export const slotKey = (submissionId: string, requirementId: string) => `${submissionId}/${requirementId}`;

/** Where the queue meets the browser; tests pass their own. */
export type UploadEnv = {
  startTransfer: StartTransfer;
  now: () => number;
  isOnline: () => boolean;
  /** Subscribes to the window's `online`, `offline` and `beforeunload` events. */
  listen: (type: 'online' | 'offline' | 'beforeunload', handler: (event: Event) => void) => void;
};

export type AddFiles = {
  submissionId: string;
  requirement: Pick<ArtifactRequirementLike, 'id' | 'title' | 'kinds' | 'count'>;
  /** Artifacts the requirement already has. */
  existing: number;
  limits?: UploadLimits;
  /** Called with the artifact once a file is attached; the row goes when it settles. */
  onUploaded: (artifact: ArtifactView | null) => Promise<unknown>;
};

/** Progress repaints at most this often per file (phase changes and milestones at once). */
const PAINT_MS = 200;

/**
 * Every upload of the page, outside React so that one keeps going (and keeps its row) while the
 * educator switches steps or pages. Components read it with `useUploads`.
 */
export class UploadQueue {
  private items: UploadItem[] = [];
  private announcements: Record<string, string> = {};
  private snapshot: UploadSnapshot = { items: [], announcements: {} };
  private readonly listeners = new Set<() => void>();
  private readonly transfers = new Map<string, Transfer>();
  private readonly files = new Map<string, File>();
  private readonly samples = new Map<string, RateSample | null>();
  private readonly painted = new Map<string, number>();
  private seq = 0;

  constructor(private readonly env: UploadEnv) {
    env.listen('offline', () => this.wentOffline());
    env.listen('online', () => this.cameOnline());
    env.listen('beforeunload', (event) => {
      if (!this.items.some((i) => SENDING.has(i.phase))) return;
      // Unfinished uploads continue when the same file is chosen again, but ask first.
      event.preventDefault();
    });
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  getSnapshot = () => this.snapshot;

  /**
   * Takes files chosen for a requirement, in order: each is refused at once (no byte sent) when
   * the requirement has no room left, when it is already on its way, or when its name, kind or
   * size rules it out; the others start uploading.
   */
  add(files: readonly File[], to: AddFiles): void {
    const { submissionId, requirement } = to;
    let room = requirement.count.max - to.existing - this.holdingRoom(submissionId, requirement.id);
    for (const file of files) {
      const key = `upload-${++this.seq}`;
      const item: UploadItem = {
        key,
        submissionId,
        requirementId: requirement.id,
        name: file.name,
        size: file.size,
        phase: 'checking',
        sent: 0,
        rate: null,
        message: null,
        refusedBeforeUpload: false,
        resumed: false,
      };
      const refusal = this.isOnItsWay(submissionId, requirement.id, file)
        ? `“${file.name}” is already being uploaded here.`
        : room <= 0
          ? `“${requirement.title}” takes at most ${requirement.count.max}, so “${file.name}” was not uploaded. Remove one to add another.`
          : refusalBeforeUpload(file, requirement, to.limits);
      if (refusal) {
        this.items.push({ ...item, phase: 'refused', message: refusal, refusedBeforeUpload: true });
        continue;
      }
      room--;
      this.items.push(item);
      this.files.set(key, file);
      void this.begin(key, file, to);
    }
    this.paint();
  }

  /** Stops sending; Resume continues from what the server has. */
  pause(key: string) {
    const item = this.find(key);
    if (!item || !['checking', 'uploading', 'waiting', 'failed'].includes(item.phase)) return;
    this.transfers.get(key)?.pause();
    this.update(key, { phase: 'paused', rate: null }, `Upload of “${item.name}” paused.`);
  }

  /** Continues a paused, waiting or failed upload from what the server has. */
  resume(key: string) {
    const item = this.find(key);
    const transfer = this.transfers.get(key);
    if (!item || !transfer || !['paused', 'waiting', 'failed'].includes(item.phase)) return;
    this.samples.delete(key);
    transfer.pause();
    transfer.start();
    this.update(key, { phase: 'uploading', message: null, rate: null }, `Uploading “${item.name}” again.`);
  }

  /** Stops the upload and deletes what arrived; the row goes. */
  cancel(key: string) {
    const item = this.find(key);
    if (!item || item.phase === 'processing' || item.phase === 'done') return;
    // Best effort: an unfinished upload nobody continues is swept away by the server anyway.
    this.transfers
      .get(key)
      ?.cancel()
      .catch(() => undefined);
    this.remove(key, `Upload of “${item.name}” cancelled.`);
  }

  /** Takes away a refused (or given-up) row. */
  dismiss(key: string) {
    const item = this.find(key);
    if (item?.phase === 'refused') this.remove(key);
    else if (item) this.cancel(key);
  }

  private async begin(key: string, file: File, to: AddFiles) {
    const refusal = await refusalFromContents(file);
    if (!this.find(key)) return;
    if (refusal) {
      this.files.delete(key);
      this.update(key, { phase: 'refused', message: refusal, refusedBeforeUpload: true });
      return;
    }
    const transfer = this.env.startTransfer(
      file,
      { submissionId: to.submissionId, requirementId: to.requirement.id },
      {
        onResumed: () => this.update(key, { resumed: true }),
        onProgress: (sent, total) => this.progress(key, sent, total),
        onRetrying: () => this.connectionLost(key),
        onError: (error) => this.failed(key, error),
        onSuccess: (artifact) => void this.succeeded(key, artifact, to),
      },
    );
    this.transfers.set(key, transfer);
    const paused = this.find(key)?.phase === 'paused';
    if (!paused) {
      this.update(key, { phase: 'uploading' });
      transfer.start();
    }
  }

  private progress(key: string, sent: number, total: number) {
    const item = this.find(key);
    if (!item || item.phase === 'paused' || item.phase === 'refused') return;
    const sample = nextRate(this.samples.get(key) ?? null, sent, this.env.now());
    this.samples.set(key, sample);
    const phase: UploadPhase = sent >= total ? 'processing' : 'uploading';
    const milestone = milestoneOf(sent, total);
    const passed = milestone > milestoneOf(item.sent, total);
    const now = this.env.now();
    const due = now - (this.painted.get(key) ?? 0) >= PAINT_MS;
    const patch = { sent, rate: sample.rate, phase, message: null };
    if (phase !== item.phase || passed || due) {
      this.painted.set(key, now);
      this.update(
        key,
        patch,
        phase === 'processing' && item.phase !== 'processing'
          ? `“${item.name}” sent; checking the file.`
          : passed
            ? `“${item.name}”: ${milestone}% uploaded.`
            : undefined,
      );
    } else {
      // Kept for the next repaint without rendering now.
      this.replace(key, { ...item, ...patch });
    }
  }

  private connectionLost(key: string) {
    const item = this.find(key);
    if (!item || item.phase === 'paused' || item.phase === 'waiting') return;
    this.samples.delete(key);
    this.update(
      key,
      { phase: 'waiting', rate: null, message: null },
      `Connection lost — “${item.name}” will resume.`,
    );
  }

  private failed(key: string, error: ApiError) {
    const item = this.find(key);
    if (!item || item.phase === 'paused') return;
    this.samples.delete(key);
    if (error.status === 0 && !this.env.isOnline()) {
      this.connectionLost(key);
      return;
    }
    const retryable =
      error.status === 0 || error.status >= 500 || error.status === 429 || error.status === 423;
    this.update(
      key,
      { phase: retryable ? 'failed' : 'refused', rate: null, message: error.message },
      retryable ? `“${item.name}” stopped: ${error.message}` : undefined,
    );
  }

  private async succeeded(key: string, artifact: ArtifactView | null, to: AddFiles) {
    const item = this.find(key);
    if (!item) return;
    this.update(
      key,
      { phase: 'done', sent: item.size, rate: null, message: null },
      `“${item.name}” uploaded. Check it for student privacy below.`,
    );
    // The list is read again either way; a failed read leaves the artifact to the next one.
    await to.onUploaded(artifact).catch(() => undefined);
    this.remove(key);
  }

  private wentOffline() {
    for (const item of this.items) {
      if (item.phase !== 'uploading' && item.phase !== 'checking') continue;
      this.transfers.get(item.key)?.pause();
      this.connectionLost(item.key);
    }
  }

  private cameOnline() {
    for (const item of this.items) {
      if (item.phase === 'waiting' || (item.phase === 'failed' && this.transfers.has(item.key)))
        this.resume(item.key);
    }
  }

  private holdingRoom(submissionId: string, requirementId: string) {
    return this.items.filter(
      (i) => i.submissionId === submissionId && i.requirementId === requirementId && HOLDS_ROOM.has(i.phase),
    ).length;
  }

  private isOnItsWay(submissionId: string, requirementId: string, file: File) {
    return this.items.some((i) => {
      const other = this.files.get(i.key);
      return (
        i.submissionId === submissionId &&
        i.requirementId === requirementId &&
        HOLDS_ROOM.has(i.phase) &&
        other !== undefined &&
        other.name === file.name &&
        other.size === file.size &&
        other.lastModified === file.lastModified
      );
    });
  }

  private find(key: string) {
    return this.items.find((i) => i.key === key);
  }

  private replace(key: string, next: UploadItem) {
    this.items = this.items.map((i) => (i.key === key ? next : i));
  }

  private update(key: string, patch: Partial<UploadItem>, announcement?: string) {
    const item = this.find(key);
    if (!item) return;
    this.replace(key, { ...item, ...patch });
    if (announcement) this.announcements[slotKey(item.submissionId, item.requirementId)] = announcement;
    this.paint();
  }

  private remove(key: string, announcement?: string) {
    const item = this.find(key);
    if (!item) return;
    this.items = this.items.filter((i) => i.key !== key);
    for (const map of [this.transfers, this.files, this.samples, this.painted]) map.delete(key);
    if (announcement) this.announcements[slotKey(item.submissionId, item.requirementId)] = announcement;
    this.paint();
  }

  private paint() {
    this.snapshot = { items: [...this.items], announcements: { ...this.announcements } };
    for (const listener of this.listeners) listener();
  }
}

let shared: UploadQueue | null = null;

/** The page's one queue, made on first use. */
export function sharedUploadQueue(): UploadQueue {
  shared ??= new UploadQueue({
    startTransfer: tusTransfer,
    now: () => Date.now(),
    isOnline: () => navigator.onLine,
    listen: (type, handler) => window.addEventListener(type, handler),
  });
  return shared;
}

/** The uploads of one draft's requirement, kept current, and the queue to act on them. */
export function useUploads(
  submissionId: string,
  requirementId: string,
  queue: UploadQueue = sharedUploadQueue(),
) {
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot, queue.getSnapshot);
  return {
    queue,
    items: snapshot.items.filter((i) => i.submissionId === submissionId && i.requirementId === requirementId),
    announcement: snapshot.announcements[slotKey(submissionId, requirementId)] ?? '',
  };
}
