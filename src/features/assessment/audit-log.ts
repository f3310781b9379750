import type { AuditEntryView } from '../../contracts/assessment.js';
import type { ExpressionBuilder } from 'kysely';
import type { Queryable } from '../../db/database.js';
import type { AuditLogTable, Database } from '../../db/schema.js';

const entries = (db: Queryable, issuerId: string) =>
  db
    .selectFrom('audit_log as l')
    .leftJoin('users as u', 'u.id', 'l.actor_id')
    .select([
      'l.id',
      'l.at',
      'l.actor_id',
      'u.name',
      'l.action',
      'l.subject_type',
      'l.subject_id',
      'l.before',
      'l.after',
    ])
    .where('l.issuer_id', '=', issuerId);

type Row = Awaited<ReturnType<ReturnType<typeof entries>['execute']>>[number];

const present = (r: Row): AuditEntryView => ({
  id: r.id,
  at: r.at,
  actor: r.actor_id ? { id: r.actor_id, name: r.name ?? 'Unknown' } : null,
  action: r.action,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  before: r.before === null ? null : (JSON.parse(r.before) as unknown),
  after: r.after === null ? null : (JSON.parse(r.after) as unknown),
});

/** Entries past the cursor (at, id) in the given order: the log's keyset, since many share an instant. */
const past = (dir: '<' | '>', at: string, id: string | undefined) =>
  function (eb: ExpressionBuilder<Database & { l: AuditLogTable }, 'l'>) {
    return id === undefined
      ? eb('l.at', dir, at)
      : eb.or([eb('l.at', dir, at), eb.and([eb('l.at', '=', at), eb('l.id', dir, id)])]);
  };

/**
 * A page of an issuer's audit log, newest first; `before` (and `beforeId`) continue from the last
 * entry seen.
 */
export async function listAudit(
  db: Queryable,
  issuerId: string,
  q: { before?: string; beforeId?: string; limit: number },
) {
  let query = entries(db, issuerId);
  if (q.before) query = query.where(past('<', q.before, q.beforeId));
  return (await query.orderBy('l.at', 'desc').orderBy('l.id', 'desc').limit(q.limit).execute()).map(present);
}

const csvCell = (value: string) => {
  // Spreadsheet formula injection: a cell starting with = + - @ is read as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** The whole audit log as CSV, oldest first, in pages so a long log never sits in memory whole. */
export async function* auditCsv(db: Queryable, issuerId: string): AsyncGenerator<string> {
  yield 'at,actor_id,actor,action,subject_type,subject_id,before,after\n';
  let after: { at: string; id: string } | null = null;
  for (;;) {
    let q = entries(db, issuerId);
    if (after) q = q.where(past('>', after.at, after.id));
    const rows = await q.orderBy('l.at').orderBy('l.id').limit(1000).execute();
    if (!rows.length) return;
    yield (
      rows
        .map((r) =>
          [
            r.at,
            r.actor_id ?? '',
            r.name ?? (r.actor_id ? '' : 'platform'),
            r.action,
            r.subject_type,
            r.subject_id,
            r.before ?? '',
            r.after ?? '',
          ]
            .map(csvCell)
            .join(','),
        )
        .join('\n') + '\n'
    );
    const last = rows[rows.length - 1]!;
    after = { at: last.at, id: last.id };
  }
}
