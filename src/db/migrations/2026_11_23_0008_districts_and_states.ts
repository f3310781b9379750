import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any> */
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** The credential columns as they stand after 0004, in order (SQLite rebuilds the table). */
const CREDENTIAL_COLUMNS = [
  'id',
  'submission_id',
  'attempt_id',
  'educator_id',
  'issuer_id',
  'micro_credential_id',
  'version_id',
  'title',
  'status',
  'issued_at',
  'valid_until',
  'document',
  'verification_method',
  'jwt',
  'status_list_id',
  'status_reason',
  'status_changed_at',
  'status_changed_by',
  'reissued_at',
  'status_index',
];

async function credentialIndexes(db: Kysely<any>) {
  await db.schema
    .createIndex('credentials_educator')
    .on('credentials')
    .columns(['educator_id', 'issued_at'])
    .execute();
  await db.schema
    .createIndex('credentials_status_entry')
    .on('credentials')
    .columns(['status_list_id', 'status_index'])
    .unique()
    .execute();
  await db.schema
    .createIndex('credentials_issuer')
    .on('credentials')
    .columns(['issuer_id', 'issued_at'])
    .execute();
  await db.schema
    .createIndex('credentials_verification_method')
    .on('credentials')
    .column('verification_method')
    .execute();
}

/**
 * A pathway's stacked credential is earned by completing other credentials, not by an attempt: its
 * submission, attempt and version are empty and `pathway_id` says what it stacks.
 */
async function credentialsForPathways(db: Kysely<any>) {
  if (isPostgres(db)) {
    for (const column of ['submission_id', 'attempt_id', 'micro_credential_id', 'version_id'])
      await sql`alter table credentials alter column ${sql.ref(column)} drop not null`.execute(db);
    await db.schema.alterTable('credentials').addColumn('pathway_id', 'text').execute();
  } else {
    // SQLite cannot drop a NOT NULL: build the table again (nothing references it) and copy.
    await db.schema
      .createTable('credentials_next')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('submission_id', 'text', (c) => c.references('submissions.id'))
      .addColumn('attempt_id', 'text', (c) => c.unique().references('attempts.id'))
      .addColumn('educator_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('issuer_id', 'text', (c) => c.notNull().references('organizations.id'))
      .addColumn('micro_credential_id', 'text', (c) => c.references('micro_credentials.id'))
      .addColumn('version_id', 'text', (c) => c.references('micro_credential_versions.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('issued_at', 'text', (c) => c.notNull())
      .addColumn('valid_until', 'text')
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('verification_method', 'text', (c) => c.notNull())
      .addColumn('jwt', 'text')
      .addColumn('status_list_id', 'text')
      .addColumn('status_reason', 'text')
      .addColumn('status_changed_at', 'text')
      .addColumn('status_changed_by', 'text')
      .addColumn('reissued_at', 'text')
      .addColumn('status_index', 'integer')
      .addColumn('pathway_id', 'text')
      .execute();
    const columns = sql.join(CREDENTIAL_COLUMNS.map((c) => sql.ref(c)));
    await sql`insert into credentials_next (${columns}) select ${columns} from credentials`.execute(db);
    await db.schema.dropTable('credentials').execute();
    await sql`alter table credentials_next rename to credentials`.execute(db);
    await credentialIndexes(db);
  }
  await db.schema
    .createIndex('credentials_pathway')
    .on('credentials')
    .columns(['pathway_id', 'educator_id'])
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  // Roster: the id an organization has in the district's student information system.
  await db.schema.alterTable('organizations').addColumn('external_id', 'text').execute();
  await db.schema
    .createIndex('organizations_external_id')
    .on('organizations')
    .column('external_id')
    .unique()
    .execute();

  // Who a roster import put where: the district's own id for the person (staff id or OneRoster
  // sourcedId), so a re-import changes only what changed and departed staff can be deactivated.
  await db.schema
    .createTable('roster_entries')
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('school_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('roster_entries_pk', ['org_id', 'source_id'])
    .execute();
  await db.schema.createIndex('roster_entries_user').on('roster_entries').column('user_id').execute();

  await db.schema
    .createTable('roster_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('dry_run', 'integer', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created', 'integer', (c) => c.notNull())
    .addColumn('changed', 'integer', (c) => c.notNull())
    .addColumn('unchanged', 'integer', (c) => c.notNull())
    .addColumn('deactivated', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('report', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('roster_imports_org')
    .on('roster_imports')
    .columns(['org_id', 'created_at'])
    .execute();

  // Sign-in through an organization's identity provider (OpenID Connect).
  await db.schema
    .createTable('oidc_providers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('issuer_url', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('client_secret_encrypted', 'text', (c) => c.notNull())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One row per sign-in in flight: the state in the redirect names it; used once, then deleted.
  await db.schema
    .createTable('oidc_logins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('provider_id', 'text', (c) => c.notNull().references('oidc_providers.id'))
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('return_to', 'text')
    .addColumn('link_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('user_identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('provider_id', 'text', (c) => c.notNull().references('oidc_providers.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addUniqueConstraint('user_identities_subject', ['provider_id', 'subject'])
    .execute();
  await db.schema.createIndex('user_identities_user').on('user_identities').column('user_id').execute();
  // More addresses of one person (a personal and a district email): one record, one history.
  await db.schema
    .createTable('user_emails')
    .addColumn('email', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('verified_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('user_emails_user').on('user_emails').column('user_id').execute();

  // Educators' licenses, and the renewal-credit policies of states and districts.
  await db.schema
    .createTable('licenses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('state_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('license_type', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('licenses_user').on('licenses').column('user_id').execute();
  await db.schema
    .createTable('renewal_policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('license_types', 'text', (c) => c.notNull())
    .addColumn('counts', 'text', (c) => c.notNull())
    .addColumn('hours_mode', 'text', (c) => c.notNull())
    .addColumn('fixed_hours', 'real')
    .addColumn('cap_hours', 'real')
    .addColumn('required_hours', 'real', (c) => c.notNull())
    .addColumn('cycle_years', 'integer', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_until', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('renewal_policies_org').on('renewal_policies').column('org_id').execute();

  // Funded seats: an organization pays for (or tracks a budget of) seats on some micro-credentials.
  await db.schema
    .createTable('seat_pools')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('total_seats', 'integer', (c) => c.notNull())
    .addColumn('cost_cents', 'integer', (c) => c.notNull())
    .addColumn('funding_source', 'text')
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('seat_pools_org').on('seat_pools').column('org_id').execute();
  await db.schema
    .createTable('seat_pool_items')
    .addColumn('pool_id', 'text', (c) => c.notNull().references('seat_pools.id'))
    .addColumn('micro_credential_id', 'text', (c) => c.notNull().references('micro_credentials.id'))
    .addPrimaryKeyConstraint('seat_pool_items_pk', ['pool_id', 'micro_credential_id'])
    .execute();
  await db.schema
    .createTable('seat_redemptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pool_id', 'text', (c) => c.notNull().references('seat_pools.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('micro_credential_id', 'text', (c) => c.notNull().references('micro_credentials.id'))
    .addColumn('submission_id', 'text', (c) => c.references('submissions.id'))
    .addColumn('redeemed_at', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text')
    .addUniqueConstraint('seat_redemptions_once', ['pool_id', 'user_id', 'micro_credential_id'])
    .execute();
  await db.schema.createIndex('seat_redemptions_user').on('seat_redemptions').column('user_id').execute();

  // Micro-credentials a district recommends or assigns to people or groups, with a due date.
  await db.schema
    .createTable('recommendations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('micro_credential_id', 'text', (c) => c.notNull().references('micro_credentials.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .execute();
  await db.schema
    .createIndex('recommendations_target')
    .on('recommendations')
    .columns(['target_type', 'target_id'])
    .execute();
  await db.schema.createIndex('recommendations_org').on('recommendations').column('org_id').execute();

  // Pathways: stacks of micro-credentials that together earn a stacked credential.
  await db.schema
    .createTable('pathways')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('issuer_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('required_count', 'integer', (c) => c.notNull())
    .addColumn('ordered', 'integer', (c) => c.notNull())
    .addColumn('role_title', 'text')
    .addColumn('pay_step', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pathway_items')
    .addColumn('pathway_id', 'text', (c) => c.notNull().references('pathways.id'))
    .addColumn('micro_credential_id', 'text', (c) => c.notNull().references('micro_credentials.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('pathway_items_pk', ['pathway_id', 'micro_credential_id'])
    .execute();
  await db.schema.createIndex('pathway_items_mc').on('pathway_items').column('micro_credential_id').execute();
  // One completion per person and pathway: the primary key is what makes the award happen once.
  await db.schema
    .createTable('pathway_completions')
    .addColumn('pathway_id', 'text', (c) => c.notNull().references('pathways.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('credential_id', 'text')
    .addColumn('district_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('role_title', 'text')
    .addColumn('pay_step', 'text')
    .addColumn('completed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pathway_completions_pk', ['pathway_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('pathway_completions_district')
    .on('pathway_completions')
    .columns(['district_id', 'completed_at'])
    .execute();

  await credentialsForPathways(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('credentials_pathway').execute();
  await db.schema.alterTable('credentials').dropColumn('pathway_id').execute();
  for (const t of [
    'pathway_completions',
    'pathway_items',
    'pathways',
    'recommendations',
    'seat_redemptions',
    'seat_pool_items',
    'seat_pools',
    'renewal_policies',
    'licenses',
    'user_emails',
    'user_identities',
    'oidc_logins',
    'oidc_providers',
    'roster_imports',
    'roster_entries',
  ])
    await db.schema.dropTable(t).execute();
  await db.schema.dropIndex('organizations_external_id').execute();
  await db.schema.alterTable('organizations').dropColumn('external_id').execute();
}
