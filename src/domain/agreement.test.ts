import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreementSummary,
  agreementWithReference,
  cohensKappa,
  criterionPairs,
  exactAgreement,
  type LabelPair,
} from './agreement.js';

/** Pairs from a confusion table: `table[[a, b]] = count` of items rated a by the first, b by the second. */
const fromTable = (table: [string, string, number][]): LabelPair[] =>
  table.flatMap(([a, b, count]) => Array.from({ length: count }, (): LabelPair => [a, b]));

/** Kappa by the textbook formula on proportions, written independently as an oracle. */
function textbookKappa(pairs: readonly LabelPair[]): number {
  const n = pairs.length;
  const labels = [...new Set(pairs.flat())];
  const po = pairs.filter(([a, b]) => a === b).length / n;
  const pe = labels.reduce(
    (sum, l) =>
      sum + (pairs.filter(([a]) => a === l).length / n) * (pairs.filter(([, b]) => b === l).length / n),
    0,
  );
  return (po - pe) / (1 - pe);
}

const LABELS = ['a', 'b', 'c', 'd'] as const;
const arbPairs = fc.array(fc.tuple(fc.constantFrom(...LABELS), fc.constantFrom(...LABELS)), {
  minLength: 1,
  maxLength: 60,
});

describe('exact agreement', () => {
  it('is the share of pairs with equal labels, null without pairs', () => {
    expect(exactAgreement([])).toBeNull();
    expect(
      exactAgreement([
        ['x', 'x'],
        ['x', 'y'],
        ['y', 'y'],
        ['z', 'y'],
      ]),
    ).toBe(0.5);
  });
});

describe("Cohen's kappa", () => {
  it('matches the worked 2×2 examples (Wikipedia)', () => {
    // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: pₒ = 0.7, pₑ = 0.5 → κ = 0.4
    expect(
      cohensKappa(
        fromTable([
          ['yes', 'yes', 20],
          ['yes', 'no', 5],
          ['no', 'yes', 10],
          ['no', 'no', 15],
        ]),
      ),
    ).toBe(0.4);
    // Same 60% observed agreement, different marginals: κ = 0.06 / 0.46 ≈ 0.1304 and 0.14 / 0.54 ≈ 0.2593
    const k1 = cohensKappa(
      fromTable([
        ['yes', 'yes', 45],
        ['yes', 'no', 15],
        ['no', 'yes', 25],
        ['no', 'no', 15],
      ]),
    );
    expect(k1).toBeCloseTo(0.1304, 4);
    expect(k1).toBe(600 / 4600);
    const k2 = cohensKappa(
      fromTable([
        ['yes', 'yes', 25],
        ['yes', 'no', 35],
        ['no', 'yes', 5],
        ['no', 'no', 35],
      ]),
    );
    expect(k2).toBeCloseTo(0.2593, 4);
  });

  it('matches a 3-category example worked by hand', () => {
    // Rows: first rater; columns: second rater (exceeds, demonstrated, not-yet).
    //            E   D   N  | row
    //   E       10   2   0  |  12
    //   D        3  20   5  |  28
    //   N        0   2   8  |  10
    //   column  13  24  13  |  50
    // pₒ = 38/50 = 0.76; pₑ = (12·13 + 28·24 + 10·13)/2500 = 958/2500 = 0.3832
    // κ = (0.76 − 0.3832)/(1 − 0.3832) = 0.3768/0.6168 = 157/257 ≈ 0.610895
    const pairs = fromTable([
      ['E', 'E', 10],
      ['E', 'D', 2],
      ['D', 'E', 3],
      ['D', 'D', 20],
      ['D', 'N', 5],
      ['N', 'D', 2],
      ['N', 'N', 8],
    ]);
    expect(cohensKappa(pairs)).toBeCloseTo(0.610895, 6);
    expect(cohensKappa(pairs)).toBe(157 / 257);
    expect(exactAgreement(pairs)).toBe(0.76);
  });

  it('is -1 for systematic disagreement and 0 at chance level', () => {
    expect(
      cohensKappa([
        ['yes', 'no'],
        ['no', 'yes'],
      ]),
    ).toBe(-1);
    expect(
      cohensKappa([
        ['yes', 'yes'],
        ['yes', 'no'],
        ['no', 'yes'],
        ['no', 'no'],
      ]),
    ).toBe(0);
  });

  it('is null without pairs and 1 when both raters only ever used the same single label', () => {
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa([['yes', 'yes']])).toBe(1);
    expect(
      cohensKappa([
        ['yes', 'yes'],
        ['yes', 'yes'],
      ]),
    ).toBe(1);
    // One rater constant, the other not: pₑ < 1, so the formula applies (here κ = 0).
    expect(
      cohensKappa([
        ['yes', 'yes'],
        ['yes', 'no'],
      ]),
    ).toBe(0);
  });

  it('agrees with the textbook formula whenever that is defined', () => {
    fc.assert(
      fc.property(arbPairs, (pairs) => {
        const labels = new Set(pairs.flat());
        if (labels.size > 1) expect(cohensKappa(pairs)).toBeCloseTo(textbookKappa(pairs), 12);
      }),
    );
  });

  it('lies in [-1, 1] and is 1 exactly when every pair agrees', () => {
    fc.assert(
      fc.property(arbPairs, (pairs) => {
        const kappa = cohensKappa(pairs)!;
        expect(kappa).toBeGreaterThanOrEqual(-1);
        expect(kappa).toBeLessThanOrEqual(1);
        expect(kappa === 1).toBe(pairs.every(([a, b]) => a === b));
      }),
    );
  });

  it('is 1 for full agreement using at least two labels', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LABELS), { minLength: 2 }).filter((ls) => new Set(ls).size >= 2),
        (labels) => {
          expect(cohensKappa(labels.map((l): LabelPair => [l, l]))).toBe(1);
        },
      ),
    );
  });

  it('is symmetric in rater order and invariant under relabeling', () => {
    fc.assert(
      fc.property(
        arbPairs,
        fc.shuffledSubarray(['w', 'x', 'y', 'z'], { minLength: 4, maxLength: 4 }),
        (pairs, names) => {
          const kappa = cohensKappa(pairs);
          expect(cohensKappa(pairs.map(([a, b]): LabelPair => [b, a]))).toBe(kappa);
          const rename = (l: string) => names[LABELS.indexOf(l as (typeof LABELS)[number])]!;
          expect(cohensKappa(pairs.map(([a, b]): LabelPair => [rename(a), rename(b)]))).toBe(kappa);
          expect(cohensKappa([...pairs].reverse())).toBe(kappa);
        },
      ),
    );
  });

  it('is exactly chance level (0) when every first label meets every second label', () => {
    const arbLabels = fc.array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(arbLabels, arbLabels, (firsts, seconds) => {
        const pairs = firsts.flatMap((a) => seconds.map((b): LabelPair => [a, b]));
        const constant =
          new Set(firsts).size === 1 && new Set(seconds).size === 1 && firsts[0] === seconds[0];
        expect(cohensKappa(pairs)).toBe(constant ? 1 : 0);
      }),
    );
  });
});

describe('agreement summary', () => {
  it('reports pairs, exact agreement and kappa together', () => {
    expect(agreementSummary([])).toEqual({ pairs: 0, exact: null, kappa: null });
    expect(
      agreementSummary([
        ['yes', 'yes'],
        ['no', 'no'],
        ['yes', 'no'],
        ['no', 'yes'],
      ]),
    ).toEqual({ pairs: 4, exact: 0.5, kappa: 0 });
  });
});

describe('criterion pairs', () => {
  it('pairs the levels of criteria both scorings cover, skipping ambiguous ones', () => {
    expect(
      criterionPairs(
        [
          { criterionId: 'c1', levelId: 'demonstrated' },
          { criterionId: 'c2', levelId: 'not-yet' },
          { criterionId: 'c3', levelId: 'exceeds' },
          { criterionId: 'c4', levelId: 'exceeds' },
        ],
        [
          { criterionId: 'c4', levelId: 'exceeds' },
          { criterionId: 'c4', levelId: 'not-yet' },
          { criterionId: 'c2', levelId: 'demonstrated' },
          { criterionId: 'c1', levelId: 'demonstrated' },
        ],
      ),
    ).toEqual([
      ['demonstrated', 'demonstrated'],
      ['not-yet', 'demonstrated'],
    ]);
  });
});

describe('agreement with a reference', () => {
  const reference = [
    { criterionId: 'c1', levelId: 'demonstrated' },
    { criterionId: 'c2', levelId: 'not-yet' },
    { criterionId: 'c3', levelId: 'exceeds' },
    { criterionId: 'c4', levelId: 'demonstrated' },
  ];

  it("is the share of the reference's criteria scored at the reference level", () => {
    expect(agreementWithReference(reference, reference)).toBe(1);
    expect(
      agreementWithReference(
        [
          { criterionId: 'c1', levelId: 'demonstrated' },
          { criterionId: 'c2', levelId: 'demonstrated' },
          { criterionId: 'c3', levelId: 'exceeds' },
          { criterionId: 'extra', levelId: 'exceeds' },
        ],
        reference,
      ),
    ).toBe(0.5); // c2 differs, c4 missing, 'extra' ignored
    expect(agreementWithReference([], reference)).toBe(0);
    expect(agreementWithReference(reference, [])).toBe(0);
  });

  it('does not credit a criterion scored twice with different levels', () => {
    expect(agreementWithReference([...reference, { criterionId: 'c1', levelId: 'not-yet' }], reference)).toBe(
      0.75,
    );
  });

  it('counts exactly the matching reference criteria, whatever the order', () => {
    const arbCase = fc.record({
      levels: fc.array(fc.constantFrom('exceeds', 'demonstrated', 'not-yet'), {
        minLength: 1,
        maxLength: 10,
      }),
      chosen: fc.array(fc.option(fc.constantFrom('exceeds', 'demonstrated', 'not-yet')), { maxLength: 10 }),
      seed: fc.nat(),
    });
    fc.assert(
      fc.property(arbCase, ({ levels, chosen, seed }) => {
        const ref = levels.map((levelId, i) => ({ criterionId: `c${i}`, levelId }));
        const scores = chosen.flatMap((levelId, i) => (levelId ? [{ criterionId: `c${i}`, levelId }] : []));
        const shuffled = scores.map((_, i) => scores[(i + seed) % scores.length]!);
        const matches = levels.filter((l, i) => chosen[i] === l).length;
        expect(agreementWithReference(shuffled, ref)).toBe(matches / levels.length);
      }),
    );
  });
});
