import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { Marked, type Tokens } from 'marked';

/**
 * Markdown written by educators (answers, text evidence), turned into HTML that is safe to put in
 * the page. Two layers, each enough on its own for the common attacks:
 *
 * 1. marked never passes raw HTML through: `<script>`, `<img onerror>`, `<iframe>`… typed into an
 *    answer are shown as the text the educator typed.
 * 2. DOMPurify then keeps only an allow-list of the tags marked makes, with no attributes but
 *    `href`, `title`, `align` and `start`, and links only to http(s) and mailto (checked after
 *    the browser has decoded entities and DOMPurify has removed whitespace and control
 *    characters, so `jav&#x09;ascript:` is as refused as `javascript:`).
 *
 * Images are not shown: a Markdown image becomes a link to it. An image loaded from another
 * site would tell that site when and from where an assessor read the evidence (blind review),
 * could be a tracking pixel, and is refused by our Content-Security-Policy (`img-src 'self'`)
 * anyway; uploaded images have their own viewer.
 *
 * Headings move down three levels (`#` is an <h4>): an answer sits inside the page's own
 * headings, so its outline stays below them.
 */

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** Markdown headings 1–6 become h4–h6. */
export const HEADING_OFFSET = 3;
const headingLevel = (depth: number) => Math.min(6, depth + HEADING_OFFSET);

const marked = new Marked({
  gfm: true,
  // One Enter is a new line, as it was when answers were plain text.
  breaks: true,
  async: false,
  renderer: {
    // Raw HTML is shown as the text that was typed, never passed through.
    html({ text, block }: Tokens.HTML | Tokens.Tag) {
      if (!block) return escapeHtml(text);
      return `<p>${escapeHtml(text.trimEnd()).replace(/\n/g, '<br>')}</p>\n`;
    },
    heading({ tokens, depth }: Tokens.Heading) {
      const level = headingLevel(depth);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    image({ href, title, text }: Tokens.Image) {
      const label = escapeHtml(text.trim() || 'image');
      const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${titleAttr}>${label}</a> (image)`;
    },
    // GFM task lists: a symbol rather than a form control.
    checkbox({ checked }: Tokens.Checkbox) {
      return checked ? '☑' : '☐';
    },
  },
});

export const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
] as const;

const CONFIG = {
  ALLOWED_TAGS: [...ALLOWED_TAGS],
  ALLOWED_ATTR: ['href', 'title', 'align', 'start'],
  // Tested against the attribute without whitespace and control characters, after entity decoding.
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  // Table alignment and a list's first number are not addresses: keep them unchecked.
  ADD_URI_SAFE_ATTR: ['align', 'start'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_DOM_FRAGMENT: true,
} satisfies Config;

let purifier: Purifier | null = null;
/** A DOMPurify of our own (not the shared default), made on first use so it finds the window. */
function getPurifier(): Purifier | null {
  if (!purifier && typeof window !== 'undefined') purifier = DOMPurify(window);
  return purifier?.isSupported ? purifier : null;
}

/**
 * Sanitizes HTML with the allow-list above; links open in a new tab without the opener or the
 * referrer, and say so to screen readers. Without a DOM (never in the browser) it returns the
 * input escaped, as text: it fails closed.
 */
export function sanitizeHtml(html: string): string {
  const dompurify = getPurifier();
  if (!dompurify) return escapeHtml(html);
  const fragment = dompurify.sanitize(html, CONFIG);
  const doc = fragment.ownerDocument;
  for (const a of fragment.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer nofollow');
    const note = doc.createElement('span');
    note.className = 'sr-only';
    note.textContent = ' (opens in a new tab)';
    a.append(note);
  }
  const box = doc.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}

/** Markdown (GitHub flavored, no raw HTML) to sanitized HTML. */
export function renderMarkdown(md: string): string {
  return sanitizeHtml(marked.parse(md, { async: false }));
}
