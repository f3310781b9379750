import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinReach } from './provider-reach.js';

const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 });

describe('withinReach', () => {
  it("an organization's provider signs in exactly those whose every membership is in its subtree", () => {
    fc.assert(
      fc.property(ids, fc.array(fc.constantFrom('a', 'b', 'c', 'x', 'y')), (tree, memberOf) => {
        const subtree = new Set<string>(tree);
        const expected = memberOf.length > 0 && memberOf.every((id) => subtree.has(id));
        expect(withinReach(false, subtree, memberOf)).toBe(expected);
      }),
    );
  });

  it('one membership outside is enough to refuse; nobody without a membership is signed in', () => {
    const subtree = new Set(['district', 'school']);
    expect(withinReach(false, subtree, ['school'])).toBe(true);
    expect(withinReach(false, subtree, ['school', 'platform'])).toBe(false);
    expect(withinReach(false, subtree, [])).toBe(false);
  });

  it("the platform's provider signs in anyone", () => {
    fc.assert(
      fc.property(ids, fc.array(fc.string()), (tree, memberOf) => {
        expect(withinReach(true, new Set(tree), memberOf)).toBe(true);
      }),
    );
  });
});
