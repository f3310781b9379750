import type { Problem } from '../../../contracts/common.js';

/** Messages for exactly this path (e.g. "title", "requirements.part1.questions.0.words"). */
export const problemsAt = (problems: readonly Problem[], path: string): string[] =>
  problems.filter((p) => p.path === path).map((p) => p.message);

/** Messages for this path or anything below it. */
export const problemsUnder = (problems: readonly Problem[], prefix: string): string[] =>
  problems.filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`)).map((p) => p.message);

const FIELD_NAMES: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  topic: 'Topic',
  subject: 'Subject',
  gradeBand: 'Grade band',
  tags: 'Tags',
  competency: 'Competency',
  keyMethod: 'Key method',
  methodComponents: 'Method components',
  research: 'Research',
  rationale: 'Rationale',
  citations: 'Citations',
  resources: 'Resources',
  requirements: 'Requirements',
  intro: 'Introduction',
  prompt: 'Prompt',
  words: 'Word range',
  kinds: 'Kinds',
  count: 'Count',
  rubric: 'Rubric',
  criteria: 'Criteria',
  targets: 'Targets',
  levels: 'Levels',
  label: 'Label',
  descriptor: 'Descriptor',
  earnRule: 'Earn rule',
  required: 'Required criteria',
  alignments: 'Alignments',
  framework: 'Framework',
  code: 'Code',
  name: 'Name',
  url: 'Web address',
  description: 'Description',
  text: 'Text',
  estimatedHours: 'Estimated hours',
  creditHours: 'Credit hours',
  priceCents: 'Price',
  maxAttempts: 'Attempts allowed',
  validityMonths: 'Valid for (months)',
  min: 'Minimum',
  max: 'Maximum',
};

const ITEM_NAMES: Record<string, string> = {
  questions: 'Question',
  artifacts: 'Artifact',
  criteria: 'Criterion',
  levels: 'Level',
  methodComponents: 'Method component',
  citations: 'Citation',
  resources: 'Resource',
  alignments: 'Alignment',
};

/** "requirements.part1.questions.1.prompt" → "Part 1 › Question 2 › Prompt". */
export function describePath(path: string): string {
  if (!path) return 'The micro-credential';
  const parts = path.split('.');
  const out: string[] = [];
  parts.forEach((seg, i) => {
    const prev = parts[i - 1] ?? '';
    if (/^\d+$/.test(seg)) {
      out.pop();
      out.push(`${ITEM_NAMES[prev] ?? 'Item'} ${Number(seg) + 1}`);
    } else if (/^part[123]$/.test(seg)) out.push(`Part ${seg.slice(4)}`);
    else if (seg === 'requirements') return;
    else out.push(FIELD_NAMES[seg] ?? seg);
  });
  return out.join(' › ');
}

/** The editor section a problem belongs to, for "go to" links. */
export function sectionOf(path: string): string {
  const [first = '', second = ''] = path.split('.');
  if (['title', 'summary', 'language', 'topic', 'subject', 'gradeBand', 'tags'].includes(first))
    return 'sec-basics';
  if (['competency', 'keyMethod', 'methodComponents'].includes(first)) return 'sec-method';
  if (['research', 'resources'].includes(first)) return 'sec-research';
  if (first === 'requirements') return second ? `sec-${second}` : 'sec-part1';
  if (first === 'rubric') return 'sec-rubric';
  if (first === 'alignments') return 'sec-alignments';
  return 'sec-credit';
}

/** The schema's wording ("Too small: expected array to have >=1 items") in an author's words. */
export function humanizeMessage(message: string): string {
  const rules: [RegExp, (m: RegExpMatchArray) => string][] = [
    [/^required$/i, () => 'Required.'],
    [/^Invalid option: expected one of/, () => 'Choose one of the options.'],
    [
      /^Too small: expected array to have >=(\d+) items?/,
      (m) => (m[1] === '1' ? 'Add at least one.' : `Add at least ${m[1]}.`),
    ],
    [/^Too big: expected array to have <=(\d+) items?/, (m) => `Use at most ${m[1]}.`],
    [/^Too small: expected string to have >=1 characters?/, () => 'Required.'],
    [/^Too small: expected string to have >=(\d+) characters?/, (m) => `Use at least ${m[1]} characters.`],
    [/^Too big: expected string to have <=(\d+) characters?/, (m) => `Use at most ${m[1]} characters.`],
    [/^Too small: expected number to be >=?(\S+)/, (m) => `Use ${m[1]} or more.`],
    [/^Too big: expected number to be <=?(\S+)/, (m) => `Use ${m[1]} or less.`],
    [/^Invalid (URL|url)/, () => 'Enter a full web address starting with https://'],
    [/^Invalid input: expected (number|string|boolean)/, () => 'Required.'],
  ];
  for (const [pattern, say] of rules) {
    const m = message.match(pattern);
    if (m) return say(m);
  }
  return message.charAt(0).toUpperCase() + message.slice(1);
}

export const humanizeProblems = (problems: readonly Problem[]): Problem[] =>
  problems.map((p) => ({ ...p, message: humanizeMessage(p.message) }));
