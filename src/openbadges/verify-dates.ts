import type { JsonObject } from './types.js';
import { fail, pass, type VerificationCheck } from './verification-types.js';

// XML Schema dateTimeStamp, as VC 2.0 requires: a date, a time and a time zone.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** Clocks of issuing and verifying machines drift; a credential issued "now" must still verify. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** `2026-03-04 15:06 UTC`: unambiguous in every locale. */
export function formatDateForPeople(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function readDate(credential: JsonObject, member: string): Date | string | undefined {
  const value = credential[member];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    return `"${member}" is not a valid date and time (${JSON.stringify(value)}).`;
  }
  return new Date(value);
}

/** Checks validFrom is not in the future and validUntil, when present, has not passed. */
export function checkDates(credential: JsonObject, now: Date): VerificationCheck {
  const validFrom = readDate(credential, 'validFrom');
  const validUntil = readDate(credential, 'validUntil');
  if (typeof validFrom === 'string') return fail('dates', validFrom);
  if (typeof validUntil === 'string') return fail('dates', validUntil);
  if (!validFrom) return fail('dates', 'The credential does not say from when it is valid (no validFrom).');
  if (validFrom.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    return fail(
      'dates',
      `The credential is not valid yet: it becomes valid on ${formatDateForPeople(validFrom)}.`,
    );
  }
  if (validUntil && validUntil.getTime() < now.getTime()) {
    return fail('dates', `The credential expired on ${formatDateForPeople(validUntil)}.`);
  }
  const until = validUntil ? ` until ${formatDateForPeople(validUntil)}` : ', with no expiry date';
  return pass('dates', `Valid since ${formatDateForPeople(validFrom)}${until}.`);
}
