import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignBacklog,
  eligibility,
  isAway,
  pickAssessor,
  type AssignmentRequest,
  type BacklogRequest,
  type Candidate,
  type Eligibility,
} from './assignment-policy.js';

const NOW = new Date('2026-03-02T12:00:00Z');
const HOUR = 3_600_000;
const hoursFromNow = (h: number) => new Date(NOW.getTime() + h * HOUR);

const candidate = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  qualified: true,
  openReviews: 0,
  capacity: 5,
  awayFrom: null,
  awayUntil: null,
  localOrgIds: [],
  active: true,
  ...over,
});

const request = (over: Partial<AssignmentRequest> = {}): AssignmentRequest => ({
  educatorId: 'edu',
  educatorOrgIds: ['district-1', 'school-1'],
  at: NOW,
  ...over,
});

/** Every rule a candidate breaks, written straight from the policy as an independent oracle. */
function broken(c: Candidate, r: AssignmentRequest): Set<Eligibility> {
  const t = r.at.getTime();
  const away =
    (c.awayFrom !== null || c.awayUntil !== null) &&
    (c.awayFrom === null || c.awayFrom.getTime() <= t) &&
    (c.awayUntil === null || t < c.awayUntil.getTime());
  const rules: [Eligibility, boolean][] = [
    ['self', c.id === r.educatorId],
    ['conflict', c.localOrgIds.some((o) => r.educatorOrgIds.includes(o))],
    ['inactive', !c.active],
    ['unqualified', !c.qualified],
    ['not_senior', r.requireSenior === true && c.senior !== true],
    ['excluded', (r.excludeIds ?? []).includes(c.id)],
    ['away', away],
    ['full', c.openReviews >= c.capacity],
  ];
  return new Set(rules.filter(([, bad]) => bad).map(([reason]) => reason));
}
const eligibleByRules = (c: Candidate, r: AssignmentRequest) => broken(c, r).size === 0;

/** The expected choice among eligible candidates, with the load ratio as a plain division. */
function expectedPick(candidates: readonly Candidate[], r: AssignmentRequest): Candidate | null {
  const eligible = candidates.filter((c) => eligibleByRules(c, r));
  const preferred = eligible.find((c) => c.id === r.preferredId);
  if (preferred) return preferred;
  const sorted = [...eligible].sort(
    (a, b) =>
      a.openReviews / a.capacity - b.openReviews / b.capacity ||
      a.openReviews - b.openReviews ||
      (a.id < b.id ? -1 : 1),
  );
  return sorted[0] ?? null;
}

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const ORGS = ['district-1', 'school-1', 'district-2', 'school-2'];
const arbMaybeHour = fc.option(fc.integer({ min: -48, max: 48 }).map(hoursFromNow), { nil: null });

const arbCandidates = fc.uniqueArray(fc.constantFrom(...IDS), { maxLength: IDS.length }).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc.record({
        id: fc.constant(id),
        qualified: fc.boolean(),
        openReviews: fc.integer({ min: 0, max: 6 }),
        capacity: fc.integer({ min: 0, max: 6 }),
        awayFrom: arbMaybeHour,
        awayUntil: arbMaybeHour,
        localOrgIds: fc.subarray(ORGS, { maxLength: 2 }),
        active: fc.boolean(),
        senior: fc.option(fc.boolean(), { nil: undefined }),
      }),
    ),
  ),
);

const arbRequest = fc.record({
  educatorId: fc.constantFrom(...IDS, 'edu'),
  educatorOrgIds: fc.subarray(ORGS, { maxLength: 2 }),
  excludeIds: fc.option(fc.subarray(IDS), { nil: undefined }),
  preferredId: fc.option(fc.constantFrom(...IDS), { nil: null }),
  requireSenior: fc.option(fc.boolean(), { nil: undefined }),
  at: fc.integer({ min: -48, max: 48 }).map(hoursFromNow),
});

describe('isAway', () => {
  it('is away from awayFrom (inclusive) until awayUntil (exclusive), open-ended on a missing side', () => {
    const window = { awayFrom: hoursFromNow(0), awayUntil: hoursFromNow(24) };
    expect(isAway(window, hoursFromNow(-1))).toBe(false);
    expect(isAway(window, hoursFromNow(0))).toBe(true);
    expect(isAway(window, hoursFromNow(23))).toBe(true);
    expect(isAway(window, hoursFromNow(24))).toBe(false);
    expect(isAway({ awayFrom: null, awayUntil: hoursFromNow(1) }, NOW)).toBe(true);
    expect(isAway({ awayFrom: null, awayUntil: hoursFromNow(0) }, NOW)).toBe(false);
    expect(isAway({ awayFrom: hoursFromNow(-1), awayUntil: null }, NOW)).toBe(true);
    expect(isAway({ awayFrom: hoursFromNow(1), awayUntil: null }, NOW)).toBe(false);
    expect(isAway({ awayFrom: null, awayUntil: null }, NOW)).toBe(false);
  });
});

describe('eligibility', () => {
  it('names the reason a candidate cannot take the request', () => {
    expect(eligibility(candidate('a'), request())).toBe('ok');
    expect(eligibility(candidate('edu'), request())).toBe('self');
    expect(eligibility(candidate('a', { localOrgIds: ['school-9', 'school-1'] }), request())).toBe(
      'conflict',
    );
    expect(eligibility(candidate('a', { active: false }), request())).toBe('inactive');
    expect(eligibility(candidate('a', { qualified: false }), request())).toBe('unqualified');
    expect(eligibility(candidate('a'), request({ requireSenior: true }))).toBe('not_senior');
    expect(eligibility(candidate('a', { senior: true }), request({ requireSenior: true }))).toBe('ok');
    expect(eligibility(candidate('a'), request({ excludeIds: ['a'] }))).toBe('excluded');
    expect(
      eligibility(candidate('a', { awayFrom: hoursFromNow(-1), awayUntil: hoursFromNow(1) }), request()),
    ).toBe('away');
    expect(eligibility(candidate('a', { openReviews: 5, capacity: 5 }), request())).toBe('full');
    expect(eligibility(candidate('a', { openReviews: 0, capacity: 0 }), request())).toBe('full');
    expect(eligibility(candidate('a', { openReviews: 4, capacity: 5 }), request())).toBe('ok');
  });

  it('reports the most lasting reason first', () => {
    const everything = candidate('edu', {
      localOrgIds: ['school-1'],
      active: false,
      qualified: false,
      openReviews: 9,
      capacity: 1,
      awayFrom: hoursFromNow(-1),
      awayUntil: null,
    });
    const r = request({ excludeIds: ['edu'], requireSenior: true });
    expect(eligibility(everything, r)).toBe('self');
    expect(eligibility({ ...everything, id: 'a' }, r)).toBe('conflict');
    expect(eligibility({ ...everything, id: 'a', localOrgIds: [] }, r)).toBe('inactive');
    expect(eligibility({ ...everything, id: 'a', localOrgIds: [], active: true }, r)).toBe('unqualified');
    expect(eligibility({ ...everything, id: 'a', localOrgIds: [], active: true, qualified: true }, r)).toBe(
      'not_senior',
    );
  });

  it('is ok exactly when no rule is broken, and otherwise names a broken rule', () => {
    const order: Eligibility[] = [
      'self',
      'conflict',
      'inactive',
      'unqualified',
      'not_senior',
      'excluded',
      'away',
      'full',
    ];
    fc.assert(
      fc.property(arbCandidates, arbRequest, (candidates, r) => {
        for (const c of candidates) {
          const bad = broken(c, r);
          expect(eligibility(c, r)).toBe(order.find((reason) => bad.has(reason)) ?? 'ok');
        }
      }),
    );
  });
});

describe('pickAssessor', () => {
  it('prefers the earlier assessor when eligible', () => {
    const pool = [candidate('a', { openReviews: 4 }), candidate('b')];
    expect(pickAssessor(pool, request({ preferredId: 'a' }))?.id).toBe('a');
    expect(pickAssessor(pool, request({ preferredId: 'a', excludeIds: ['a'] }))?.id).toBe('b');
    expect(pickAssessor(pool, request({ preferredId: 'zz' }))?.id).toBe('b');
  });

  it('otherwise takes the least loaded by share of capacity, then open reviews, then id', () => {
    expect(
      pickAssessor(
        [
          candidate('a', { openReviews: 2, capacity: 4 }),
          candidate('b', { openReviews: 1, capacity: 3 }),
          candidate('c', { openReviews: 1, capacity: 2 }),
        ],
        request(),
      )?.id,
    ).toBe('b');
    expect(
      pickAssessor(
        [candidate('a', { openReviews: 2, capacity: 4 }), candidate('b', { openReviews: 1, capacity: 2 })],
        request(),
      )?.id,
    ).toBe('b');
    expect(
      pickAssessor(
        [candidate('b', { openReviews: 1, capacity: 2 }), candidate('a', { openReviews: 1, capacity: 2 })],
        request(),
      )?.id,
    ).toBe('a');
  });

  it('returns null when nobody is eligible', () => {
    expect(pickAssessor([], request())).toBeNull();
    expect(pickAssessor([candidate('edu'), candidate('a', { capacity: 0 })], request())).toBeNull();
  });

  it('never picks a candidate that breaks a rule, and finds one whenever one exists', () => {
    fc.assert(
      fc.property(arbCandidates, arbRequest, (candidates, r) => {
        const picked = pickAssessor(candidates, r);
        if (picked) expect([...broken(picked, r)]).toEqual([]);
        expect(picked === null).toBe(!candidates.some((c) => eligibleByRules(c, r)));
      }),
    );
  });

  it('picks the preferred eligible assessor, else the least loaded, whatever the input order', () => {
    fc.assert(
      fc.property(arbCandidates, arbRequest, (candidates, r) => {
        const expected = expectedPick(candidates, r);
        expect(pickAssessor(candidates, r)).toBe(expected);
        expect(pickAssessor([...candidates].reverse(), r)).toBe(expected);
      }),
    );
  });
});

describe('assignBacklog', () => {
  it('assigns oldest first, spreading load and respecting capacity across the batch', () => {
    const pool = [candidate('a', { capacity: 2 }), candidate('b', { capacity: 1 })];
    const waiting: BacklogRequest[] = ['r1', 'r2', 'r3', 'r4'].map((id) => ({ ...request(), id }));
    expect(assignBacklog(waiting, pool)).toEqual({
      assignments: [
        { requestId: 'r1', assessorId: 'a' },
        { requestId: 'r2', assessorId: 'b' },
        { requestId: 'r3', assessorId: 'a' },
      ],
      waiting: ['r4'],
    });
    expect(pool.map((c) => c.openReviews)).toEqual([0, 0]); // inputs untouched
  });

  it('keeps a request waiting when only excluded or conflicted assessors have room', () => {
    const pool = [candidate('a', { capacity: 1 }), candidate('b', { localOrgIds: ['school-2'] })];
    const waiting: BacklogRequest[] = [
      { ...request({ excludeIds: ['a'], educatorOrgIds: ['school-2'] }), id: 'r1' },
      { ...request(), id: 'r2' },
      { ...request(), id: 'r3' },
    ];
    expect(assignBacklog(waiting, pool)).toEqual({
      assignments: [
        { requestId: 'r2', assessorId: 'a' }, // both idle: id decides
        { requestId: 'r3', assessorId: 'b' }, // a is now full
      ],
      waiting: ['r1'],
    });
  });

  it('never exceeds capacity, assigns only eligible assessors, and leaves nothing assignable waiting', () => {
    fc.assert(
      fc.property(arbCandidates, fc.array(arbRequest, { maxLength: 25 }), (candidates, requests) => {
        const backlog = requests.map((r, i) => ({ ...r, id: `r${i}` }));
        const before = candidates.map((c) => ({ ...c }));
        const { assignments, waiting } = assignBacklog(backlog, candidates);
        expect(candidates).toEqual(before);

        // Every request is either assigned or waiting, each exactly once, in the given order.
        const assignedIds = assignments.map((a) => a.requestId);
        expect([...assignedIds, ...waiting].sort()).toEqual(backlog.map((r) => r.id).sort());
        expect(assignedIds).toEqual(backlog.map((r) => r.id).filter((id) => !waiting.includes(id)));

        // Replay: each assignment was to an assessor eligible under the loads at that moment.
        const loads = new Map(candidates.map((c) => [c.id, c.openReviews]));
        for (const { requestId, assessorId } of assignments) {
          const c = candidates.find((x) => x.id === assessorId)!;
          const r = backlog.find((x) => x.id === requestId)!;
          expect([...broken({ ...c, openReviews: loads.get(assessorId)! }, r)]).toEqual([]);
          loads.set(assessorId, loads.get(assessorId)! + 1);
        }
        for (const c of candidates) {
          const added = loads.get(c.id)! - c.openReviews;
          expect(added).toBeLessThanOrEqual(Math.max(0, c.capacity - c.openReviews));
        }

        // Nothing left waiting could have gone to anyone, with the loads after the batch.
        const after = candidates.map((c) => ({ ...c, openReviews: loads.get(c.id)! }));
        for (const id of waiting) {
          const r = backlog.find((x) => x.id === id)!;
          expect(after.filter((c) => eligibleByRules(c, r)).map((c) => c.id)).toEqual([]);
        }
      }),
    );
  });
});
