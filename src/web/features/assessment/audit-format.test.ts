import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/format.js';
import { describeAction, describeValue, fieldLabel, summarizeChange } from './audit-format.js';

describe('describeAction', () => {
  it('names the recorded actions in words', () => {
    expect(describeAction('review.reassigned')).toBe('Review reassigned');
    expect(describeAction('attempt.adjudication_needed')).toBe('Sent to adjudication');
    expect(describeAction('settings.updated')).toBe('Assessment settings changed');
  });

  it('spells out an action it does not know', () => {
    expect(describeAction('pool.memberAdded')).toBe('Pool member added');
    expect(describeAction('review.auto_reassigned')).toBe('Review auto reassigned');
  });
});

describe('fieldLabel', () => {
  it('turns field names into words without a trailing id', () => {
    expect(fieldLabel('assessorId')).toBe('assessor');
    expect(fieldLabel('away_until')).toBe('away until');
    expect(fieldLabel('agreementPercent')).toBe('agreement percent');
    expect(fieldLabel('id')).toBe('id');
  });
});

describe('describeValue', () => {
  const names = new Map([['u-1', 'Ana Ortiz']]);
  it('keeps values short and readable', () => {
    expect(describeValue(null)).toBe('none');
    expect(describeValue(true)).toBe('yes');
    expect(describeValue(12)).toBe('12');
    expect(describeValue('u-1', names)).toBe('Ana Ortiz');
    expect(describeValue('u-2', names)).toBe('u-2');
    expect(describeValue([1, 2, 3])).toBe('3 items');
    expect(describeValue(['x'])).toBe('1 item');
    expect(describeValue('')).toBe('(empty)');
    expect(describeValue('a'.repeat(100))).toBe(`${'a'.repeat(59)}…`);
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
    expect(describeValue('2026-03-08T10:00:00Z')).toBe(formatDateTime('2026-03-08T10:00:00Z'));
    expect(describeValue('2026-03-08T10:00:00Z')).not.toBe('2026-03-08T10:00:00Z');
    expect(describeValue('2026-03-08')).toBe('2026-03-08');
  });
});

describe('summarizeChange', () => {
  const names = new Map([
    ['u-1', 'Ana Ortiz'],
    ['u-2', 'Ben Ode'],
  ]);

  it('shows before → after for changed fields only', () => {
    expect(
      summarizeChange(
        { capacity: 5, senior: false, away_from: null },
        { capacity: 8, senior: false, away_from: null },
      ),
    ).toEqual(['capacity: 5 → 8']);
  });

  it('names people by their id, and lists new fields of the after side', () => {
    expect(
      summarizeChange({ assessorId: 'u-1' }, { assessorId: 'u-2', reason: 'Out sick this week' }, names),
    ).toEqual(['assessor: Ana Ortiz → Ben Ode', 'reason: Out sick this week']);
  });

  it('lists the fields of a new record without arrows', () => {
    expect(summarizeChange(null, { decision: 'earned', by: 'adjudication' })).toEqual([
      'decision: earned',
      'by: adjudication',
    ]);
  });

  it('notes a field that went away', () => {
    expect(summarizeChange({ status: 'qualified', note: 'x' }, { status: 'removed' })).toEqual([
      'status: qualified → removed',
      'note was x',
    ]);
  });

  it('handles plain values and nothing at all', () => {
    expect(summarizeChange(null, null)).toEqual([]);
    expect(summarizeChange('a', 'b')).toEqual(['a → b']);
    expect(summarizeChange(null, 'b')).toEqual(['b']);
    expect(summarizeChange(3, 3)).toEqual([]);
  });
});
