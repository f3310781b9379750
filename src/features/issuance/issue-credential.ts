import { randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import { addMonths } from '../../domain/validity.js';
import { isoSeconds } from '../../server/clock.js';
import type { Deps } from '../../server/deps.js';
import { buildOpenBadgeCredential, type OpenBadgeCredential } from '../../openbadges/index.js';
import { signBoth } from '../../openbadges/sign-both.js';
import { badgeImagePath } from '../catalog/catalog.presenter.js';
import { alignmentsOf, criteriaNarrative } from './achievement.js';
import { ensureIssuerKey, issuerPageUrl, signingKeyOf, type SignerRef } from './issuer-keys.js';
import { allocateStatusEntry } from './status-lists.js';

export const credentialUrl = (publicUrl: string, id: string) => `${publicUrl}/credentials/${id}`;

type Ctx = Pick<Deps, 'config' | 'secret' | 'dialect'>;

/** Everything about an earned attempt that goes into its credential. */
const earnedRow = (db: Queryable, submissionId: string) =>
  db
    .selectFrom('submissions as s')
    .innerJoin('micro_credential_versions as v', 'v.id', 's.version_id')
    .innerJoin('organizations as o', 'o.id', 'v.issuer_id')
    .innerJoin('users as u', 'u.id', 's.educator_id')
    .select([
      's.id',
      's.educator_id',
      's.micro_credential_id',
      'v.id as version_id',
      'v.version',
      'v.content',
      'o.id as issuer_id',
      'o.slug as issuer_slug',
      'o.did_method',
      'o.name as issuer_name',
      'o.description as issuer_description',
      'o.email as issuer_email',
      'u.email as educator_email',
    ])
    .where('s.id', '=', submissionId)
    .executeTakeFirstOrThrow();

/** The unsigned credential: the achievement from the version it was earned under, the issuer, the earner. */
export function buildEarnedCredential(
  publicUrl: string,
  row: Awaited<ReturnType<typeof earnedRow>>,
  input: {
    id: string;
    issuerDid: string;
    issuedAt: Date;
    validUntil?: Date;
    credentialStatus: OpenBadgeCredential['credentialStatus'];
    emailSalt: string;
    /** The educator's own account of the evidence, published only when they wrote one. */
    publicSummary?: string;
  },
): OpenBadgeCredential {
  const content = JSON.parse(row.content) as MicroCredentialContent;
  const issuer = {
    id: input.issuerDid,
    name: row.issuer_name,
    url: issuerPageUrl({ publicUrl }, row.issuer_slug),
    ...(row.issuer_description ? { description: row.issuer_description } : {}),
    ...(row.issuer_email ? { email: row.issuer_email } : {}),
  };
  const achievementPage = `${publicUrl}/micro-credentials/${row.micro_credential_id}?version=${row.version}`;
  return buildOpenBadgeCredential({
    id: credentialUrl(publicUrl, input.id),
    name: content.title,
    issuer,
    validFrom: isoSeconds(input.issuedAt),
    ...(input.validUntil ? { validUntil: isoSeconds(input.validUntil) } : {}),
    recipient: { id: `urn:uuid:${row.educator_id}`, email: row.educator_email, emailSalt: input.emailSalt },
    achievement: {
      id: achievementPage,
      name: content.title,
      description: `${content.summary} ${content.competency}`,
      criteria: { id: achievementPage, narrative: criteriaNarrative(content) },
      image: { id: `${publicUrl}${badgeImagePath(row.version_id)}`, caption: `${content.title} badge` },
      alignment: alignmentsOf(content),
      creator: issuer,
      tag: content.tags.length ? content.tags : undefined,
      achievementType: 'MicroCredential',
      version: String(row.version),
    },
    credentialStatus: input.credentialStatus,
    ...(input.publicSummary
      ? {
          evidence: [
            {
              name: 'Summary of the evidence',
              narrative: input.publicSummary,
              description: 'Written by the earner for the public; the evidence itself stays private.',
              genre: 'Summary',
            },
          ],
        }
      : {}),
  });
}

/**
 * Builds the Open Badges 3.0 credential of an earned attempt, gives it a random place in the
 * issuer's revocation list, signs it both ways (Data Integrity and VC-JWT) with the issuer's
 * current key and stores both exactly as signed. Runs inside the decision's transaction.
 */
export async function issueCredential(
  db: Queryable,
  { config, clock, secret, dialect }: Ctx & Pick<Deps, 'clock'>,
  input: { submissionId: string; attemptId: string },
): Promise<string> {
  const row = await earnedRow(db, input.submissionId);
  const content = JSON.parse(row.content) as MicroCredentialContent;
  const now = clock.now();
  const id = randomUUID();
  const signer: SignerRef = { id: row.issuer_id, slug: row.issuer_slug, did_method: row.did_method };
  await ensureIssuerKey(db, secret, row.issuer_id, now.toISOString());
  const key = await signingKeyOf(db, config, secret, signer);
  const status = await allocateStatusEntry(db, { config, secret, dialect }, signer, key.issuerDid, now);
  const validUntil = content.validityMonths ? addMonths(now, content.validityMonths) : undefined;
  const attempt = await db
    .selectFrom('attempts')
    .select('answers')
    .where('id', '=', input.attemptId)
    .executeTakeFirstOrThrow();
  const { publicSummary } = JSON.parse(attempt.answers) as { publicSummary?: string };
  const unsigned = buildEarnedCredential(config.publicUrl, row, {
    id,
    issuerDid: key.issuerDid,
    issuedAt: now,
    validUntil,
    credentialStatus: { ...status.entry },
    emailSalt: randomBytes(12).toString('hex'),
    ...(publicSummary ? { publicSummary } : {}),
  });
  const signed = await signBoth(unsigned, key, now);
  await db
    .insertInto('credentials')
    .values({
      id,
      submission_id: row.id,
      attempt_id: input.attemptId,
      educator_id: row.educator_id,
      issuer_id: row.issuer_id,
      micro_credential_id: row.micro_credential_id,
      version_id: row.version_id,
      title: content.title,
      status: 'valid',
      issued_at: isoSeconds(now),
      valid_until: validUntil ? isoSeconds(validUntil) : null,
      document: signed.document,
      jwt: signed.jwt,
      verification_method: key.verificationMethod,
      status_list_id: status.listId,
      status_index: status.index,
    })
    .execute();
  return id;
}
