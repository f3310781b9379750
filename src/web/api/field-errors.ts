import { ApiError } from './api-error.js';

/**
 * A VALIDATION_FAILED (or 422) answer's problems by field name: "body.name" → "name". What has no
 * field is under "" so a form can show it at the top.
 */
export function fieldErrors(err: unknown): Record<string, string[]> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string[]> = {};
  for (const p of err.problems) {
    const field = p.path.replace(/^body\.?/, '');
    (out[field] ??= []).push(p.message.charAt(0).toUpperCase() + p.message.slice(1));
  }
  return out;
}
