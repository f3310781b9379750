import type { IssuedStatus, StatusAction } from './issuer-api.js';

/**
 * What an issuer admin may do to a credential in this (shown) status — the rules the API applies.
 * An expired credential is still "valid" in the register, so it can be suspended or revoked.
 */
export function actionsFor(status: IssuedStatus): StatusAction[] {
  if (status === 'revoked') return [];
  if (status === 'suspended') return ['unsuspend', 'revoke'];
  return ['suspend', 'revoke'];
}

export const REASON_MIN = 3;
export const REASON_MAX = 500;

/** Why a reason cannot be sent yet, in words; null when it can. */
export function reasonProblem(reason: string): string | null {
  const n = reason.trim().length;
  if (n < REASON_MIN) return `Give a reason of at least ${REASON_MIN} characters; the educator will read it.`;
  if (n > REASON_MAX) return `Keep the reason to ${REASON_MAX} characters (now ${n}).`;
  return null;
}

export const ACTION_TEXT: Record<
  StatusAction,
  { button: string; title: string; confirm: string; done: string; consequence: string }
> = {
  revoke: {
    button: 'Revoke',
    title: 'Revoke this credential?',
    confirm: 'Revoke for good',
    done: 'revoked',
    consequence:
      'Revocation is permanent. The credential’s bit in your signed status list is set, so every verifier — ours and anyone else’s — reports it revoked. The educator is told, with your reason.',
  },
  suspend: {
    button: 'Suspend',
    title: 'Suspend this credential?',
    confirm: 'Suspend',
    done: 'suspended',
    consequence:
      'Suspension is temporary: the public page and our verifier show it suspended until you lift it. The educator is told, with your reason.',
  },
  unsuspend: {
    button: 'Lift suspension',
    title: 'Lift the suspension?',
    confirm: 'Lift suspension',
    done: 'valid again',
    consequence: 'The credential shows as valid again everywhere, and the educator is told.',
  },
};
