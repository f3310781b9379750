import { describe, expect, it } from 'vitest';
import { parseAssessmentSearch, parseAuditSearch } from './assessment-search.js';

describe('parseAssessmentSearch', () => {
  it('keeps a known tab and the issuer', () => {
    expect(parseAssessmentSearch({ issuer: ' org-1 ', tab: 'assessors' })).toEqual({
      issuer: 'org-1',
      tab: 'assessors',
    });
  });

  it('drops unknown or empty values', () => {
    expect(parseAssessmentSearch({ issuer: '', tab: 'nope' })).toEqual({ issuer: undefined, tab: undefined });
    expect(parseAuditSearch({ issuer: 42 })).toEqual({ issuer: undefined });
  });
});
