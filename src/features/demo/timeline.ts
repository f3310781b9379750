/**
 * Events run in time order (ties in the order they were added); an event may add later ones. The
 * demo runs its history on one, so every use case sees the world as it was at its moment.
 */
export class Timeline {
  private events: { at: number; seq: number; run: (at: Date) => Promise<void> }[] = [];
  private seq = 0;

  add(at: Date, run: (at: Date) => Promise<void>) {
    this.events.push({ at: at.getTime(), seq: this.seq++, run });
  }

  async run() {
    while (this.events.length) {
      let next = 0;
      for (let i = 1; i < this.events.length; i++) {
        const e = this.events[i]!;
        const best = this.events[next]!;
        if (e.at < best.at || (e.at === best.at && e.seq < best.seq)) next = i;
      }
      const [event] = this.events.splice(next, 1);
      await event!.run(new Date(event!.at));
    }
  }
}

/** `fn` over `items`, at most `size` at a time, results in order. */
export async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>) {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}
