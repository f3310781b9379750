import { formatDateTime } from '../../lib/format.js';

/**
 * The audit log in words. The server records machine names (`review.reassigned`) and JSON before
 * and after; the table shows "Review reassigned" and "assessor: Ana → Ben".
 */

const ACTIONS: Record<string, string> = {
  'review.assigned': 'Review assigned',
  'review.reassigned': 'Review reassigned',
  'review.scored': 'Review scored',
  'review.overdue': 'Review overdue',
  'attempt.decided': 'Attempt decided',
  'attempt.adjudication_needed': 'Sent to adjudication',
  'appeal.filed': 'Appeal filed',
  'appeal.decided': 'Appeal decided',
  'calibration.scored': 'Calibration anchor scored',
  'qualification.changed': 'Qualification changed',
  'assessor.updated': 'Assessor settings changed',
  'anchor.created': 'Anchor created',
  'anchor.retired': 'Anchor retired',
  'settings.updated': 'Assessment settings changed',
};

/** "foo_bar.bazQux" → "foo bar baz qux": machine words as plain words. */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .trim()
    .toLowerCase();
}

const capitalize = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

/** An action in words; one the page does not know yet is spelled out from its name. */
export function describeAction(action: string): string {
  return ACTIONS[action] ?? capitalize(words(action));
}

/** Field names in words, with "Id" dropped where the value is shown as a name ("assessorId" → "assessor"). */
export function fieldLabel(key: string): string {
  const plain = words(key);
  return plain.endsWith(' id') && plain !== 'id' ? plain.slice(0, -3) : plain;
}

const MAX_TEXT = 60;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * One value, short: ids become names when `names` knows them, times are formatted, lists become
 * counts, long text is cut. `null` reads "none".
 */
export function describeValue(value: unknown, names?: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'none';
  if (typeof value === 'string') {
    const named = names?.get(value);
    if (named) return named;
    if (ISO_TIME.test(value)) return formatDateTime(value);
    const text = value.replace(/\s+/g, ' ').trim();
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text || '(empty)';
  }
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  const text = JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What changed, one line per field: "capacity: 5 → 8" where both sides have it, "reason: …" where
 * only the after side does (a new record, or a note such as a reason), "… was …" for a field that
 * went away. Unchanged fields
 * are left out; values that are not objects are compared whole.
 */
export function summarizeChange(
  before: unknown,
  after: unknown,
  names?: ReadonlyMap<string, string>,
): string[] {
  if (before == null && after == null) return [];
  if (!isPlainObject(before) && !isPlainObject(after)) {
    if (before == null) return [describeValue(after, names)];
    if (same(before, after)) return [];
    return [`${describeValue(before, names)} → ${describeValue(after, names)}`];
  }
  const b = isPlainObject(before) ? before : {};
  const a = isPlainObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const lines: string[] = [];
  for (const key of keys) {
    const inBefore = key in b;
    const inAfter = key in a;
    if (inBefore && inAfter && same(b[key], a[key])) continue;
    const label = fieldLabel(key);
    if (inAfter && inBefore) {
      lines.push(`${label}: ${describeValue(b[key], names)} → ${describeValue(a[key], names)}`);
    } else if (inAfter) {
      lines.push(`${label}: ${describeValue(a[key], names)}`);
    } else {
      lines.push(`${label} was ${describeValue(b[key], names)}`);
    }
  }
  return lines;
}
