import { describe, expect, it } from 'vitest';
import { lanternhillHistory } from '../../../demo/assessment.js';
import { cohortEducators } from '../../../demo/people.js';
import { demoBorderlineResponses } from '../../../demo/responses.js';
import { addBusinessDays } from '../../domain/business-days.js';
import { latestStartDueBy, notYetFor, plannedNotYet, weekStartOf } from './assessment-plan.js';
import { demoUserId } from './demo-ids.js';
import { Timeline } from './timeline.js';

const b = demoBorderlineResponses['teaching-classroom-routines']!;

describe('the double-scoring demo plan', () => {
  it('starts the week on Monday 00:00 UTC', () => {
    expect(weekStartOf(new Date('2026-11-08T12:00:00Z')).toISOString()).toBe('2026-11-02T00:00:00.000Z');
    expect(weekStartOf(new Date('2026-11-02T00:00:00Z')).toISOString()).toBe('2026-11-02T00:00:00.000Z');
  });

  it('finds the latest start that is just overdue, weekends and closure days included', () => {
    for (const limit of ['2026-11-02T08:00:00Z', '2026-11-08T11:00:00Z', '2026-11-04T23:30:00Z']) {
      const holidays = ['2026-10-28'];
      const start = latestStartDueBy(new Date(limit), 5, holidays);
      const due = addBusinessDays(start, 5, holidays).getTime();
      expect(due).toBeLessThanOrEqual(Date.parse(limit));
      expect(addBusinessDays(new Date(start.getTime() + 3_600_000), 5, holidays).getTime()).toBeGreaterThan(
        Date.parse(limit),
      );
    }
  });

  it('scores borderline work by leaning; a senior settles it; forced decisions win', () => {
    expect(notYetFor('strict', 'strong', b)).toEqual([]);
    expect(notYetFor('lenient', 'weak', b)).toEqual([b.arguable]);
    expect(notYetFor('strict', 'arguable-earned', b)).toEqual([b.arguable, b.doubted]);
    expect(notYetFor('even', 'arguable-earned', b)).toEqual([]);
    expect(notYetFor('lenient', 'arguable-not-yet', b)).toEqual([]);
    expect(notYetFor('even', 'arguable-not-yet', b)).toEqual([b.arguable]);
    const plan = {
      educator: 'x',
      microCredential: 'teaching-classroom-routines',
      quality: 'arguable-earned' as const,
      submitted: { daysAgo: 1 },
      decisions: ['not_yet' as const],
    };
    expect(plannedNotYet(plan, { kind: 'primary', index: 0, leaning: 'lenient' }, b)).toEqual([b.arguable]);
    expect(plannedNotYet(plan, { kind: 'second', index: 1, leaning: 'strict' }, b)).toEqual([
      b.arguable,
      b.doubted,
    ]);
    expect(plannedNotYet(plan, { kind: 'adjudication', index: 2, leaning: 'strict' }, b)).toEqual([]);
  });

  it('plans each cohort educator at most once per micro-credential, with anchors and one appeal', () => {
    const history = lanternhillHistory(cohortEducators);
    const keys = history.map((a) => `${a.educator}|${a.microCredential}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(history.filter((a) => a.anchor)).toHaveLength(6);
    expect(history.filter((a) => a.appeal)).toHaveLength(1);
    expect(new Set(history.map((a) => a.quality))).toEqual(
      new Set(['strong', 'weak', 'arguable-earned', 'arguable-not-yet']),
    );
  });
});

describe('demo helpers', () => {
  it('gives each demo person the same version-5 user id every time', () => {
    const id = demoUserId('riley.chen@example.org');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(demoUserId('riley.chen@example.org')).toBe(id);
    expect(demoUserId('elena.petrova@example.org')).not.toBe(id);
  });

  it('runs a timeline in time order, ties in the order added, events adding later events', async () => {
    const tl = new Timeline();
    const ran: string[] = [];
    const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h));
    tl.add(at(3), async () => void ran.push('c'));
    tl.add(at(1), async () => {
      ran.push('a');
      tl.add(at(2), async () => void ran.push('b'));
    });
    tl.add(at(3), async () => void ran.push('d'));
    await tl.run();
    expect(ran).toEqual(['a', 'b', 'c', 'd']);
  });
});
