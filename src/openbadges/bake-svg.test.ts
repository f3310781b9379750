// @vitest-environment jsdom
// jsdom's XML parser is the third party here: it must read what bakeSvg writes as well-formed XML,
// with the credential in the Open Badges namespace.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bakeSvg, extractFromSvg, SVG_CREDENTIAL_NAMESPACE } from './bake-svg.js';

const BADGE_SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n' +
  '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><circle cx="48" cy="48" r="44" fill="teal"/></svg>';

const JSON_CREDENTIAL = JSON.stringify({
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  name: 'Tricky <b>&amp; ]]> "quoted" \'text\' é',
});
const JWT = 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZSJ9.c2lnbmF0dXJl';

/** Parses with jsdom's XML parser and returns the credential element, failing on XML errors. */
function parseBaked(svg: string): Element {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  const root = document.documentElement;
  expect(root.localName).toBe('svg');
  const elements = root.getElementsByTagNameNS(SVG_CREDENTIAL_NAMESPACE, 'credential');
  expect(elements).toHaveLength(1);
  const element = elements[0] as Element;
  expect(element.parentNode).toBe(root);
  expect(root.firstElementChild).toBe(element);
  return element;
}

describe('baked SVG', () => {
  it.each([
    ['JSON', JSON_CREDENTIAL],
    ['JWT', JWT],
  ])('round-trips a %s credential that an XML parser reads back the same', (_label, credential) => {
    const baked = bakeSvg(BADGE_SVG, credential);
    expect(extractFromSvg(baked)).toBe(credential);
    expect(parseBaked(baked).textContent).toBe(credential);
    expect(baked.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n<svg ')).toBe(
      true,
    );
  });

  it('puts JSON in CDATA and a JWT in plain text', () => {
    expect(bakeSvg(BADGE_SVG, '{"a":1}')).toContain(
      '<openbadges:credential><![CDATA[{"a":1}]]></openbadges:credential>',
    );
    expect(bakeSvg(BADGE_SVG, JWT)).toContain(`<openbadges:credential>${JWT}</openbadges:credential>`);
    expect(bakeSvg(BADGE_SVG, JWT)).toContain(`xmlns:openbadges="${SVG_CREDENTIAL_NAMESPACE}"`);
  });

  it('replaces the credential when baked again and keeps one namespace declaration', () => {
    const twice = bakeSvg(bakeSvg(BADGE_SVG, JSON_CREDENTIAL), JWT);
    expect(extractFromSvg(twice)).toBe(JWT);
    expect(twice.match(/xmlns:openbadges=/g)).toHaveLength(1);
    expect(parseBaked(twice).textContent).toBe(JWT);
    expect(twice).toBe(bakeSvg(BADGE_SVG, JWT));
  });

  it('bakes a self-closing root and a root with ">" inside an attribute', () => {
    const selfClosing = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"/>', JWT);
    expect(parseBaked(selfClosing).textContent).toBe(JWT);
    const tricky = bakeSvg('<svg xmlns="http://www.w3.org/2000/svg" data-x="a>b"><g/></svg>', JWT);
    expect(parseBaked(tricky).textContent).toBe(JWT);
    expect(tricky).toContain('data-x="a>b"');
  });

  it('reads a JWT given in a verify attribute, under another prefix bound to the namespace', () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:ob="${SVG_CREDENTIAL_NAMESPACE}"><ob:credential verify="${JWT}"/><rect/></svg>`;
    expect(extractFromSvg(svg)).toBe(JWT);
    const entities = `<svg xmlns:openbadges="${SVG_CREDENTIAL_NAMESPACE}"><openbadges:credential>\n  {&quot;a&quot;:&#49;}\n</openbadges:credential></svg>`;
    expect(extractFromSvg(entities)).toBe('{"a":1}');
  });

  it('finds nothing in a plain SVG and refuses what is not an SVG', () => {
    expect(extractFromSvg(BADGE_SVG)).toBeUndefined();
    expect(() => extractFromSvg('<html></html>')).toThrow(/not an SVG image/);
    expect(() => bakeSvg('<svg xmlns="http://www.w3.org/2000/svg"', JWT)).toThrow(/cut short/);
    expect(() =>
      extractFromSvg(
        `<svg xmlns:openbadges="${SVG_CREDENTIAL_NAMESPACE}"><openbadges:credential><![CDATA[{"a":`,
      ),
    ).toThrow(/cut short/);
  });

  it('round-trips any JSON credential text through an XML parser (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, extra) => {
        const credential = JSON.stringify({ value, extra: `${extra}]]>` });
        const baked = bakeSvg(BADGE_SVG, credential);
        expect(extractFromSvg(baked)).toBe(credential);
        expect(parseBaked(baked).textContent).toBe(credential);
      }),
      { numRuns: 200 },
    );
  });
});
