import { describe, expect, it } from 'vitest';
import {
  agreementText,
  anchorProgress,
  calibrationBadge,
  calibrationResultText,
  kindBadge,
  parseQueueTab,
  relativeDue,
  scoringKind,
  sortByDue,
} from './queue-rules.js';

describe('kindBadge', () => {
  it('labels every kind but the ordinary primary review', () => {
    expect(kindBadge('primary')).toBeNull();
    expect(kindBadge('second')?.label).toBe('Double-scored');
    expect(kindBadge('adjudication')?.label).toBe('Adjudication');
    expect(kindBadge('appeal')?.label).toBe('Appeal');
    expect(kindBadge('appeal')?.tone).toBe('warning');
  });
});

describe('relativeDue', () => {
  const now = new Date('2025-03-10T12:00:00Z');
  it('counts whole days or hours ahead, rounding down', () => {
    expect(relativeDue('2025-03-13T12:00:00Z', now)).toBe('Due in 3 days');
    expect(relativeDue('2025-03-12T11:59:00Z', now)).toBe('Due in 1 day');
    expect(relativeDue('2025-03-10T17:30:00Z', now)).toBe('Due in 5 hours');
    expect(relativeDue('2025-03-10T13:00:00Z', now)).toBe('Due in 1 hour');
    expect(relativeDue('2025-03-10T12:59:59Z', now)).toBe('Due within the hour');
    expect(relativeDue('2025-03-10T12:00:00Z', now)).toBe('Due within the hour');
  });
  it('says how late an overdue review is', () => {
    expect(relativeDue('2025-03-08T11:00:00Z', now)).toBe('Overdue by 2 days');
    expect(relativeDue('2025-03-10T10:00:00Z', now)).toBe('Overdue by 2 hours');
    expect(relativeDue('2025-03-10T11:30:00Z', now)).toBe('Overdue by less than an hour');
  });
  it('is null without a usable date', () => {
    expect(relativeDue(null, now)).toBeNull();
    expect(relativeDue('soon', now)).toBeNull();
  });
});

describe('sortByDue', () => {
  it('puts the earliest due first, undated last, ties by assignment; leaves the input alone', () => {
    const items = [
      { id: 'undated-new', dueAt: null, assignedAt: '2025-03-05T00:00:00Z' },
      { id: 'late', dueAt: '2025-03-20T00:00:00Z', assignedAt: '2025-03-01T00:00:00Z' },
      { id: 'undated-old', dueAt: null, assignedAt: '2025-03-01T00:00:00Z' },
      { id: 'soon-b', dueAt: '2025-03-11T00:00:00Z', assignedAt: '2025-03-04T00:00:00Z' },
      { id: 'soon-a', dueAt: '2025-03-11T00:00:00Z', assignedAt: '2025-03-02T00:00:00Z' },
    ];
    const before = items.map((i) => i.id);
    expect(sortByDue(items).map((i) => i.id)).toEqual([
      'soon-a',
      'soon-b',
      'late',
      'undated-old',
      'undated-new',
    ]);
    expect(items.map((i) => i.id)).toEqual(before);
  });
});

describe('calibration helpers', () => {
  it('names each status in words', () => {
    expect(calibrationBadge('qualified')).toEqual({ label: 'Qualified', tone: 'success', icon: 'check' });
    expect(calibrationBadge('recalibrating').label).toBe('Recalibrate');
    expect(calibrationBadge('calibrating').label).toBe('Calibrating');
    expect(calibrationBadge('removed').label).toBe('Removed');
    expect(calibrationBadge('unscored').label).toBe('Not started');
  });

  it('counts scored anchors', () => {
    const anchor = (scored: boolean) => ({ id: 'a', title: 'A', scored, agreementPercent: null });
    expect(anchorProgress({ anchors: [anchor(true), anchor(false), anchor(true)] })).toEqual({
      text: '2 of 3 anchors scored',
      done: false,
    });
    expect(anchorProgress({ anchors: [anchor(true)] })).toEqual({ text: '1 of 1 anchor scored', done: true });
    expect(anchorProgress({ anchors: [] }).done).toBe(false);
  });

  it('states agreement against the required share', () => {
    expect(agreementText(null, 80)).toBe('No agreement measured yet (80% needed)');
    expect(agreementText(77.6, 80)).toBe('78% agreement (80% needed)');
  });

  it('explains a calibration result', () => {
    expect(calibrationResultText({ agreementPercent: 75, complete: false, qualified: false }, 80)).toEqual({
      title: '75% agreement with the reference scores on this anchor',
      tone: 'info',
      body: 'Score the remaining anchors to finish calibrating.',
    });
    const qualified = calibrationResultText(
      { agreementPercent: 100, complete: true, qualified: true, meanPercent: 83.3 },
      80,
    );
    expect(qualified.tone).toBe('success');
    expect(qualified.body).toBe(
      'Across all anchors: 83% agreement (80% needed). You are qualified to score this micro-credential.',
    );
    const short = calibrationResultText({ agreementPercent: 50, complete: true, qualified: false }, 80);
    expect(short.tone).toBe('warning');
    expect(short.body).toMatch(/^Across all anchors: 50% agreement, 80% needed\. You are not qualified yet/);
  });
});

describe('parseQueueTab', () => {
  it('reads a known tab and falls back to the assigned list', () => {
    expect(parseQueueTab('calibration')).toBe('calibration');
    expect(parseQueueTab('completed')).toBe('completed');
    expect(parseQueueTab('assigned')).toBe('assigned');
    expect(parseQueueTab('nonsense')).toBe('assigned');
    expect(parseQueueTab(null)).toBe('assigned');
  });
});

describe('scoringKind', () => {
  it('reads the primary review of a double-scored attempt as double-scored, and nothing else changes', () => {
    expect(scoringKind({ kind: 'primary', doubleScored: true })).toBe('second');
    expect(kindBadge(scoringKind({ kind: 'primary', doubleScored: true }))?.label).toBe('Double-scored');
    expect(scoringKind({ kind: 'primary', doubleScored: false })).toBe('primary');
    expect(scoringKind({ kind: 'second', doubleScored: true })).toBe('second');
    expect(scoringKind({ kind: 'adjudication', doubleScored: false })).toBe('adjudication');
    expect(scoringKind({ kind: 'appeal', doubleScored: false })).toBe('appeal');
  });
});
