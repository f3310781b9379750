import { BakedImageError } from './bake-png.js';

// Open Badges 3.0 §5.3.2: a baked SVG declares the namespace https://purl.imsglobal.org/ob/v3p0 on
// its root and carries the credential in an `openbadges:credential` element: JSON inside CDATA, a
// compact JWT as text (readers also accept the JWT in a `verify` attribute, as OB 2.0 baked it).

/** The XML namespace of Open Badges 3.0 baking. */
export const SVG_CREDENTIAL_NAMESPACE = 'https://purl.imsglobal.org/ob/v3p0';

const CLOSE_TAG = /^<\/([A-Za-z_][\w.-]*:)?credential\s*>/;

/** Where the root `<svg …>` start tag is: its bounds and whether it closes itself (`<svg/>`). */
interface RootTag {
  start: number;
  /** Index just past the tag's `>`. */
  end: number;
  selfClosing: boolean;
  text: string;
}

/** Index just past `terminator` from `from`, or throws saying what is unterminated. */
function skipPast(svg: string, from: number, terminator: string, what: string): number {
  const index = svg.indexOf(terminator, from);
  if (index === -1) throw new BakedImageError(`The SVG image is cut short (an unterminated ${what}).`);
  return index + terminator.length;
}

/** End of a start tag beginning at `from` (just past its `>`), respecting quoted attribute values. */
function endOfTag(svg: string, from: number): number {
  let quote: string | undefined;
  for (let index = from; index < svg.length; index++) {
    const char = svg[index];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return index + 1;
    }
  }
  throw new BakedImageError('The SVG image is cut short (a tag is not closed).');
}

/** Finds the root element, skipping a BOM, the XML declaration, comments, processing instructions and a DOCTYPE. */
function findRoot(svg: string): RootTag {
  let index = 0;
  for (;;) {
    while (index < svg.length && /[\s\uFEFF]/.test(svg[index] ?? '')) index++;
    if (svg.startsWith('<?', index)) index = skipPast(svg, index, '?>', 'processing instruction');
    else if (svg.startsWith('<!--', index)) index = skipPast(svg, index, '-->', 'comment');
    else if (svg.startsWith('<!DOCTYPE', index) || svg.startsWith('<!doctype', index)) {
      // An internal subset may hold '>' inside [ … ].
      const bracket = svg.indexOf('[', index);
      const close = svg.indexOf('>', index);
      index =
        bracket !== -1 && close !== -1 && bracket < close
          ? skipPast(svg, skipPast(svg, bracket, ']', 'DOCTYPE'), '>', 'DOCTYPE')
          : skipPast(svg, index, '>', 'DOCTYPE');
    } else break;
  }
  if (!/^<svg[\s/>]/.test(svg.slice(index, index + 5))) {
    throw new BakedImageError('This is not an SVG image (its root element is not <svg>).');
  }
  const end = endOfTag(svg, index);
  const text = svg.slice(index, end);
  return { start: index, end, selfClosing: /\/\s*>$/.test(text), text };
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return XML_ENTITIES[name] ?? whole;
  });
}

const escapeText = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The prefix the root binds to the OB 3.0 namespace (`openbadges` by convention), if any. */
function namespacePrefixes(rootTag: string): string[] {
  const prefixes: string[] = [];
  for (const match of rootTag.matchAll(/\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(["'])(.*?)\2/g)) {
    if (match[3] === SVG_CREDENTIAL_NAMESPACE && match[1]) prefixes.push(match[1]);
  }
  return prefixes;
}

interface CredentialElement {
  start: number;
  end: number;
  /** The text content (CDATA kept raw, text with entities decoded), trimmed. */
  content: string;
  verify?: string;
}

/** Every `prefix:credential` element in the document, read with CDATA sections respected. */
function findCredentialElements(svg: string, prefixes: string[]): CredentialElement[] {
  const found: CredentialElement[] = [];
  const opening = new RegExp(
    `<(?:${prefixes.map((p) => p.replace(/[.-]/g, '\\$&')).join('|')}):credential(?=[\\s/>])`,
    'g',
  );
  for (let match = opening.exec(svg); match; match = opening.exec(svg)) {
    const start = match.index;
    const tagEnd = endOfTag(svg, start);
    const tag = svg.slice(start, tagEnd);
    const verifyMatch = /\sverify\s*=\s*(["'])(.*?)\1/s.exec(tag);
    const verify = verifyMatch?.[2] !== undefined ? decodeEntities(verifyMatch[2]).trim() : undefined;
    if (/\/\s*>$/.test(tag)) {
      found.push({ start, end: tagEnd, content: '', ...(verify ? { verify } : {}) });
      opening.lastIndex = tagEnd;
      continue;
    }
    let content = '';
    let index = tagEnd;
    for (;;) {
      if (index >= svg.length)
        throw new BakedImageError('The SVG image is cut short (the credential element is not closed).');
      if (svg.startsWith('<![CDATA[', index)) {
        const close = skipPast(svg, index + 9, ']]>', 'CDATA section');
        content += svg.slice(index + 9, close - 3);
        index = close;
      } else if (svg.startsWith('<!--', index)) {
        index = skipPast(svg, index, '-->', 'comment');
      } else if (CLOSE_TAG.test(svg.slice(index, index + 200))) {
        index = endOfTag(svg, index);
        break;
      } else {
        const next = svg.indexOf('<', index + 1);
        const stop = next === -1 ? svg.length : next;
        content += decodeEntities(svg.slice(index, stop));
        index = stop;
      }
    }
    found.push({ start, end: index, content: content.trim(), ...(verify ? { verify } : {}) });
    opening.lastIndex = index;
  }
  return found;
}

/**
 * Bakes a credential into an SVG: declares `xmlns:openbadges` on the root `<svg>` and puts an
 * `<openbadges:credential>` element right after its start tag, replacing any credential already
 * baked in. JSON goes in CDATA (a `]]>` inside is split across sections); a JWT is written as text.
 */
export function bakeSvg(svg: string, credential: string): string {
  if (typeof credential !== 'string' || credential.trim() === '') {
    throw new TypeError('there is no credential to bake');
  }
  const root = findRoot(svg);
  const prefixes = [...new Set(['openbadges', ...namespacePrefixes(root.text)])];
  // Drop earlier credentials (last first, so the earlier offsets stay right).
  let body = svg;
  for (const element of findCredentialElements(svg, prefixes).reverse()) {
    if (element.start < root.end) continue;
    body = body.slice(0, element.start) + body.slice(element.end);
  }
  const trimmed = credential.trim();
  const isJson = trimmed.startsWith('{');
  const content = isJson
    ? `<![CDATA[${trimmed.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`
    : escapeText(trimmed);
  const element = `<openbadges:credential>${content}</openbadges:credential>`;

  // Declare (or correct) the namespace on the root start tag.
  let tag = root.text.replace(/\s+xmlns:openbadges\s*=\s*(["']).*?\1/g, '');
  const closer = root.selfClosing ? /\s*\/\s*>$/ : /\s*>$/;
  tag = tag.replace(closer, ` xmlns:openbadges="${SVG_CREDENTIAL_NAMESPACE}">`);
  const rest = body.slice(root.end);
  return `${body.slice(0, root.start)}${tag}${element}${root.selfClosing ? '</svg>' : ''}${rest}`;
}

/**
 * The credential baked into an SVG (the element's text, or its `verify` attribute), or undefined
 * when there is none. Throws `BakedImageError` when the text is not an SVG or is cut short.
 */
export function extractFromSvg(svg: string): string | undefined {
  const root = findRoot(svg);
  const prefixes = [...new Set(['openbadges', ...namespacePrefixes(root.text)])];
  for (const element of findCredentialElements(svg, prefixes)) {
    const credential = element.content || element.verify;
    if (credential) return credential;
  }
  return undefined;
}
