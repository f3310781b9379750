import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../contracts/micro-credential.js';
import { applyEarnRule, describeEarnRule, type Rubric } from './earn-rule.js';

const criterion = (id: string): Criterion => ({
  id,
  title: `Criterion ${id}`,
  part: 'part1',
  targets: [],
  levels: [
    { id: 'exceeds', label: 'Exceeds', descriptor: 'd', demonstrated: true },
    { id: 'demonstrated', label: 'Demonstrated', descriptor: 'd', demonstrated: true },
    { id: 'not-yet', label: 'Not yet', descriptor: 'd', demonstrated: false },
  ],
});

const arbRubricAndScores = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.record({
    ids: fc.constant(Array.from({ length: n }, (_, i) => `c${i}`)),
    levels: fc.array(fc.constantFrom('exceeds', 'demonstrated', 'not-yet'), { minLength: n, maxLength: n }),
    min: fc.integer({ min: 1, max: n }),
    required: fc.subarray(Array.from({ length: n }, (_, i) => `c${i}`)),
  }),
);

describe('earn rule', () => {
  it('all-criteria: earned exactly when no criterion is "not yet"', () => {
    fc.assert(
      fc.property(arbRubricAndScores, ({ ids, levels }) => {
        const rubric: Rubric = { criteria: ids.map(criterion), earnRule: { kind: 'all-criteria' } };
        const result = applyEarnRule(
          rubric,
          ids.map((id, i) => ({ criterionId: id, levelId: levels[i]! })),
        );
        expect(result.complete).toBe(true);
        if (result.complete) expect(result.decision === 'earned').toBe(!levels.includes('not-yet'));
      }),
    );
  });

  it('min-criteria: earned iff at least min demonstrated and every required one is', () => {
    fc.assert(
      fc.property(arbRubricAndScores, ({ ids, levels, min, required }) => {
        const rubric: Rubric = {
          criteria: ids.map(criterion),
          earnRule: { kind: 'min-criteria', min, required },
        };
        const result = applyEarnRule(
          rubric,
          ids.map((id, i) => ({ criterionId: id, levelId: levels[i]! })),
        );
        const shown = new Set(ids.filter((_, i) => levels[i] !== 'not-yet'));
        const expected = shown.size >= min && required.every((r) => shown.has(r));
        expect(result.complete && result.decision === 'earned').toBe(expected);
      }),
    );
  });

  it('raising any score never turns "earned" into "not yet" (monotone)', () => {
    fc.assert(
      fc.property(arbRubricAndScores, fc.nat(), ({ ids, levels, min, required }, pick) => {
        for (const earnRule of [
          { kind: 'all-criteria' as const },
          { kind: 'min-criteria' as const, min, required },
        ]) {
          const rubric: Rubric = { criteria: ids.map(criterion), earnRule };
          const before = applyEarnRule(
            rubric,
            ids.map((id, i) => ({ criterionId: id, levelId: levels[i]! })),
          );
          const raised = [...levels];
          raised[pick % ids.length] = 'demonstrated';
          const after = applyEarnRule(
            rubric,
            ids.map((id, i) => ({ criterionId: id, levelId: raised[i]! })),
          );
          if (before.complete && before.decision === 'earned')
            expect(after.complete && after.decision).toBe('earned');
        }
      }),
    );
  });

  it('is incomplete when a criterion is missing, unknown, or scored twice — never a decision', () => {
    fc.assert(
      fc.property(arbRubricAndScores, fc.nat(), ({ ids, levels }, drop) => {
        const rubric: Rubric = { criteria: ids.map(criterion), earnRule: { kind: 'all-criteria' } };
        const scores = ids.map((id, i) => ({ criterionId: id, levelId: levels[i]! }));
        const missingOne = scores.filter((_, i) => i !== drop % ids.length);
        expect(applyEarnRule(rubric, missingOne)).toMatchObject({
          complete: false,
          missing: [ids[drop % ids.length]],
        });
        expect(applyEarnRule(rubric, [...scores, { criterionId: 'ghost', levelId: 'x' }]).complete).toBe(
          false,
        );
        expect(applyEarnRule(rubric, [...scores, scores[0]!]).complete).toBe(false);
        expect(
          applyEarnRule(
            rubric,
            scores.map((s) => ({ ...s, levelId: 'made-up' })),
          ).complete,
        ).toBe(false);
      }),
    );
  });

  it('describes the rule in words', () => {
    const rubric: Rubric = {
      criteria: ['a', 'b', 'c'].map(criterion),
      earnRule: { kind: 'min-criteria', min: 2, required: ['a'] },
    };
    expect(describeEarnRule(rubric)).toBe(
      'At least 2 of the 3 criteria must be demonstrated, including Criterion a.',
    );
  });
});
