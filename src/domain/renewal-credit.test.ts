import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addYears,
  choosePolicies,
  computeRenewalCredit,
  cycleAt,
  hoursFor,
  isRealDate,
  pace,
  type CredentialFacts,
  type RenewalPolicy,
} from './renewal-credit.js';

const statePolicy = (over: Partial<RenewalPolicy> = {}): RenewalPolicy => ({
  id: 'state-policy',
  orgId: 'state',
  name: 'State renewal',
  licenseTypes: [],
  counts: { mode: 'all' },
  hoursMode: 'fixed',
  fixedHours: 6,
  capHours: 30,
  requiredHours: 60,
  cycleYears: 5,
  effectiveFrom: '2000-01-01',
  effectiveUntil: null,
  status: 'active',
  ...over,
});

const credential = (over: Partial<CredentialFacts> = {}): CredentialFacts => ({
  id: 'c1',
  microCredentialId: 'mc1',
  issuerId: 'issuer',
  topic: 'literacy',
  tags: [],
  creditHours: 10,
  title: 'A micro-credential',
  issuedAt: '2025-03-01T10:00:00.000Z',
  status: 'valid',
  validUntil: null,
  ...over,
});

const license = { licenseType: 'Professional Educator', issuedOn: '2024-06-15' };
const now = new Date('2026-11-23T12:00:00Z');

const arbCredential = fc.record({
  id: fc.uuid(),
  microCredentialId: fc.constantFrom('mc1', 'mc2', 'mc3', 'mc4'),
  issuerId: fc.constantFrom('issuer-a', 'issuer-b'),
  topic: fc.constantFrom('literacy', 'math', 'sel'),
  tags: fc.subarray(['reading', 'equity', 'stem']),
  creditHours: fc.integer({ min: 0, max: 4000 }).map((n) => n / 100),
  title: fc.string(),
  issuedAt: fc
    .date({ min: new Date('2023-01-01'), max: new Date('2026-11-23'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  status: fc.constantFrom('valid' as const, 'valid' as const, 'revoked' as const, 'suspended' as const),
  validUntil: fc.option(
    fc
      .date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  ),
});
const arbCounts = fc.oneof(
  fc.constant({ mode: 'all' as const }),
  fc.record({ mode: fc.constant('topics' as const), values: fc.subarray(['literacy', 'math', 'sel']) }),
  fc.record({ mode: fc.constant('tags' as const), values: fc.subarray(['reading', 'equity', 'stem']) }),
  fc.record({ mode: fc.constant('list' as const), values: fc.subarray(['mc1', 'mc2', 'mc3', 'mc4']) }),
  fc.record({ mode: fc.constant('issuers' as const), values: fc.subarray(['issuer-a', 'issuer-b']) }),
);
const arbPolicy = (id: string) =>
  fc
    .record({
      counts: arbCounts,
      hoursMode: fc.constantFrom('credit' as const, 'fixed' as const),
      fixedHours: fc.integer({ min: 1, max: 1000 }).map((n) => n / 100),
      capHours: fc.option(fc.integer({ min: 0, max: 10000 }).map((n) => n / 100)),
      cycleYears: fc.integer({ min: 1, max: 6 }),
    })
    .map((p) => statePolicy({ ...p, id, orgId: id }));

describe('renewal cycles', () => {
  it('starts at the license issue date and runs whole years', () => {
    expect(cycleAt('2024-06-15', 5, '2026-11-23')).toEqual({
      index: 0,
      start: '2024-06-15',
      end: '2029-06-15',
    });
    expect(cycleAt('2014-06-15', 5, '2024-06-15')).toEqual({
      index: 2,
      start: '2024-06-15',
      end: '2029-06-15',
    });
    expect(cycleAt('2014-06-15', 5, '2024-06-14').index).toBe(1);
    expect(cycleAt('2030-01-01', 5, '2026-11-23').index).toBe(0);
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
  });

  it('always finds the cycle that contains the day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 10 }),
        (issued, today, years) => {
          const i = issued.toISOString().slice(0, 10);
          const t = today.toISOString().slice(0, 10);
          const c = cycleAt(i, years, t);
          return t < i ? c.index === 0 : c.start <= t && t < c.end;
        },
      ),
    );
  });

  it('counts a credential issued on the first day of a cycle, and one issued on its end day in the next', () => {
    const policy = statePolicy({ capHours: null });
    const at = (issuedAt: string, when: string) =>
      computeRenewalCredit({
        license,
        state: policy,
        credentials: [credential({ issuedAt })],
        now: new Date(when),
      }).items[0]!;
    expect(at('2024-06-15T00:00:00.000Z', '2026-01-01T00:00:00Z').counts).toBe(true);
    expect(at('2024-06-14T23:59:59.000Z', '2026-01-01T00:00:00Z').reason).toBe('outside cycle');
    expect(at('2029-06-15T00:00:00.000Z', '2029-06-14T00:00:00Z').reason).toBe('outside cycle');
    expect(at('2029-06-15T00:00:00.000Z', '2029-06-15T12:00:00Z').counts).toBe(true);
  });
});

describe('renewal credit', () => {
  it('fills the cap in issue order, counting part of the credential that crosses it', () => {
    const credit = computeRenewalCredit({
      license,
      state: statePolicy({ hoursMode: 'credit', capHours: 25 }),
      credentials: [
        credential({ id: 'c', issuedAt: '2025-03-03T00:00:00Z' }),
        credential({ id: 'a', issuedAt: '2025-03-01T00:00:00Z' }),
        credential({ id: 'b', issuedAt: '2025-03-02T00:00:00Z' }),
      ],
      now,
    });
    expect(credit.items.map((i) => [i.credentialId, i.countedHours, i.cappedHours])).toEqual([
      ['a', 10, 0],
      ['b', 10, 0],
      ['c', 5, 5],
    ]);
    expect(credit).toMatchObject({
      earnedHours: 30,
      countedHours: 25,
      cappedHours: 5,
      requiredHours: 60,
      remainingHours: 35,
    });
  });

  it('gives fixed hours (Tennessee style) and explains what does not count', () => {
    const credit = computeRenewalCredit({
      license,
      state: statePolicy({ counts: { mode: 'topics', values: ['literacy'] } }),
      credentials: [
        credential({ id: 'ok' }),
        credential({ id: 'math', topic: 'math' }),
        credential({ id: 'rev', status: 'revoked' }),
        credential({ id: 'sus', status: 'suspended' }),
        credential({ id: 'exp', validUntil: '2026-01-01T00:00:00Z' }),
        credential({ id: 'old', issuedAt: '2020-01-01T00:00:00Z' }),
      ],
      now,
    });
    const byId = Object.fromEntries(credit.items.map((i) => [i.credentialId, i]));
    expect(byId.ok).toMatchObject({ counts: true, hours: 6, countedHours: 6, countedBy: 'state' });
    expect(byId.math!.reason).toBe('not covered by policy');
    expect(byId.rev!.reason).toBe('revoked');
    expect(byId.sus!.reason).toBe('suspended');
    expect(byId.exp!.reason).toBe('expired');
    expect(byId.old!.reason).toBe('outside cycle');
    expect(credit.countedHours).toBe(6);
  });

  it('lets a district add what the state does not cover, at the district hours, under the state cap', () => {
    const credit = computeRenewalCredit({
      license,
      state: statePolicy({ counts: { mode: 'topics', values: ['literacy'] }, capHours: 10 }),
      district: statePolicy({
        id: 'd',
        orgId: 'd',
        counts: { mode: 'topics', values: ['math'] },
        fixedHours: 3,
        capHours: 100,
      }),
      credentials: [
        credential({ id: 'a' }),
        credential({ id: 'b', topic: 'math', issuedAt: '2025-04-01T00:00:00Z' }),
      ],
      now,
    });
    expect(credit.items.map((i) => [i.countedBy, i.hours, i.countedHours])).toEqual([
      ['state', 6, 6],
      ['district', 3, 3],
    ]);
    expect(credit.countedHours).toBe(9);
  });

  it('rounds to 2 decimals and keeps counted + capped = earned, never over the cap', () => {
    fc.assert(
      fc.property(arbPolicy('s'), fc.array(arbCredential, { maxLength: 30 }), (state, credentials) => {
        const credit = computeRenewalCredit({ license, state, credentials, now });
        const sum = (f: (i: (typeof credit.items)[number]) => number) =>
          Math.round(credit.items.reduce((s, i) => s + f(i) * 100, 0));
        expect(Math.round(credit.countedHours * 100 + credit.cappedHours * 100)).toBe(
          Math.round(credit.earnedHours * 100),
        );
        expect(sum((i) => i.countedHours)).toBe(Math.round(credit.countedHours * 100));
        expect(sum((i) => i.cappedHours)).toBe(Math.round(credit.cappedHours * 100));
        if (state.capHours !== null) expect(credit.countedHours).toBeLessThanOrEqual(state.capHours);
        for (const i of credit.items) {
          expect(Number(i.countedHours.toFixed(2))).toBe(i.countedHours);
          expect(i.countedHours + i.cappedHours).toBeCloseTo(i.counts ? i.hours : 0, 6);
        }
      }),
    );
  });

  it('never counts a revoked, suspended or expired credential', () => {
    fc.assert(
      fc.property(arbPolicy('s'), fc.array(arbCredential, { maxLength: 30 }), (state, credentials) => {
        const credit = computeRenewalCredit({ license, state, credentials, now });
        const byId = new Map(credentials.map((c) => [c.id, c]));
        for (const item of credit.items) {
          const c = byId.get(item.credentialId)!;
          const dead = c.status !== 'valid' || (c.validUntil !== null && c.validUntil <= now.toISOString());
          if (dead) expect(item.countedHours + item.cappedHours).toBe(0);
          if (dead) expect(item.counts).toBe(false);
        }
      }),
    );
  });

  it('a district addition never reduces what the state counts alone', () => {
    fc.assert(
      fc.property(
        arbPolicy('s'),
        arbPolicy('d'),
        fc.array(arbCredential, { maxLength: 30 }),
        (state, district, credentials) => {
          const alone = computeRenewalCredit({ license, state, credentials, now });
          const both = computeRenewalCredit({ license, state, district, credentials, now });
          expect(both.countedHours).toBeGreaterThanOrEqual(alone.countedHours);
          expect(both.requiredHours).toBe(alone.requiredHours);
          expect(both.capHours).toBe(alone.capHours);
          const aloneCounts = new Set(alone.items.filter((i) => i.counts).map((i) => i.credentialId));
          for (const i of both.items) if (aloneCounts.has(i.credentialId)) expect(i.countedBy).toBe('state');
        },
      ),
    );
  });

  it('does not depend on the order of its input', () => {
    fc.assert(
      fc.property(
        arbPolicy('s'),
        fc
          .uniqueArray(arbCredential, { maxLength: 20, selector: (c) => c.id })
          .chain((cs) =>
            fc.tuple(
              fc.constant(cs),
              fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }),
            ),
          ),
        (state, [credentials, shuffled]) => {
          expect(computeRenewalCredit({ license, state, credentials: shuffled, now })).toEqual(
            computeRenewalCredit({ license, state, credentials, now }),
          );
        },
      ),
    );
  });
});

describe('policies', () => {
  it('are chosen by the license state, type and effective dates; a district one adds', () => {
    const policies = [
      { ...statePolicy({ id: 'old', effectiveUntil: '2025-01-01' }), orgKind: 'state' },
      { ...statePolicy({ id: 'other-type', licenseTypes: ['Administrator'] }), orgKind: 'state' },
      { ...statePolicy({ id: 'current', effectiveFrom: '2025-01-01' }), orgKind: 'state' },
      { ...statePolicy({ id: 'district', orgId: 'd1' }), orgKind: 'district' },
      { ...statePolicy({ id: 'retired', orgId: 'd2', status: 'retired' }), orgKind: 'district' },
    ];
    const chosen = choosePolicies(policies, { ...license, stateId: 'state' }, ['d1', 'd2'], '2026-11-23');
    expect(chosen.state?.id).toBe('current');
    expect(chosen.district?.id).toBe('district');
    expect(choosePolicies(policies, { ...license, stateId: 'elsewhere' }, [], '2026-11-23')).toEqual({
      state: null,
      district: null,
    });
  });

  it('a micro-credential is worth the state hours, else the district hours', () => {
    const mc = credential();
    expect(hoursFor(mc, statePolicy(), null)).toEqual({ hours: 6, by: 'state' });
    expect(
      hoursFor(
        mc,
        statePolicy({ counts: { mode: 'list', values: [] } }),
        statePolicy({ hoursMode: 'credit' }),
      ),
    ).toEqual({
      hours: 10,
      by: 'district',
    });
    expect(hoursFor(mc, statePolicy({ counts: { mode: 'issuers', values: ['x'] } }), null)).toBeNull();
  });

  it('measures pace against the share of the cycle gone by', () => {
    const cycle = { index: 0, start: '2024-01-01', end: '2029-01-01' };
    expect(pace({ cycle, countedHours: 60, requiredHours: 60 }, now)).toBe('complete');
    expect(pace({ cycle, countedHours: 30, requiredHours: 60 }, new Date('2026-01-01T00:00:00Z'))).toBe(
      'on track',
    );
    expect(pace({ cycle, countedHours: 6, requiredHours: 60 }, new Date('2026-01-01T00:00:00Z'))).toBe(
      'behind',
    );
  });
});
