// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ALLOWED_TAGS, renderMarkdown, sanitizeHtml } from './markdown.js';

/**
 * Known XSS payloads (OWASP's filter evasion cheat sheet, mXSS write-ups, Markdown-specific link
 * forms). Each goes through the whole pipeline as Markdown, and straight into the sanitizer as
 * HTML, so the DOMPurify layer is proven on its own and not only thanks to marked's escaping.
 */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>',
  '<IMG SRC="jav\tascript:alert(1);">',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<IMG SRC="jav&#x0A;ascript:alert(1);">',
  '<IMG SRC=" &#14;  javascript:alert(1);">',
  '<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>',
  '<BODY ONLOAD=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<a href="&#x6A;avascript:alert(1)">click</a>',
  '<a href="  javascript:alert(1)">click</a>',
  '<a href="java\0script:alert(1)">click</a>',
  '<a href="javas&#99;ript:alert(1)">click</a>',
  '<a onmouseover="alert(1)" href="https://example.org">hover</a>',
  '<details open ontoggle=alert(1)>',
  '<style>@import "https://xss.example/x.css";</style>',
  '<div style="background-image: url(javascript:alert(1))">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<form><math><mtext></form><form><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<form action="javascript:alert(1)"><input type="submit"></form>',
  '<input autofocus onfocus=alert(1)>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<template><script>alert(1)</script></template>',
  '<isindex type=image src=1 onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x]( javascript:alert(1) )',
  '[x](<javascript:alert(1)>)',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](vbscript:msgbox(1))',
  '[x](https://example.org "title" onclick="alert(1)")',
  '[x](https://example.org"onmouseover="alert(1))',
  '![x](javascript:alert(1))',
  '![x" onerror="alert(1)](https://example.org/a.png)',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '[x][ref]\n\n[ref]: data:text/html,<script>alert(1)</script>',
  '<javascript:alert(1)>',
  '<vbscript:msgbox(1)>',
  '[<img src=x onerror=alert(1)>](https://example.org)',
  '**<img src=x onerror=alert(1)>**',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '| a |\n|---|\n| <img src=x onerror=alert(1)> |',
  '- [ ] <svg onload=alert(1)>',
  '> <iframe src="javascript:alert(1)">',
];

const DANGEROUS_URL = /^(?:javascript|data|vbscript):/i;
/** What a browser ignores in a URL's scheme: whitespace and control characters anywhere. */
const compact = (value: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  value.replace(/[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g, '');

/** Every way the HTML could run script, found by parsing it in a fresh document. */
function problems(html: string): string[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const found: string[] = [];
  const allowed = new Set<string>([...ALLOWED_TAGS, 'span']);
  for (const el of doc.body.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'iframe', 'object', 'embed', 'style', 'form', 'input', 'svg', 'math'].includes(tag))
      found.push(`<${tag}>`);
    if (!allowed.has(tag)) found.push(`unexpected <${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (['style', 'srcdoc', 'formaction', 'action', 'xlink:href', 'src'].includes(name))
        found.push(`${tag}[${name}]`);
      // getAttribute has already decoded entities; the browser also drops whitespace in a scheme.
      if (DANGEROUS_URL.test(compact(attr.value))) found.push(`${tag}[${name}=${attr.value}]`);
    }
  }
  return found;
}

describe('renderMarkdown against known XSS payloads', () => {
  it('has a long list to try', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(PAYLOADS)('renders %j as Markdown with nothing that could run', (payload) => {
    expect(problems(renderMarkdown(payload))).toEqual([]);
  });

  it.each(PAYLOADS)('sanitizes %j as raw HTML with nothing that could run', (payload) => {
    expect(problems(sanitizeHtml(payload))).toEqual([]);
  });

  it.each(PAYLOADS)('gives output that a browser parses back unchanged (no mutation XSS): %j', (payload) => {
    for (const html of [renderMarkdown(payload), sanitizeHtml(payload)]) {
      const reparsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
      expect(reparsed.body.innerHTML).toBe(html);
    }
  });

  it('shows raw HTML as the text that was typed', () => {
    const doc = new DOMParser().parseFromString(
      renderMarkdown('a <img src=x onerror=alert(1)> b'),
      'text/html',
    );
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('keeps the text of a link it refuses', () => {
    const doc = new DOMParser().parseFromString(
      renderMarkdown('[my lesson](javascript:alert(1))'),
      'text/html',
    );
    expect(doc.body.textContent).toContain('my lesson');
    expect(doc.querySelector('a[href]')).toBeNull();
  });
});

describe('renderMarkdown output', () => {
  const parse = (md: string) => new DOMParser().parseFromString(renderMarkdown(md), 'text/html').body;

  it('renders headings three levels down, under the page’s own headings', () => {
    const body = parse('# Plan\n\n## Goals\n\n### Steps\n\n#### Deeper');
    expect([...body.querySelectorAll('h4,h5,h6')].map((h) => `${h.tagName}:${h.textContent}`)).toEqual([
      'H4:Plan',
      'H5:Goals',
      'H6:Steps',
      'H6:Deeper',
    ]);
    expect(body.querySelector('h1,h2,h3')).toBeNull();
  });

  it('renders bulleted, numbered and task lists', () => {
    const body = parse('- one\n- two\n\n3. three\n4. four\n\n- [x] done\n- [ ] to do');
    expect([...body.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual([
      'one',
      'two',
      '☑ done',
      '☐ to do',
    ]);
    expect(body.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(body.querySelectorAll('ol > li')).toHaveLength(2);
  });

  it('renders emphasis, strikethrough, inline code, code blocks and quotes', () => {
    const body = parse('**bold** *em* ~~gone~~ `x < y`\n\n```\nlet a = 1;\n```\n\n> quoted');
    expect(body.querySelector('strong')?.textContent).toBe('bold');
    expect(body.querySelector('em')?.textContent).toBe('em');
    expect(body.querySelector('del')?.textContent).toBe('gone');
    expect(body.querySelector('p > code')?.textContent).toBe('x < y');
    expect(body.querySelector('pre > code')?.textContent).toBe('let a = 1;\n');
    expect(body.querySelector('blockquote')?.textContent?.trim()).toBe('quoted');
  });

  it('keeps single line breaks, as plain-text answers had them', () => {
    expect(parse('first line\nsecond line').querySelector('p br')).not.toBeNull();
  });

  it('renders tables with their alignment', () => {
    const body = parse('| Step | Minutes |\n|:--|--:|\n| Warm-up | 5 |');
    expect([...body.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Step', 'Minutes']);
    expect(body.querySelector('td:last-child')?.getAttribute('align')).toBe('right');
  });

  it('renders http(s) and mailto links that open safely in a new tab and say so', () => {
    const body = parse(
      '[rubric](https://example.org/r "The rubric") <https://example.org/a> www.example.org me@example.org',
    );
    const links = [...body.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/r',
      'https://example.org/a',
      'http://www.example.org',
      'mailto:me@example.org',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer nofollow');
      expect(a.querySelector('.sr-only')?.textContent).toBe(' (opens in a new tab)');
    }
    expect(links[0]!.getAttribute('title')).toBe('The rubric');
  });

  it('turns an image into a link to it rather than loading it', () => {
    const body = parse('![Anchor chart](https://example.org/chart.png)');
    expect(body.querySelector('img')).toBeNull();
    const a = body.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org/chart.png');
    expect(a.textContent).toContain('Anchor chart');
    expect(body.textContent).toContain('(image)');
  });

  it('drops relative links, which would point inside this app', () => {
    expect(parse('[home](/dashboard) [top](#x)').querySelector('a[href]')).toBeNull();
  });
});
