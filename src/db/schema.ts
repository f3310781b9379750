/**
 * Table types as Kysely sees them. Ids are UUID strings made in TypeScript, timestamps are ISO
 * strings, booleans are 0/1 integers and JSON is stored as text, so one set of queries runs on
 * SQLite and PostgreSQL alike.
 */
import type { Generated } from 'kysely';

export type OrganizationKind = 'platform' | 'state' | 'district' | 'school' | 'issuer';
export type Role =
  'educator' | 'assessor' | 'issuer_admin' | 'district_admin' | 'state_admin' | 'platform_admin';
export type UserStatus = 'active' | 'invited' | 'deactivated';
export type MicroCredentialStatus = 'draft' | 'published' | 'retired';
export type SubmissionStatus = 'in_progress' | 'submitted' | 'in_review' | 'earned' | 'not_yet' | 'withdrawn';
export type AttemptStatus = 'draft' | 'submitted' | 'decided';
export type Decision = 'earned' | 'not_yet';
/** `reassigned`: ended by a reassignment; another review took its place. */
export type ReviewStatus = 'assigned' | 'completed' | 'reassigned';
/** primary: the only or first scorer; second: the other of a double-scored pair; adjudication: the
 * senior who decides a disagreement; appeal: the senior who decides an appeal. */
export type ReviewKind = 'primary' | 'second' | 'adjudication' | 'appeal';
export type QualificationStatus = 'calibrating' | 'qualified' | 'recalibrating' | 'removed';
export type AppealStatus = 'open' | 'upheld' | 'overturned';
export type CredentialStatus = 'valid' | 'revoked' | 'suspended';
export type DidMethod = 'web' | 'key';

export interface OrganizationsTable {
  id: string;
  parent_id: string | null;
  kind: OrganizationKind;
  name: string;
  slug: string;
  description: string | null;
  url: string | null;
  email: string | null;
  created_at: string;
  /** Issuers only: how the issuer is identified in credentials. */
  did_method: Generated<DidMethod>;
  /** Months after the decision when evidence is deleted (credentials are kept); null keeps it. */
  evidence_retention_months: number | null;
  /** The organization's id in a district's roster (OneRoster sourcedId or a school code). */
  external_id: string | null;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  status: UserStatus;
  created_at: string;
}

export interface MembershipsTable {
  id: string;
  user_id: string;
  org_id: string;
  role: Role;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a database leak does not leak live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface LoginFailuresTable {
  id: string;
  email: string;
  ip: string;
  created_at: string;
}

export interface InvitationsTable {
  id: string;
  email: string;
  name: string;
  org_id: string;
  role: Role;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
}

export interface MicroCredentialsTable {
  id: string;
  issuer_id: string;
  slug: string;
  status: MicroCredentialStatus;
  /** The issuer's working copy (JSON of MicroCredentialContent, possibly incomplete); null when none. */
  draft_content: string | null;
  draft_updated_at: string | null;
  current_version_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface MicroCredentialVersionsTable {
  id: string;
  micro_credential_id: string;
  version: number;
  /** JSON of MicroCredentialContent; never changed once published. */
  content: string;
  is_current: number;
  title: string;
  summary: string;
  topic: string;
  subject: string;
  grade_band: string;
  credit_hours: number;
  estimated_hours: number;
  price_cents: number;
  issuer_id: string;
  search_text: string;
  published_at: string;
  published_by: string;
}

export interface SubmissionsTable {
  id: string;
  educator_id: string;
  micro_credential_id: string;
  version_id: string;
  status: SubmissionStatus;
  attempt_number: number;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
}

export interface AttemptsTable {
  id: string;
  submission_id: string;
  number: number;
  status: AttemptStatus;
  /** JSON `{ part1: {questionId: text}, part3: {questionId: text} }`. */
  answers: string;
  resubmission_note: string | null;
  /** JSON `{ ownWork: boolean, studentPrivacy: boolean }`. */
  attestation: string;
  /** Bumped on every saved change; saves name the revision they started from. */
  revision: number;
  decision: Decision | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
  /** 1 when two assessors score it independently. */
  double_scored: number;
}

export interface ArtifactsTable {
  id: string;
  attempt_id: string;
  requirement_id: string;
  kind: 'text' | 'link' | 'file' | 'video';
  title: string;
  text: string | null;
  url: string | null;
  blob_sha256: string | null;
  filename: string | null;
  content_type: string | null;
  size_bytes: number | null;
  position: number;
  created_at: string;
  /** A small JPEG of an image, made at upload. */
  thumbnail_sha256: string | null;
  /** JSON of the educator's privacy checklist for this artifact (ArtifactPrivacy). */
  privacy: string;
  /** When retention deleted the evidence itself; the row stays so the record reads whole. */
  purged_at: string | null;
}

export interface DraftRevisionsTable {
  attempt_id: string;
  revision: number;
  answers: string;
  attestation: string;
  resubmission_note: string | null;
  saved_at: string;
  saved_by: string | null;
}

export interface ReviewsTable {
  id: string;
  attempt_id: string;
  assessor_id: string;
  status: ReviewStatus;
  /** JSON `[{ criterionId, levelId, feedback }]`, partial while assigned. */
  scores: string;
  decision: Decision | null;
  assigned_at: string;
  updated_at: string;
  completed_at: string | null;
  kind: ReviewKind;
  issuer_id: string | null;
  micro_credential_id: string | null;
  due_at: string | null;
  /** When a reassignment ended it (status `reassigned`). */
  ended_at: string | null;
  overdue_alerted_at: string | null;
}

export interface CredentialsTable {
  id: string;
  /** Empty for a pathway's stacked credential, which no attempt earned. */
  submission_id: string | null;
  attempt_id: string | null;
  educator_id: string;
  issuer_id: string;
  micro_credential_id: string | null;
  version_id: string | null;
  title: string;
  status: CredentialStatus;
  issued_at: string;
  valid_until: string | null;
  /** The signed credential, byte for byte as issued. */
  document: string;
  verification_method: string;
  /** The same credential as a VC-JWT, signed with the same key. */
  jwt: string | null;
  status_list_id: string | null;
  status_index: number | null;
  status_reason: string | null;
  status_changed_at: string | null;
  status_changed_by: string | null;
  /** Set when the credential was signed again (e.g. after its key was retired as compromised). */
  reissued_at: string | null;
  /** Set on a pathway's stacked credential. */
  pathway_id: string | null;
}

export interface IssuerKeysTable {
  id: string;
  issuer_id: string;
  /** Fragment of the verification method in the issuer's DID document, e.g. `key-1`. */
  key_id: string;
  public_key_multibase: string;
  /** Secret key, AES-256-GCM encrypted with the instance secret. */
  secret_key_encrypted: string;
  created_at: string;
  /** No longer signs; still published so what it signed keeps verifying. */
  retired_at: string | null;
  /** Withdrawn from the DID document; what it signed was signed again with a new key. */
  compromised_at: string | null;
}

export interface StatusListsTable {
  id: string;
  issuer_id: string;
  issuer_did: string;
  purpose: 'revocation';
  size: number;
  used: number;
  /** Base64 bitmap of the indexes handed out. */
  allocated: string;
  /** Base64 bitmap of the revoked indexes (the list's own bits). */
  revoked: string;
  /** The signed BitstringStatusListCredential, as served. */
  document: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read_at: string | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  kind: string;
  /** 1: email me about this kind; 0: only in the app. */
  email: number;
}

export interface EmailOutboxTable {
  id: string;
  user_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  kind: string;
  created_at: string;
  sent_at: string | null;
  tries: Generated<number>;
  next_try_at: string | null;
  last_error: string | null;
}

export type DataRequestKind = 'delete_account';
export type DataRequestStatus = 'pending' | 'completed' | 'cancelled';

export interface DataRequestsTable {
  id: string;
  user_id: string;
  kind: DataRequestKind;
  status: DataRequestStatus;
  reason: string | null;
  created_at: string;
  completed_at: string | null;
  completed_by: string | null;
}

export interface AssessmentSettingsTable {
  issuer_id: string;
  sla_business_days: number;
  grace_business_days: number;
  /** JSON array of 'YYYY-MM-DD'. */
  holidays: string;
  double_score_percent: number;
  double_score_first: number;
  calibration_min_percent: number;
  recalibration_below_percent: number;
  resubmission_routing: 'same' | 'other';
  min_not_yet_feedback: number;
  updated_at: string;
}
export interface AssessorProfilesTable {
  issuer_id: string;
  user_id: string;
  capacity: number;
  senior: number;
  away_from: string | null;
  away_until: string | null;
  updated_at: string;
}
export interface AssessorQualificationsTable {
  micro_credential_id: string;
  assessor_id: string;
  issuer_id: string;
  status: QualificationStatus;
  agreement_percent: number | null;
  qualified_at: string | null;
  updated_at: string;
}
export interface AnchorsTable {
  id: string;
  micro_credential_id: string;
  issuer_id: string;
  attempt_id: string;
  title: string;
  /** JSON `[{ criterionId, levelId, feedback }]`. */
  reference_scores: string;
  created_by: string;
  created_at: string;
  retired_at: string | null;
}
export interface CalibrationScoresTable {
  anchor_id: string;
  assessor_id: string;
  scores: string;
  agreement_percent: number;
  scored_at: string;
}
export interface UnassignedReviewsTable {
  id: string;
  attempt_id: string;
  issuer_id: string;
  micro_credential_id: string;
  kind: ReviewKind;
  /** JSON array of assessor ids who may not take it. */
  exclude: string;
  created_at: string;
}
export interface AppealsTable {
  id: string;
  attempt_id: string;
  submission_id: string;
  educator_id: string;
  issuer_id: string;
  reason: string;
  status: AppealStatus;
  created_at: string;
  decided_at: string | null;
}
export interface FeedbackTemplatesTable {
  id: string;
  micro_credential_id: string;
  criterion_id: string;
  text: string;
  created_by: string;
  created_at: string;
}
export interface AuditLogTable {
  id: string;
  issuer_id: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before: string | null;
  after: string | null;
  at: string;
}

export type RosterRole = 'educator' | 'assessor' | 'district_admin';
export interface RosterEntriesTable {
  /** The organization that imported the roster (a district or a state). */
  org_id: string;
  /** The person's id in that organization's records (staff id, OneRoster sourcedId). */
  source_id: string;
  user_id: string;
  school_id: string | null;
  role: RosterRole;
  status: 'active' | 'departed';
  /** What the last import said about the person, so a re-import changes only what changed. */
  fingerprint: string;
  created_at: string;
  updated_at: string;
}
export interface RosterImportsTable {
  id: string;
  org_id: string;
  file_name: string;
  format: 'csv' | 'oneroster';
  dry_run: number;
  actor_id: string | null;
  created_at: string;
  created: number;
  changed: number;
  unchanged: number;
  deactivated: number;
  rejected: number;
  /** JSON: the rejected lines and reasons, and what changed (capped). */
  report: string;
}

export type OidcProviderKind = 'google' | 'microsoft' | 'clever' | 'classlink' | 'oidc';
export interface OidcProvidersTable {
  id: string;
  org_id: string;
  slug: string;
  name: string;
  kind: OidcProviderKind;
  issuer_url: string;
  client_id: string;
  client_secret_encrypted: string;
  /** Space-separated. */
  scopes: string;
  enabled: number;
  created_at: string;
  updated_at: string;
}
export interface OidcLoginsTable {
  /** Also the `state` sent to the provider. */
  id: string;
  provider_id: string;
  nonce: string;
  code_verifier: string;
  return_to: string | null;
  /** Set when a signed-in person links this provider's account to their own. */
  link_user_id: string | null;
  created_at: string;
  expires_at: string;
}
export interface UserIdentitiesTable {
  id: string;
  user_id: string;
  provider_id: string;
  subject: string;
  email: string | null;
  created_at: string;
  last_used_at: string | null;
}
export interface UserEmailsTable {
  email: string;
  user_id: string;
  verified_at: string;
  created_at: string;
}

export interface LicensesTable {
  id: string;
  user_id: string;
  /** The state that issued the license. */
  state_id: string;
  license_type: string;
  number: string;
  /** Dates as YYYY-MM-DD. */
  issued_on: string;
  expires_on: string | null;
  created_at: string;
  updated_at: string;
}
export type PolicyHoursMode = 'credit' | 'fixed';
export interface RenewalPoliciesTable {
  id: string;
  /** A state or a district. */
  org_id: string;
  name: string;
  /** JSON array of license types; empty means every type. */
  license_types: string;
  /** JSON: which micro-credentials count ({ mode: 'all' | 'tags' | 'topics' | 'issuers' | 'list', values }). */
  counts: string;
  hours_mode: PolicyHoursMode;
  fixed_hours: number | null;
  cap_hours: number | null;
  required_hours: number;
  cycle_years: number;
  effective_from: string;
  effective_until: string | null;
  status: 'active' | 'retired';
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SeatPoolsTable {
  id: string;
  org_id: string;
  name: string;
  total_seats: number;
  cost_cents: number;
  funding_source: string | null;
  starts_on: string;
  ends_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export interface SeatPoolItemsTable {
  pool_id: string;
  micro_credential_id: string;
}
export interface SeatRedemptionsTable {
  id: string;
  pool_id: string;
  user_id: string;
  micro_credential_id: string;
  submission_id: string | null;
  redeemed_at: string;
  /** Given back (the educator withdrew before earning); the seat can be used again. */
  released_at: string | null;
}

export interface RecommendationsTable {
  id: string;
  org_id: string;
  micro_credential_id: string;
  kind: 'recommended' | 'assigned';
  target_type: 'user' | 'org';
  target_id: string;
  due_on: string | null;
  note: string | null;
  created_by: string | null;
  created_at: string;
  withdrawn_at: string | null;
}

export type PathwayRule = 'all' | 'n_of';
export interface PathwaysTable {
  id: string;
  /** The issuer or district that defined it. */
  org_id: string;
  /** The issuer that signs the stacked credential. */
  issuer_id: string;
  slug: string;
  title: string;
  description: string;
  rule: PathwayRule;
  required_count: number;
  ordered: number;
  role_title: string | null;
  pay_step: string | null;
  status: 'draft' | 'published' | 'retired';
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export interface PathwayItemsTable {
  pathway_id: string;
  micro_credential_id: string;
  position: number;
}
export interface PathwayCompletionsTable {
  pathway_id: string;
  user_id: string;
  credential_id: string | null;
  /** The educator's district when they completed it, for the district's records. */
  district_id: string | null;
  role_title: string | null;
  pay_step: string | null;
  completed_at: string;
}

export interface CatalogStateTable {
  id: number;
  /** Bumped by every publish and retire, so cached catalog pages know when they are stale. */
  generation: number;
}

export interface Database {
  catalog_state: CatalogStateTable;
  organizations: OrganizationsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  login_failures: LoginFailuresTable;
  invitations: InvitationsTable;
  micro_credentials: MicroCredentialsTable;
  micro_credential_versions: MicroCredentialVersionsTable;
  submissions: SubmissionsTable;
  attempts: AttemptsTable;
  artifacts: ArtifactsTable;
  draft_revisions: DraftRevisionsTable;
  notification_preferences: NotificationPreferencesTable;
  email_outbox: EmailOutboxTable;
  data_requests: DataRequestsTable;
  reviews: ReviewsTable;
  credentials: CredentialsTable;
  issuer_keys: IssuerKeysTable;
  status_lists: StatusListsTable;
  api_tokens: ApiTokensTable;
  notifications: NotificationsTable;
  assessment_settings: AssessmentSettingsTable;
  assessor_profiles: AssessorProfilesTable;
  assessor_qualifications: AssessorQualificationsTable;
  anchors: AnchorsTable;
  calibration_scores: CalibrationScoresTable;
  unassigned_reviews: UnassignedReviewsTable;
  appeals: AppealsTable;
  feedback_templates: FeedbackTemplatesTable;
  audit_log: AuditLogTable;
  roster_entries: RosterEntriesTable;
  roster_imports: RosterImportsTable;
  oidc_providers: OidcProvidersTable;
  oidc_logins: OidcLoginsTable;
  user_identities: UserIdentitiesTable;
  user_emails: UserEmailsTable;
  licenses: LicensesTable;
  renewal_policies: RenewalPoliciesTable;
  seat_pools: SeatPoolsTable;
  seat_pool_items: SeatPoolItemsTable;
  seat_redemptions: SeatRedemptionsTable;
  recommendations: RecommendationsTable;
  pathways: PathwaysTable;
  pathway_items: PathwayItemsTable;
  pathway_completions: PathwayCompletionsTable;
}
