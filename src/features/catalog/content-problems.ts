import type { Problem } from '../../contracts/common.js';
import { MicroCredentialContent } from '../../contracts/micro-credential.js';

/** Parses authored content; returns either the content or what keeps it from being published. */
export function checkContent(
  draft: unknown,
): { ok: true; content: MicroCredentialContent } | { ok: false; problems: Problem[] } {
  const parsed = MicroCredentialContent.safeParse(draft);
  if (parsed.success) return { ok: true, content: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: humanize(i.message) })),
  };
}

const humanize = (m: string) =>
  m.startsWith('Invalid input: expected') && m.endsWith('received undefined') ? 'required' : m;

/** The words the catalog search looks in. */
export const searchTextOf = (c: MicroCredentialContent) =>
  [c.title, c.summary, c.competency, c.keyMethod, c.tags.join(' ')].join('\n');
