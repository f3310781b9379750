import { AppError } from './errors.js';

/** Whether any string in a parsed value holds a NUL character, which PostgreSQL text cannot store. */
export function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  for (const [k, v] of Object.entries(value)) if (k.includes('\u0000') || hasNul(v, depth + 1)) return true;
  return false;
}

export function refuseNul(parts: Record<string, unknown>) {
  for (const [where, value] of Object.entries(parts)) {
    if (hasNul(value))
      throw new AppError(
        'VALIDATION_FAILED',
        `The ${where} contains a NUL character, which is not allowed in text.`,
      );
  }
}
