import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policiesOverlap, policyProblems } from './renewal-policy.js';

const p = (over: Partial<Parameters<typeof policiesOverlap>[0]> = {}) => ({
  orgId: 'o',
  licenseTypes: [] as string[],
  effectiveFrom: '2025-01-01',
  effectiveUntil: null as string | null,
  status: 'active' as const,
  ...over,
});

describe('renewal policy checks', () => {
  it('finds overlapping periods and license types of one organization', () => {
    expect(policiesOverlap(p(), p({ effectiveFrom: '2030-01-01' }))).toBe(true);
    expect(policiesOverlap(p({ effectiveUntil: '2026-01-01' }), p({ effectiveFrom: '2026-01-01' }))).toBe(
      false,
    );
    expect(policiesOverlap(p({ licenseTypes: ['A'] }), p({ licenseTypes: ['B'] }))).toBe(false);
    expect(policiesOverlap(p({ licenseTypes: ['A'] }), p({ licenseTypes: [] }))).toBe(true);
    expect(policiesOverlap(p(), p({ orgId: 'other' }))).toBe(false);
    expect(policiesOverlap(p(), p({ status: 'retired' as never }))).toBe(false);
  });

  it('overlap is symmetric', () => {
    const arb = fc.record({
      orgId: fc.constantFrom('a', 'b'),
      licenseTypes: fc.subarray(['A', 'B', 'C']),
      effectiveFrom: fc.constantFrom('2024-01-01', '2025-01-01', '2026-01-01'),
      effectiveUntil: fc.constantFrom(null, '2025-06-01', '2027-01-01'),
      status: fc.constant('active' as const),
    });
    fc.assert(fc.property(arb, arb, (a, b) => policiesOverlap(a, b) === policiesOverlap(b, a)));
  });

  it('refuses negative numbers, fixed hours without a number and cycles under a year', () => {
    const ok = {
      hoursMode: 'fixed' as const,
      fixedHours: 6,
      capHours: 30,
      requiredHours: 60,
      cycleYears: 5,
      effectiveFrom: '2025-01-01',
      effectiveUntil: null,
    };
    expect(policyProblems(ok)).toEqual([]);
    expect(policyProblems({ ...ok, capHours: -1 })).toEqual([
      { field: 'capHours', message: 'The cap per cycle cannot be negative.' },
    ]);
    expect(policyProblems({ ...ok, fixedHours: null })).toHaveLength(1);
    expect(policyProblems({ ...ok, cycleYears: 0 })).toHaveLength(1);
    expect(policyProblems({ ...ok, effectiveUntil: '2024-01-01' })).toHaveLength(1);
    expect(policyProblems({ ...ok, hoursMode: 'credit', fixedHours: null })).toEqual([]);
  });
});
