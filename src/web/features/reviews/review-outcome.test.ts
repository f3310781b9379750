import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error.js';
import { confirmConsequence, isReassigned, recordedMessage } from './review-outcome.js';

describe('recordedMessage', () => {
  it('says a non-final decision waits for the other assessor or adjudication', () => {
    const text = recordedMessage({ decision: 'earned', final: false }, 'second');
    expect(text).toMatch(/^Your decision is recorded; the attempt waits for the other assessor/);
    expect(recordedMessage({ decision: 'not_yet', final: false }, 'primary')).toBe(text);
  });
  it('says what a final decision does, by kind', () => {
    expect(recordedMessage({ decision: 'earned', final: true }, 'primary')).toBe(
      'The credential is being issued to the educator.',
    );
    expect(recordedMessage({ decision: 'not_yet', final: true }, 'adjudication')).toBe(
      'The educator will see your feedback and may revise and resubmit.',
    );
    expect(recordedMessage({ decision: 'not_yet', final: true }, 'appeal')).toMatch(/appeal is closed/);
    expect(recordedMessage({ decision: 'earned', final: true }, 'appeal')).toMatch(/^The appeal is granted/);
  });
});

describe('confirmConsequence', () => {
  it('fits the kind of review', () => {
    expect(confirmConsequence('earned', 'second')).toMatch(/compared with the other assessor/);
    expect(confirmConsequence('not_yet', 'appeal')).toBe(
      'This settles the educator’s appeal; the outcome is final.',
    );
    expect(confirmConsequence('earned', 'adjudication')).toBe(
      'This settles the disagreement: a signed credential is issued to the educator.',
    );
    expect(confirmConsequence('not_yet', 'primary')).toBe(
      'The educator sees your feedback and may resubmit.',
    );
  });
});

describe('isReassigned', () => {
  it('recognizes only the 409 REVIEW_REASSIGNED', () => {
    expect(isReassigned(new ApiError(409, 'REVIEW_REASSIGNED', 'moved'))).toBe(true);
    expect(isReassigned(new ApiError(409, 'INVALID_STATE', 'decided'))).toBe(false);
    expect(isReassigned(new Error('REVIEW_REASSIGNED'))).toBe(false);
  });
});
