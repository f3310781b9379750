import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revisionsToDrop, THINNING_TIERS, windowFor, type SavedVersion } from './draft-thinning.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const START = Date.parse('2026-11-02T09:00:00Z');

/** A draft's saves: increasing revisions at non-decreasing times, gaps from a blink to a week. */
const arbHistory = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 3_000 }),
      fc.integer({ min: 0, max: 5 * MINUTE }),
      fc.integer({ min: 0, max: 7 * 24 * HOUR }),
    ),
    { minLength: 1, maxLength: 300 },
  )
  .map((gaps) => {
    let t = START;
    return gaps.map((gap, i): SavedVersion => {
      t += gap;
      return { revision: i + 1, savedAt: new Date(t).toISOString() };
    });
  });

/**
 * A moment after the last save: anywhere in the next month, or just around the time some save
 * crosses from one tier into the next (where a careless rule would keep or drop the wrong one).
 */
const arbMoment = (versions: readonly SavedVersion[]) => {
  const last = Date.parse(versions.at(-1)!.savedAt);
  const boundaries = THINNING_TIERS.map((t) => t.maxAgeMs).filter(Number.isFinite);
  return fc.oneof(
    fc.integer({ min: 0, max: 30 * 24 * HOUR }).map((ms) => last + ms),
    fc
      .tuple(
        fc.constantFrom(...versions),
        fc.constantFrom(...boundaries),
        fc.integer({ min: -MINUTE, max: MINUTE }),
      )
      .map(([v, boundary, jitter]) => Math.max(last, Date.parse(v.savedAt) + boundary + jitter)),
  );
};

/** A history and two moments after its last save, `t1 <= t2`. */
const arbCase = arbHistory.chain((versions) =>
  fc.tuple(arbMoment(versions), arbMoment(versions)).map(([a, b]) => ({
    versions,
    t1: new Date(Math.min(a, b)),
    t2: new Date(Math.max(a, b)),
  })),
);

const thin = (versions: readonly SavedVersion[], now: Date) => {
  const drop = new Set(revisionsToDrop(versions, now));
  return versions.filter((v) => !drop.has(v.revision));
};
const age = (v: SavedVersion, now: Date) => now.getTime() - Date.parse(v.savedAt);

describe('revisionsToDrop', () => {
  it('keeps every save of the last two minutes, then one per minute, ten minutes, hour', () => {
    const now = new Date(START + 2 * 24 * HOUR);
    const at = (msAgo: number, revision: number) => ({
      revision,
      savedAt: new Date(now.getTime() - msAgo).toISOString(),
    });
    const versions = [
      at(50 * HOUR + 30 * MINUTE, 1), // 02:30 on day 0 …
      at(50 * HOUR + 10 * MINUTE, 2), // … same hour: only the later one stays
      at(5 * HOUR + 9 * MINUTE, 3), // 03:51: same ten minutes as 4
      at(5 * HOUR + 5 * MINUTE, 4),
      at(30 * MINUTE + 40_000, 5), // same minute as 6
      at(30 * MINUTE + 10_000, 6),
      at(90_000, 7),
      at(60_000, 8),
      at(1_000, 9),
    ];
    expect(revisionsToDrop(versions, now).sort()).toEqual([1, 3, 5]);
  });

  it('never drops the newest version nor anything under two minutes old, and drops only what it was given', () => {
    fc.assert(
      fc.property(arbCase, ({ versions, t2 }) => {
        const drop = revisionsToDrop(versions, t2);
        const given = new Set(versions.map((v) => v.revision));
        expect(drop.every((r) => given.has(r))).toBe(true);
        expect(drop).not.toContain(versions.at(-1)!.revision);
        for (const v of versions) if (age(v, t2) < 2 * MINUTE) expect(drop).not.toContain(v.revision);
      }),
    );
  });

  it('keeps, for every dropped version, a newer one from the same window: the latest of each period survives', () => {
    fc.assert(
      fc.property(arbCase, ({ versions, t2 }) => {
        const kept = thin(versions, t2);
        const dropped = versions.filter((v) => !kept.includes(v));
        for (const d of dropped) {
          const w = windowFor(age(d, t2));
          const window = Math.floor(Date.parse(d.savedAt) / w);
          expect(
            kept.some((k) => k.revision > d.revision && Math.floor(Date.parse(k.savedAt) / w) === window),
          ).toBe(true);
        }
      }),
    );
  });

  it('thinning early and again later equals thinning once later (pruning on every save is safe)', () => {
    fc.assert(
      fc.property(arbCase, ({ versions, t1, t2 }) => {
        expect(thin(thin(versions, t1), t2)).toEqual(thin(versions, t2));
        expect(thin(thin(versions, t2), t2)).toEqual(thin(versions, t2));
      }),
    );
  });

  it('stays bounded: at most one version per window past two minutes', () => {
    fc.assert(
      fc.property(arbCase, ({ versions, t2 }) => {
        const kept = thin(versions, t2);
        for (const tier of THINNING_TIERS.filter((t) => t.windowMs > 0)) {
          const windows = kept
            .filter((v) => windowFor(age(v, t2)) === tier.windowMs)
            .map((v) => Math.floor(Date.parse(v.savedAt) / tier.windowMs));
          expect(new Set(windows).size).toBe(windows.length);
        }
      }),
    );
  });

  it('an hour of saves every second keeps about 180 versions, not 3,600', () => {
    const versions = Array.from({ length: 3600 }, (_, i) => ({
      revision: i + 1,
      savedAt: new Date(START + i * 1000).toISOString(),
    }));
    const now = new Date(START + 3600 * 1000);
    const kept = thin(versions, now);
    expect(kept.length).toBeLessThanOrEqual(120 + 60);
    expect(kept.at(-1)!.revision).toBe(3600);
  });
});
