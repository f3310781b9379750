import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RosterPlanner,
  departureCheck,
  entriesAfter,
  type ExistingEntry,
  type OfferedLine,
} from './roster-plan.js';
import { csvCell, mapRole } from './roster-rows.js';

type Line = { sourceId: string; email: string; fp: string; active: boolean; bad: boolean };
const ids = (xs: Line[]) => xs.map((l): string => l.sourceId);

const lineArb = fc.record({
  sourceId: fc.constantFrom('s1', 's2', 's3', 's4', 's5', 's6'),
  email: fc.constantFrom('a@x.org', 'b@x.org', 'c@x.org', 'd@x.org', 'e@x.org', 'f@x.org'),
  fp: fc.constantFrom('f1', 'f2'),
  active: fc.boolean(),
  bad: fc.boolean(),
});
const existingArb = fc
  .uniqueArray(
    fc.record({
      sourceId: fc.constantFrom('s1', 's2', 's3', 's7', 's8'),
      fingerprint: fc.constantFrom('f1', 'f2'),
      status: fc.constantFrom('active' as const, 'departed' as const),
    }),
    { selector: (e) => e.sourceId },
  )
  .map(
    (es) =>
      new Map(es.map((e): [string, ExistingEntry] => [e.sourceId, { ...e, userId: `u-${e.sourceId}` }])),
  );

function plan(existing: ReadonlyMap<string, ExistingEntry>, lines: Line[], keep = Infinity) {
  const planner = new RosterPlanner<null>(existing, keep);
  const buckets = lines.map((l, i) =>
    l.bad
      ? planner.reject(i + 2, 'bad', l.email, l.sourceId)
      : planner.offer({
          line: i + 2,
          sourceId: l.sourceId,
          email: l.email,
          fingerprint: l.fp,
          active: l.active,
          payload: null,
        }),
  );
  return { plan: planner.finish(), buckets };
}

const userOf = (l: OfferedLine<null>) => `u-${l.sourceId}`;

describe('roster plan', () => {
  it('puts every line in exactly one bucket', () => {
    fc.assert(
      fc.property(existingArb, fc.array(lineArb, { maxLength: 30 }), (existing, lines) => {
        const { plan: p, buckets } = plan(existing, lines);
        const fromLines =
          p.create.length +
          p.change.length +
          p.unchanged +
          p.skip.length +
          p.reject.length +
          p.deactivate.filter((d) => d.line !== null).length;
        expect(fromLines).toBe(lines.length);
        expect(p.lines).toBe(lines.length);
        const seen = [
          ...p.create.map((c) => c.line),
          ...p.change.map((c) => c.line),
          ...p.skip.map((s) => s.line),
          ...p.reject.map((r) => r.line),
          ...p.deactivate.flatMap((d) => (d.line === null ? [] : [d.line])),
        ];
        expect(new Set(seen).size).toBe(seen.length);
        expect(buckets.filter((b) => b === 'unchanged').length).toBe(p.unchanged);
      }),
    );
  });

  it('changes nothing when the same file is planned again over what it applied', () => {
    fc.assert(
      fc.property(existingArb, fc.array(lineArb, { maxLength: 30 }), (existing, lines) => {
        const first = plan(existing, lines).plan;
        const after = entriesAfter(existing, first, userOf);
        const again = plan(after, lines).plan;
        expect(again.create).toEqual([]);
        expect(again.change).toEqual([]);
        expect(again.deactivate).toEqual([]);
        expect(again.reject).toEqual(first.reject);
      }),
    );
  });

  it('departs exactly the active people the file no longer lists, and never the rejected ones', () => {
    fc.assert(
      fc.property(existingArb, fc.array(lineArb, { maxLength: 30 }), (existing, lines) => {
        const { plan: p } = plan(existing, lines);
        const mentioned = new Set(ids(lines));
        const departedSilently = p.deactivate.filter((d) => d.line === null).map((d) => d.entry.sourceId);
        const expected = [...existing.values()]
          .filter((e) => e.status === 'active' && !mentioned.has(e.sourceId))
          .map((e) => e.sourceId);
        expect(departedSilently.sort()).toEqual(expected.sort());
      }),
    );
  });

  it('keeps only the first lines when asked, with whole counts and the same decisions', () => {
    fc.assert(
      fc.property(existingArb, fc.array(lineArb, { maxLength: 30 }), fc.nat(5), (existing, lines, keep) => {
        const whole = plan(existing, lines);
        const capped = plan(existing, lines, keep);
        expect(capped.buckets).toEqual(whole.buckets);
        expect(capped.plan.counts).toEqual({
          create: whole.plan.create.length,
          change: whole.plan.change.length,
          deactivate: whole.plan.deactivate.length,
          skip: whole.plan.skip.length,
        });
        expect(capped.plan.create).toEqual(whole.plan.create.slice(0, keep));
        expect(capped.plan.change).toEqual(whole.plan.change.slice(0, keep));
        expect(capped.plan.deactivate).toEqual(whole.plan.deactivate);
        expect(capped.plan.reject).toEqual(whole.plan.reject);
      }),
    );
  });

  it('rejects the second line of a duplicate email or id, naming the first', () => {
    const { plan: p } = plan(new Map(), [
      { sourceId: 's1', email: 'a@x.org', fp: 'f', active: true, bad: false },
      { sourceId: 's2', email: 'a@x.org', fp: 'f', active: true, bad: false },
      { sourceId: 's1', email: 'b@x.org', fp: 'f', active: true, bad: false },
    ]);
    expect(p.create).toHaveLength(1);
    expect(p.reject.map((r) => r.reason)).toEqual([
      'the email a@x.org is also on line 2',
      'the id "s1" is also on line 2',
    ]);
  });
});

describe('roster rows', () => {
  it('maps OneRoster roles, leaving students out and administrators by where they sit', () => {
    expect(mapRole('oneroster', 'teacher', false)).toEqual({ role: 'educator' });
    expect(mapRole('oneroster', 'administrator', true)).toEqual({ role: 'district_admin' });
    expect(mapRole('oneroster', 'administrator', false)).toEqual({ role: 'educator' });
    expect(mapRole('oneroster', 'districtAdministrator', false)).toEqual({ role: 'district_admin' });
    expect(mapRole('oneroster', 'student', false)).toHaveProperty('skip');
    expect(mapRole('oneroster', 'wizard', false)).toEqual({ unknown: true });
    expect(mapRole('csv', '', false)).toEqual({ role: 'educator' });
    expect(mapRole('csv', 'assessor', false)).toEqual({ unknown: true });
  });

  it('neutralizes formulas when writing CSV, and quotes what needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('plain')).toBe('plain');
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = csvCell(s);
        const inner = out.startsWith('"') ? out.slice(1, -1).replaceAll('""', '"') : out;
        expect(/^[=+\-@\t\r]/.test(inner)).toBe(false);
      }),
    );
  });
});

describe('departureCheck', () => {
  it('asks to confirm exactly when more than a quarter of the roster, and more than ten, would leave', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), (active, extra) => {
        const leaving = Math.min(active, extra);
        const { confirm } = departureCheck(leaving, active);
        expect(confirm).toBe(leaving > 10 && leaving * 4 > active);
        // Fewer departures never need confirming when more do not.
        if (!confirm && leaving > 0) expect(departureCheck(leaving - 1, active).confirm).toBe(false);
      }),
    );
    expect(departureCheck(10, 10).confirm).toBe(false);
    expect(departureCheck(11, 44).confirm).toBe(false);
    expect(departureCheck(12, 44).confirm).toBe(true);
  });
});
