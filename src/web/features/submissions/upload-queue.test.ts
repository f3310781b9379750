import { describe, expect, it, vi } from 'vitest';
import { ApiError, networkError } from '../../api/api-error.js';
import { HEIC_MESSAGE } from '../../../domain/evidence-file.js';
import { UploadQueue, slotKey, type UploadEnv } from './upload-queue.js';
import type { TransferEvents } from './upload-tus.js';

/** A queue whose transfers are recorded instead of sent, on a clock and a connection the test moves. */
function setup() {
  const handlers: Record<string, ((e: Event) => void)[]> = {};
  const transfers: {
    file: File;
    events: TransferEvents;
    start: ReturnType<typeof vi.fn>;
    pause: ReturnType<typeof vi.fn>;
    cancel: ReturnType<typeof vi.fn>;
  }[] = [];
  const state = { now: 0, online: true };
  const env: UploadEnv = {
    startTransfer: (file, _target, events) => {
      const t = { file, events, start: vi.fn(), pause: vi.fn(), cancel: vi.fn(() => Promise.resolve()) };
      transfers.push(t);
      return t;
    },
    now: () => state.now,
    isOnline: () => state.online,
    listen: (type, handler) => (handlers[type] ??= []).push(handler),
  };
  const queue = new UploadQueue(env);
  const fire = (type: string) => {
    const event = new Event(type, { cancelable: true });
    for (const h of handlers[type] ?? []) h(event);
    return event;
  };
  return { queue, transfers, state, fire };
}

const requirement = {
  id: 'work',
  title: 'Student work',
  kinds: ['file', 'link'] as const,
  count: { min: 1, max: 3 },
};
const file = (name: string, size = 1000, type = 'application/pdf') =>
  new File([new Uint8Array(size)], name, { type, lastModified: 1 });
const to = (over: Partial<Parameters<UploadQueue['add']>[1]> = {}) => ({
  submissionId: 's1',
  requirement,
  existing: 0,
  onUploaded: vi.fn(() => Promise.resolve()),
  ...over,
});
/** Lets the queue's look at each file's first bytes finish. */
const settle = () => new Promise((r) => setTimeout(r, 0));
const phases = (q: UploadQueue) => q.getSnapshot().items.map((i) => [i.name, i.phase]);

describe('UploadQueue', () => {
  it('starts what fits and refuses the rest before sending a byte', async () => {
    const { queue, transfers } = setup();
    queue.add(
      [file('a.pdf'), file('b.heic', 10, 'image/heic'), file('setup.exe'), file('c.pdf'), file('d.pdf')],
      to({ existing: 1 }),
    );
    await settle();
    expect(phases(queue)).toEqual([
      ['a.pdf', 'uploading'],
      ['b.heic', 'refused'],
      ['setup.exe', 'refused'],
      ['c.pdf', 'uploading'],
      ['d.pdf', 'refused'],
    ]);
    const items = queue.getSnapshot().items;
    expect(items[1]!.message).toBe(HEIC_MESSAGE);
    expect(items[4]!.message).toBe(
      '“Student work” takes at most 3, so “d.pdf” was not uploaded. Remove one to add another.',
    );
    expect(items.filter((i) => i.refusedBeforeUpload)).toHaveLength(3);
    expect(transfers.map((t) => t.file.name)).toEqual(['a.pdf', 'c.pdf']);
    expect(transfers.every((t) => t.start.mock.calls.length === 1)).toBe(true);

    // Files on their way hold their place: nothing more fits until one is cancelled.
    queue.add([file('e.pdf')], to({ existing: 1 }));
    expect(phases(queue).at(-1)).toEqual(['e.pdf', 'refused']);
    queue.cancel(items[0]!.key);
    expect(transfers[0]!.cancel).toHaveBeenCalled();
    queue.add([file('f.pdf')], to({ existing: 1 }));
    await settle();
    expect(phases(queue).at(-1)).toEqual(['f.pdf', 'uploading']);
  });

  it('refuses the same file twice while it is on its way, and a HEIC photo renamed .jpg', async () => {
    const { queue, transfers } = setup();
    const heic = new File(
      [new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypheic'), 0, 0, 0, 0])],
      'IMG_7.jpg',
      { type: 'image/jpeg' },
    );
    queue.add([file('a.pdf'), file('a.pdf'), heic], to());
    await settle();
    expect(phases(queue)).toEqual([
      ['a.pdf', 'uploading'],
      ['a.pdf', 'refused'],
      ['IMG_7.jpg', 'refused'],
    ]);
    expect(queue.getSnapshot().items[2]!.message).toBe(HEIC_MESSAGE);
    expect(transfers).toHaveLength(1);
  });

  it('tracks progress with a smoothed speed, and tells screen readers only of quarters and changes', async () => {
    const { queue, transfers, state } = setup();
    queue.add([file('clip.mp4', 4000, 'video/mp4')], to());
    await settle();
    const { events } = transfers[0]!;
    const item = () => queue.getSnapshot().items[0]!;
    const said = () => queue.getSnapshot().announcements[slotKey('s1', 'work')];
    events.onProgress(0, 4000);
    state.now = 1000;
    events.onProgress(500, 4000);
    expect(item()).toMatchObject({ phase: 'uploading', sent: 500, rate: 500 });
    expect(said()).toBeUndefined();
    state.now = 2000;
    events.onProgress(1200, 4000);
    expect(said()).toBe('“clip.mp4”: 25% uploaded.');
    state.now = 3000;
    events.onProgress(1500, 4000);
    expect(said()).toBe('“clip.mp4”: 25% uploaded.');
    state.now = 4000;
    events.onProgress(4000, 4000);
    expect(item().phase).toBe('processing');
    expect(said()).toBe('“clip.mp4” sent; checking the file.');
  });

  it('pauses and resumes, and on success hands over the artifact and lets the row go', async () => {
    const { queue, transfers } = setup();
    const target = to();
    queue.add([file('a.pdf')], target);
    await settle();
    const t = transfers[0]!;
    const key = queue.getSnapshot().items[0]!.key;
    queue.pause(key);
    expect(t.pause).toHaveBeenCalledTimes(1);
    expect(phases(queue)).toEqual([['a.pdf', 'paused']]);
    // Progress reported by a request already on its way does not undo the pause.
    t.events.onProgress(100, 1000);
    expect(phases(queue)).toEqual([['a.pdf', 'paused']]);
    queue.resume(key);
    expect(t.start).toHaveBeenCalledTimes(2);
    expect(phases(queue)).toEqual([['a.pdf', 'uploading']]);

    const artifact = { id: 'art-1' } as never;
    t.events.onSuccess(artifact);
    expect(phases(queue)).toEqual([['a.pdf', 'done']]);
    expect(target.onUploaded).toHaveBeenCalledWith(artifact);
    await settle();
    expect(queue.getSnapshot().items).toEqual([]);
    expect(queue.getSnapshot().announcements[slotKey('s1', 'work')]).toMatch(/“a\.pdf” uploaded/);
  });

  it('waits when the connection drops and resumes by itself when it is back', async () => {
    const { queue, transfers, state, fire } = setup();
    queue.add([file('a.pdf')], to());
    await settle();
    const t = transfers[0]!;
    t.events.onProgress(300, 1000);
    state.online = false;
    fire('offline');
    expect(t.pause).toHaveBeenCalled();
    expect(phases(queue)).toEqual([['a.pdf', 'waiting']]);
    expect(queue.getSnapshot().announcements[slotKey('s1', 'work')]).toBe(
      'Connection lost — “a.pdf” will resume.',
    );
    // Leaving the page now would stop it: the browser asks first.
    expect(fire('beforeunload').defaultPrevented).toBe(true);
    // tus gives up while offline: still waiting for the connection, not failed.
    t.events.onError(networkError());
    expect(phases(queue)).toEqual([['a.pdf', 'waiting']]);
    state.online = true;
    fire('online');
    expect(t.start).toHaveBeenCalledTimes(2);
    expect(phases(queue)).toEqual([['a.pdf', 'uploading']]);
  });

  it('shows the server’s refusal as it is, and offers Retry when the server could not be reached', async () => {
    const { queue, transfers } = setup();
    queue.add([file('a.pdf'), file('b.pdf')], to());
    await settle();
    transfers[0]!.events.onError(
      new ApiError(415, 'TYPE_MISMATCH', '“a.pdf” is named as a PDF document, but its contents are not.'),
    );
    transfers[1]!.events.onRetrying();
    expect(phases(queue)).toEqual([
      ['a.pdf', 'refused'],
      ['b.pdf', 'waiting'],
    ]);
    transfers[1]!.events.onError(networkError());
    const [refused, failed] = queue.getSnapshot().items;
    expect(refused).toMatchObject({
      refusedBeforeUpload: false,
      message: expect.stringMatching(/contents are not/),
    });
    expect(failed).toMatchObject({ phase: 'failed', message: expect.stringMatching(/Could not reach/) });
    expect(queue.getSnapshot().announcements[slotKey('s1', 'work')]).toMatch(/“b\.pdf” stopped/);
    queue.resume(failed!.key);
    expect(transfers[1]!.start).toHaveBeenCalledTimes(2);
    queue.dismiss(refused!.key);
    expect(phases(queue)).toEqual([['b.pdf', 'uploading']]);
  });
});
