import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any> */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  // How an issuer runs assessment. Absent row = the defaults the application states.
  await db.schema
    .createTable('assessment_settings')
    .addColumn('issuer_id', 'text', (c) => c.primaryKey().references('organizations.id'))
    .addColumn('sla_business_days', 'integer', (c) => c.notNull())
    .addColumn('grace_business_days', 'integer', (c) => c.notNull())
    // JSON array of 'YYYY-MM-DD' dates that do not count as business days.
    .addColumn('holidays', 'text', (c) => c.notNull())
    .addColumn('double_score_percent', 'integer', (c) => c.notNull())
    .addColumn('double_score_first', 'integer', (c) => c.notNull())
    .addColumn('calibration_min_percent', 'integer', (c) => c.notNull())
    .addColumn('recalibration_below_percent', 'integer', (c) => c.notNull())
    .addColumn('resubmission_routing', 'text', (c) => c.notNull())
    .addColumn('min_not_yet_feedback', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A member of an issuer's assessor pool, as the pool sees them.
  await db.schema
    .createTable('assessor_profiles')
    .addColumn('issuer_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('senior', 'integer', (c) => c.notNull())
    .addColumn('away_from', 'text')
    .addColumn('away_until', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessor_profiles_pk', ['issuer_id', 'user_id'])
    .execute();

  // Who may score which micro-credential: calibrating → qualified ⇄ recalibrating; or removed.
  await db.schema
    .createTable('assessor_qualifications')
    .addColumn('micro_credential_id', 'text', (c) => c.notNull().references('micro_credentials.id'))
    .addColumn('assessor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('issuer_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('agreement_percent', 'real')
    .addColumn('qualified_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('assessor_qualifications_pk', ['micro_credential_id', 'assessor_id'])
    .execute();
  await db.schema
    .createIndex('assessor_qualifications_assessor')
    .on('assessor_qualifications')
    .columns(['assessor_id', 'status'])
    .execute();

  // Anchor submissions: real attempts the issuer scored as the reference for calibration.
  await db.schema
    .createTable('anchors')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('micro_credential_id', 'text', (c) => c.notNull().references('micro_credentials.id'))
    .addColumn('issuer_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    // JSON [{ criterionId, levelId, feedback }]: the reference scores.
    .addColumn('reference_scores', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .execute();
  await db.schema
    .createIndex('anchors_micro_credential')
    .on('anchors')
    .columns(['micro_credential_id', 'attempt_id'])
    .unique()
    .execute();

  await db.schema
    .createTable('calibration_scores')
    .addColumn('anchor_id', 'text', (c) => c.notNull().references('anchors.id'))
    .addColumn('assessor_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('agreement_percent', 'real', (c) => c.notNull())
    .addColumn('scored_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('calibration_scores_pk', ['anchor_id', 'assessor_id'])
    .execute();

  // Reviews: what part they play, whose issuer and micro-credential (for indexed queues and
  // dashboards), when they are due, and when a reassignment ended them.
  await db.schema
    .alterTable('reviews')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('primary'))
    .execute();
  for (const column of ['issuer_id', 'micro_credential_id', 'due_at', 'ended_at', 'overdue_alerted_at']) {
    await db.schema.alterTable('reviews').addColumn(column, 'text').execute();
  }
  await sql`update reviews set
      micro_credential_id = (select s.micro_credential_id from attempts a join submissions s on s.id = a.submission_id where a.id = reviews.attempt_id),
      issuer_id = (select m.issuer_id from attempts a join submissions s on s.id = a.submission_id join micro_credentials m on m.id = s.micro_credential_id where a.id = reviews.attempt_id),
      due_at = assigned_at`.execute(db);
  await db.schema
    .createIndex('reviews_queue')
    .on('reviews')
    .columns(['assessor_id', 'status', 'due_at'])
    .execute();
  await db.schema
    .createIndex('reviews_issuer_open')
    .on('reviews')
    .columns(['issuer_id', 'status', 'due_at'])
    .execute();
  await db.schema.createIndex('reviews_open_due').on('reviews').columns(['status', 'due_at']).execute();
  await db.schema
    .createIndex('reviews_issuer_completed')
    .on('reviews')
    .columns(['issuer_id', 'completed_at'])
    .execute();

  // Single or double scoring, decided when the attempt is submitted.
  await db.schema
    .alterTable('attempts')
    .addColumn('double_scored', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // The backlog: reviews an attempt needs that no assessor could take yet.
  await db.schema
    .createTable('unassigned_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id'))
    .addColumn('issuer_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('micro_credential_id', 'text', (c) => c.notNull().references('micro_credentials.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON array of assessor ids who may not take it (the other scorer, earlier deciders).
    .addColumn('exclude', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('unassigned_reviews_issuer')
    .on('unassigned_reviews')
    .columns(['issuer_id', 'created_at'])
    .execute();
  // Attempts already waiting (submitted, nobody assigned) join the backlog.
  await sql`insert into unassigned_reviews (id, attempt_id, issuer_id, micro_credential_id, kind, exclude, created_at)
    select 'backlog-' || a.id, a.id, m.issuer_id, m.id, 'primary', '[]', coalesce(s.submitted_at, s.updated_at)
    from submissions s
    join attempts a on a.submission_id = s.id and a.number = s.attempt_number
    join micro_credentials m on m.id = s.micro_credential_id
    where s.status = 'submitted'`.execute(db);

  await db.schema
    .createTable('appeals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('attempt_id', 'text', (c) => c.notNull().unique().references('attempts.id'))
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id'))
    .addColumn('educator_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('issuer_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .execute();

  await db.schema
    .createTable('feedback_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('micro_credential_id', 'text', (c) => c.notNull().references('micro_credentials.id'))
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('feedback_templates_criterion')
    .on('feedback_templates')
    .columns(['micro_credential_id', 'criterion_id'])
    .execute();

  // Append-only: who did what, when, with the state before and after.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issuer_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_issuer').on('audit_log').columns(['issuer_id', 'at']).execute();
  // The database itself refuses to change or remove an entry.
  if (isPostgres(db)) {
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'the audit log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
  } else {
    for (const event of ['update', 'delete']) {
      await sql
        .raw(
          `create trigger audit_log_no_${event} before ${event} on audit_log
           begin select raise(abort, 'the audit log is append-only'); end`,
        )
        .execute(db);
    }
  }
}
