import type { Queryable } from '../../db/database.js';
import { audit, type AuditEntry } from '../assessment/audit.js';

/** What privacy work writes to the audit log. */
export type PrivacyAuditEntry = AuditEntry & {
  action: 'evidence.purged' | 'retention.updated' | 'account.deleted';
  subjectType: 'attempt' | 'organization' | 'user';
};

/**
 * Appends to the audit log in the caller's transaction (entries are keyed by organization: an
 * issuer for evidence, the organization whose setting changed, the platform for an account deletion).
 */
export const auditPrivacy = (db: Queryable, at: string, e: PrivacyAuditEntry) => audit(db, at, e);
