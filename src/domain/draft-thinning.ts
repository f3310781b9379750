/**
 * How much of a draft's history is kept. Every autosave is a version, but a 5,000-word answer
 * saved every second would pile up thousands of copies an hour, so older versions are thinned:
 * recent work keeps every save, older work keeps the last version of each minute, then of each
 * ten minutes, then of each hour.
 *
 * A version is dropped only when a newer version exists in the same clock-aligned window (the
 * window's size depends on the dropped version's age). Window sizes divide each other and grow
 * with age, so thinning now and again later gives the same result as thinning once later: what
 * is kept never depends on when the pruning happened to run.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Up to `maxAgeMs` old, one version per `windowMs` window is kept (0: every version). */
export const THINNING_TIERS: readonly { maxAgeMs: number; windowMs: number }[] = [
  { maxAgeMs: 2 * MINUTE, windowMs: 0 },
  { maxAgeMs: HOUR, windowMs: MINUTE },
  { maxAgeMs: 24 * HOUR, windowMs: 10 * MINUTE },
  { maxAgeMs: Infinity, windowMs: HOUR },
];

const WINDOWS = [...new Set(THINNING_TIERS.map((t) => t.windowMs).filter((w) => w > 0))];

export type SavedVersion = { revision: number; savedAt: string };

/** The window size a version of this age falls in (0, kept, for an unreadable time). */
export function windowFor(ageMs: number): number {
  return THINNING_TIERS.find((t) => ageMs < t.maxAgeMs)?.windowMs ?? 0;
}

/**
 * The revisions to delete from a draft's history at `now`. The newest version (the current
 * draft) is never among them, nor is anything saved in the last two minutes.
 */
export function revisionsToDrop(versions: readonly SavedVersion[], now: Date): number[] {
  const sorted = [...versions].sort((a, b) => b.revision - a.revision);
  // For each window size, the windows that already hold a newer version.
  const seen = new Map(WINDOWS.map((w) => [w, new Set<number>()]));
  const drop: number[] = [];
  for (const v of sorted) {
    const t = Date.parse(v.savedAt);
    const w = windowFor(now.getTime() - t);
    if (w > 0 && seen.get(w)!.has(Math.floor(t / w))) drop.push(v.revision);
    for (const [size, windows] of seen) windows.add(Math.floor(t / size));
  }
  return drop;
}
