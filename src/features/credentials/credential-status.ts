import type { CredentialStatus } from '../../db/schema.js';

/** What a person should be told: the stored status, or expired once validUntil has passed. */
export const effectiveStatus = (status: CredentialStatus, validUntil: string | null, now: Date) =>
  status === 'valid' && validUntil && validUntil <= now.toISOString() ? ('expired' as const) : status;
