import type { TopicId } from '../../contracts/micro-credential.js';

const COLORS: Record<TopicId, [string, string]> = {
  'classroom-management': ['#1d4ed8', '#93c5fd'],
  'formative-assessment': ['#047857', '#6ee7b7'],
  'data-literacy': ['#6d28d9', '#c4b5fd'],
  'literacy-across-content': ['#b45309', '#fcd34d'],
  'multilingual-learners': ['#be123c', '#fda4af'],
  'social-emotional-learning': ['#0e7490', '#67e8f9'],
  'technology-integration': ['#334155', '#cbd5e1'],
  'family-engagement': ['#c2410c', '#fdba74'],
  'teacher-leadership': ['#4338ca', '#a5b4fc'],
  'inclusive-practice': ['#15803d', '#86efac'],
};

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Breaks a title into at most three lines of about `width` characters. */
export function wrapTitle(title: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of title.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line);
      line = word;
    } else line = (line + ' ' + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > 3) {
    lines.length = 3;
    lines[2] = lines[2]!.slice(0, width - 1) + '…';
  }
  return lines;
}

/** A badge: a hexagon in the topic's colors with the title and issuer, as SVG. */
export function badgeSvg(input: { title: string; issuer: string; topic: string }): string {
  const [dark, light] = COLORS[input.topic as TopicId] ?? ['#1e293b', '#cbd5e1'];
  const lines = wrapTitle(input.title);
  const startY = 200 - (lines.length - 1) * 16;
  const text = lines
    .map(
      (l, i) =>
        `<text x="200" y="${startY + i * 32}" font-size="26" font-weight="700" text-anchor="middle" fill="#fff">${escapeXml(l)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400" role="img" aria-label="${escapeXml(input.title)} badge">
<title>${escapeXml(input.title)}</title>
<polygon points="200,12 363,106 363,294 200,388 37,294 37,106" fill="${light}"/>
<polygon points="200,34 344,117 344,283 200,366 56,283 56,117" fill="${dark}"/>
<text x="200" y="110" font-size="15" letter-spacing="3" text-anchor="middle" fill="${light}" font-family="system-ui, sans-serif">MICRO-CREDENTIAL</text>
<g font-family="system-ui, sans-serif">${text}</g>
<text x="200" y="300" font-size="13" text-anchor="middle" fill="${light}" font-family="system-ui, sans-serif">${escapeXml(input.issuer.length > 30 ? `${input.issuer.slice(0, 29).trimEnd()}…` : input.issuer)}</text>
</svg>`;
}
