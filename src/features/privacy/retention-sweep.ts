import type { Queryable } from '../../db/database.js';
import { isPastRetention, retentionCutoff } from '../../domain/retention.js';
import type { Deps } from '../../server/deps.js';
import { auditPurges, purgeAttemptEvidence, releaseBlobs } from './purge-evidence.js';

export interface RetentionSweepResult {
  /** Attempts whose evidence was deleted in this run. */
  attempts: number;
  artifacts: number;
  /** Files removed from the blob store (identical files are stored once, and kept while needed). */
  blobsDeleted: number;
}

type OrgRow = {
  id: string;
  parent_id: string | null;
  kind: string;
  evidence_retention_months: number | null;
};

/** The organization and every organization under it. */
function subtree(orgs: OrgRow[], rootId: string): string[] {
  const ids = new Set([rootId]);
  let frontier = [rootId];
  while (frontier.length) {
    frontier = orgs
      .filter((o) => o.parent_id && frontier.includes(o.parent_id) && !ids.has(o.id))
      .map((o) => o.id);
    frontier.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/**
 * Decided attempts past `cutoff` that still hold evidence, oldest decision first. Never an attempt
 * whose submission is waiting for or under review (an appeal, a resubmission being assessed), and
 * never an active anchor: anchors are the issuer's calibration set, kept until retired.
 */
const expiredAttempts = (db: Queryable, cutoff: string) =>
  db
    .selectFrom('attempts as a')
    .innerJoin('submissions as s', 's.id', 'a.submission_id')
    .innerJoin('micro_credentials as m', 'm.id', 's.micro_credential_id')
    .select(['a.id', 'a.decided_at', 'm.issuer_id'])
    .where('a.status', '=', 'decided')
    .where('a.decided_at', '<', cutoff)
    .where('s.status', 'not in', ['submitted', 'in_review'])
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('artifacts as f')
          .select('f.id')
          .whereRef('f.attempt_id', '=', 'a.id')
          .where('f.purged_at', 'is', null),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('anchors as x')
            .select('x.id')
            .whereRef('x.attempt_id', '=', 'a.id')
            .where('x.retired_at', 'is', null),
        ),
      ),
    )
    .orderBy('a.decided_at')
    .orderBy('a.id');

/**
 * The retention sweep: deletes the evidence of attempts decided longer ago than an organization's
 * `evidence_retention_months`, keeping the record (see purgeAttemptEvidence) and never touching
 * credentials. An issuer's setting covers evidence submitted for its micro-credentials (the issuer
 * holds it); a state's, district's or school's covers its educators' evidence for any issuer; where
 * several apply, the shortest wins. Each attempt is its own transaction with its audit entry;
 * at most `limit` attempts a run (the next run goes on), and a second run finds nothing to redo.
 */
export async function purgeExpiredEvidence(
  { db, clock, blobs }: Pick<Deps, 'db' | 'clock' | 'blobs'>,
  { limit = 100 }: { limit?: number } = {},
): Promise<RetentionSweepResult> {
  const now = clock.now();
  const at = now.toISOString();
  const result: RetentionSweepResult = { attempts: 0, artifacts: 0, blobsDeleted: 0 };
  const orgs = await db
    .selectFrom('organizations')
    .select(['id', 'parent_id', 'kind', 'evidence_retention_months'])
    .execute();
  const ruled = orgs
    .filter((o) => o.evidence_retention_months !== null && o.kind !== 'platform')
    .sort((x, y) => x.evidence_retention_months! - y.evidence_retention_months!);
  const released: string[] = [];
  for (const org of ruled) {
    const room = limit - result.attempts;
    if (room <= 0) break;
    const months = org.evidence_retention_months!;
    let q = expiredAttempts(db, retentionCutoff(now, months).toISOString());
    q =
      org.kind === 'issuer'
        ? q.where('m.issuer_id', '=', org.id)
        : q.where('s.educator_id', 'in', (eb) =>
            eb
              .selectFrom('memberships')
              .select('user_id')
              .where('role', '=', 'educator')
              .where('org_id', 'in', subtree(orgs, org.id)),
          );
    const due = (await q.limit(room).execute()).filter((r) =>
      isPastRetention(new Date(r.decided_at!), months, now),
    );
    for (const attempt of due) {
      const purged = await db.transaction().execute(async (trx) => {
        const p = await purgeAttemptEvidence(trx, [attempt.id], at);
        await auditPurges(trx, at, p, [attempt], {
          actorId: null,
          why: { reason: 'retention', organizationId: org.id, months },
        });
        return p;
      });
      const n = purged.byAttempt.get(attempt.id) ?? 0;
      if (!n) continue;
      result.attempts++;
      result.artifacts += n;
      released.push(...purged.blobs);
    }
  }
  result.blobsDeleted = await releaseBlobs({ db, blobs }, released);
  return result;
}
