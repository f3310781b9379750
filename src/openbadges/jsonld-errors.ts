// jsonld reports "safe mode" refusals (a term the @context does not define, a relative IRI…) as a
// bare "Safe mode validation error."; the useful part sits in `details.event`.

interface SafeModeEvent {
  code?: string;
  message?: string;
  details?: Record<string, unknown>;
}

function findEvent(error: unknown, depth = 0): SafeModeEvent | undefined {
  if (!error || typeof error !== 'object' || depth > 5) return undefined;
  const { details, errors, cause } = error as {
    details?: { event?: SafeModeEvent; cause?: unknown };
    errors?: unknown;
    cause?: unknown;
  };
  if (details?.event) return details.event;
  for (const inner of [details?.cause, cause, ...(Array.isArray(errors) ? errors : [])]) {
    const event = findEvent(inner, depth + 1);
    if (event) return event;
  }
  return undefined;
}

/**
 * What JSON-LD safe mode refused, in words (e.g. `the term "baz" is not defined by the credential's
 * @context`), or undefined when the error is not a safe-mode refusal.
 */
export function describeSafeModeError(error: unknown): string | undefined {
  const event = findEvent(error);
  if (!event) return undefined;
  const details = event.details ?? {};
  const named = [details.property, details.type, details.value, details.id].find(
    (v) => typeof v === 'string',
  );
  if (event.code === 'invalid property' && typeof details.property === 'string') {
    return `the term "${details.property}" is not defined by the credential's @context`;
  }
  if (typeof named === 'string') return `"${named}" is not valid JSON-LD here (${event.code ?? 'safe mode'})`;
  return event.message ?? 'the credential is not valid JSON-LD';
}
