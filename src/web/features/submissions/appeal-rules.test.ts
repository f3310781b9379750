import { describe, expect, it } from 'vitest';
import { appealReasonError, appealStatusText, MAX_APPEAL_REASON, MIN_APPEAL_REASON } from './appeal-rules.js';

describe('appealReasonError', () => {
  it('needs at least 30 trimmed characters and at most the API maximum', () => {
    expect(MIN_APPEAL_REASON).toBe(30);
    expect(appealReasonError(`  ${'x'.repeat(29)}   `)).toBe(
      'Explain your appeal in at least 30 characters (1 more).',
    );
    expect(appealReasonError('')).toBe('Explain your appeal in at least 30 characters (30 more).');
    expect(appealReasonError('x'.repeat(30))).toBeNull();
    expect(appealReasonError('x'.repeat(MAX_APPEAL_REASON + 1))).toBe(
      'Keep your appeal to 4,000 characters.',
    );
  });
});

describe('appealStatusText', () => {
  const fmt = (iso: string | null) => (iso ? iso.slice(0, 10) : '?');
  const base = { reason: 'r', createdAt: '2025-03-01T10:00:00Z', decidedAt: null };

  it('says a senior assessor is deciding an open appeal', () => {
    const t = appealStatusText({ ...base, status: 'open' }, fmt);
    expect(t.tone).toBe('info');
    expect(t.title).toBe('Appeal under review');
    expect(t.body).toBe(
      'You appealed on 2025-03-01. A senior assessor who has not scored your submission is deciding. Their decision is final.',
    );
  });

  it('gives the outcome and its date once decided', () => {
    const decided = { ...base, decidedAt: '2025-03-06T09:00:00Z' };
    const upheld = appealStatusText({ ...decided, status: 'upheld' }, fmt);
    expect(upheld.tone).toBe('warning');
    expect(upheld.body).toContain('On 2025-03-06 a senior assessor upheld the decision.');
    const overturned = appealStatusText({ ...decided, status: 'overturned' }, fmt);
    expect(overturned.tone).toBe('success');
    expect(overturned.title).toBe('Appeal decided: overturned — earned');
    expect(overturned.body).toContain('On 2025-03-06 a senior assessor overturned the decision');
  });
});
