import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SubmissionStatus } from '../db/schema.js';
import { canResubmit, nextStatus, type SubmissionEvent } from './submission-lifecycle.js';

const EVENTS: SubmissionEvent[] = [
  'submit',
  'assign',
  'decide-earned',
  'decide-not-yet',
  'resubmit',
  'withdraw',
  'appeal',
];

describe('submission lifecycle', () => {
  it('follows the product’s path', () => {
    let s: SubmissionStatus = 'in_progress';
    for (const [event, expected] of [
      ['submit', 'submitted'],
      ['assign', 'in_review'],
      ['decide-not-yet', 'not_yet'],
      ['resubmit', 'in_progress'],
      ['submit', 'submitted'],
      ['assign', 'in_review'],
      ['decide-earned', 'earned'],
    ] as const) {
      s = nextStatus(s, event)!;
      expect(s).toBe(expected);
    }
  });

  it('earned and withdrawn are final; a decision needs a review; any sequence stays within the states', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENTS), { maxLength: 30 }), (events) => {
        let s: SubmissionStatus = 'in_progress';
        for (const e of events) {
          const next = nextStatus(s, e);
          if (s === 'earned' || s === 'withdrawn') expect(next).toBeNull();
          if (e.startsWith('decide') && next) expect(s).toBe('in_review');
          if (e === 'resubmit' && next) expect(s).toBe('not_yet');
          if (e === 'appeal' && next) expect([s, next]).toEqual(['not_yet', 'in_review']);
          if (next) s = next;
        }
      }),
    );
  });

  it('caps attempts', () => {
    expect(canResubmit('not_yet', 2, 3)).toBe(true);
    expect(canResubmit('not_yet', 3, 3)).toBe(false);
    expect(canResubmit('earned', 1, 3)).toBe(false);
  });
});
