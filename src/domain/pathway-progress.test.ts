import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  pathwayProgress,
  pathwayShapeProblems,
  requiredOf,
  type HeldCredential,
  type PathwayShape,
} from './pathway-progress.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];

const shape = fc
  .record({
    size: fc.integer({ min: 1, max: 6 }),
    nOf: fc.boolean(),
    n: fc.integer({ min: 1, max: 6 }),
    ordered: fc.boolean(),
    shuffle: fc.shuffledSubarray(ids, { minLength: 6, maxLength: 6 }),
  })
  .map(({ size, nOf, n, ordered, shuffle }): PathwayShape => ({
    rule: nOf ? 'n_of' : 'all',
    requiredCount: Math.min(n, size),
    ordered,
    items: shuffle.slice(0, size),
  }));
const held = (id: string, over: Partial<HeldCredential> = {}): HeldCredential => ({
  microCredentialId: id,
  issuedAt: '2026-10-01T00:00:00Z',
  status: 'valid',
  validUntil: null,
  ...over,
});
const heldSet = fc.subarray(ids).map((s) => s.map((id) => held(id)));

describe('pathway progress', () => {
  it('is complete exactly when the rule is satisfied', () => {
    fc.assert(
      fc.property(shape, heldSet, (p, h) => {
        const have = new Set(h.map((c) => c.microCredentialId));
        const got = pathwayProgress(p, h, NOW);
        const prefix = p.items.findIndex((i) => !have.has(i));
        const counted = p.ordered
          ? prefix === -1
            ? p.items.length
            : prefix
          : p.items.filter((i) => have.has(i)).length;
        const needed = p.rule === 'all' ? p.items.length : p.requiredCount;
        expect(got.complete).toBe(counted >= needed);
        expect(got.doneCount).toBe(Math.min(counted, needed));
        expect(got.requiredCount).toBe(needed);
        expect(got.next.length === 0).toBe(got.complete);
      }),
    );
  });

  it('never goes down when a credential is added', () => {
    fc.assert(
      fc.property(shape, heldSet, fc.constantFrom(...ids), (p, h, extra) => {
        const before = pathwayProgress(p, h, NOW);
        const after = pathwayProgress(p, [...h, held(extra)], NOW);
        expect(after.doneCount).toBeGreaterThanOrEqual(before.doneCount);
        if (before.complete) expect(after.complete).toBe(true);
      }),
    );
  });

  it('depends on the order of credentials only when the pathway is ordered', () => {
    fc.assert(
      fc.property(shape, heldSet, (p, h) => {
        const unordered = { ...p, ordered: false };
        const reversed = { ...unordered, items: [...unordered.items].reverse() };
        expect(pathwayProgress(unordered, h, NOW).doneCount).toBe(
          pathwayProgress(reversed, h, NOW).doneCount,
        );
        // Ordered never counts more than unordered: it can only hold back out-of-order items.
        expect(pathwayProgress({ ...p, ordered: true }, h, NOW).doneCount).toBeLessThanOrEqual(
          pathwayProgress(unordered, h, NOW).doneCount,
        );
      }),
    );
    const p: PathwayShape = { rule: 'all', requiredCount: 2, ordered: true, items: ['a', 'b'] };
    expect(pathwayProgress(p, [held('b')], NOW)).toMatchObject({ doneCount: 0, next: ['a'] });
    expect(pathwayProgress({ ...p, ordered: false }, [held('b')], NOW)).toMatchObject({ doneCount: 1 });
    // Out of order is kept: once the first step is earned, the second counts too.
    expect(pathwayProgress(p, [held('b'), held('a')], NOW).complete).toBe(true);
  });

  it('"N of" never needs more than N, and N of all items is "all"', () => {
    fc.assert(
      fc.property(shape, (p) => {
        const nOf = { ...p, rule: 'n_of' as const, ordered: false };
        expect(requiredOf(nOf)).toBeLessThanOrEqual(nOf.requiredCount);
        const firstN = nOf.items.slice(0, nOf.requiredCount).map((id) => held(id));
        expect(pathwayProgress(nOf, firstN, NOW).complete).toBe(true);
        const all = { ...p, rule: 'all' as const };
        const allN = { ...p, rule: 'n_of' as const, requiredCount: p.items.length };
        const h = p.items.slice(0, -1).map((id) => held(id));
        expect(pathwayProgress(all, h, NOW).complete).toBe(pathwayProgress(allN, h, NOW).complete);
      }),
    );
  });

  it('does not count revoked, suspended or expired credentials', () => {
    const p: PathwayShape = { rule: 'all', requiredCount: 3, ordered: false, items: ['a', 'b', 'c'] };
    const bad = [
      held('a', { status: 'revoked' }),
      held('b', { status: 'suspended' }),
      held('c', { validUntil: '2026-11-01T00:00:00Z' }),
    ];
    expect(pathwayProgress(p, bad, NOW)).toMatchObject({
      doneCount: 0,
      complete: false,
      next: ['a', 'b', 'c'],
    });
    const good = [...bad, held('a'), held('b'), held('c', { validUntil: '2027-11-01T00:00:00Z' })];
    expect(pathwayProgress(p, good, NOW).complete).toBe(true);
  });

  it('names what is wrong with a pathway shape', () => {
    expect(pathwayShapeProblems({ rule: 'all', requiredCount: 0, ordered: false, items: [] })).toEqual([
      'Add at least one micro-credential to the pathway.',
    ]);
    expect(
      pathwayShapeProblems({ rule: 'n_of', requiredCount: 3, ordered: false, items: ['a', 'b'] }),
    ).toEqual(['"N of" needs N between 1 and the number of micro-credentials (2).']);
    expect(
      pathwayShapeProblems({ rule: 'n_of', requiredCount: 1, ordered: false, items: ['a', 'a'] }),
    ).toHaveLength(1);
    expect(
      pathwayShapeProblems({ rule: 'n_of', requiredCount: 2, ordered: true, items: ['a', 'b'] }),
    ).toEqual([]);
  });
});
