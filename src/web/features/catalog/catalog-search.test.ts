import { describe, expect, it } from 'vitest';
import { hasFilters, parseCatalogSearch } from './catalog-search.js';

describe('parseCatalogSearch', () => {
  it('keeps what the API accepts and drops the rest', () => {
    expect(
      parseCatalogSearch({
        q: '  hinge ',
        topic: 'formative-assessment',
        gradeBand: '6-8',
        minCredit: '2',
        page: '3',
      }),
    ).toEqual({
      q: 'hinge',
      topic: 'formative-assessment',
      subject: undefined,
      gradeBand: '6-8',
      issuer: undefined,
      minCredit: 2,
      maxCredit: undefined,
      page: 3,
    });
    const bad = parseCatalogSearch({ topic: 'astrology', subject: 1, maxCredit: '-4', page: '1' });
    expect(bad.topic).toBeUndefined();
    expect(bad.subject).toBeUndefined();
    expect(bad.maxCredit).toBeUndefined();
    expect(bad.page).toBeUndefined();
    expect(hasFilters(bad)).toBe(false);
  });
});
