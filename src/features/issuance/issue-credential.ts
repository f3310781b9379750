import { randomBytes, randomUUID } from 'node:crypto';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import { isoSeconds } from '../../server/clock.js';
import type { Deps } from '../../server/deps.js';
import { buildOpenBadgeCredential, signCredential } from '../../openbadges/index.js';
import { badgeImagePath } from '../catalog/catalog.presenter.js';
import { alignmentsOf, criteriaNarrative } from './achievement.js';
import { appDocumentLoader } from './document-loader.js';
import { ensureIssuerKey, issuerDid, issuerPageUrl, signingKeyOf } from './issuer-keys.js';

export const credentialUrl = (publicUrl: string, id: string) => `${publicUrl}/credentials/${id}`;

/**
 * Builds the Open Badges 3.0 credential of an earned attempt from the version it was earned
 * under, signs it with the issuer's key and stores it exactly as signed. Returns its id.
 */
export async function issueCredential(
  { db, config, clock, secret }: Pick<Deps, 'db' | 'config' | 'clock' | 'secret'>,
  input: { submissionId: string; attemptId: string },
): Promise<string> {
  const row = await db
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
      'o.name as issuer_name',
      'o.description as issuer_description',
      'o.email as issuer_email',
      'u.email as educator_email',
    ])
    .where('s.id', '=', input.submissionId)
    .executeTakeFirstOrThrow();
  const content = JSON.parse(row.content) as MicroCredentialContent;
  const now = clock.now();
  const id = randomUUID();
  const url = config.publicUrl;
  await ensureIssuerKey(db, secret, row.issuer_id, now.toISOString());
  const issuer = {
    id: issuerDid(config, row.issuer_slug),
    name: row.issuer_name,
    url: issuerPageUrl(config, row.issuer_slug),
    ...(row.issuer_description ? { description: row.issuer_description } : {}),
    ...(row.issuer_email ? { email: row.issuer_email } : {}),
  };
  const achievementPage = `${url}/micro-credentials/${row.micro_credential_id}?version=${row.version}`;
  const unsigned = buildOpenBadgeCredential({
    id: credentialUrl(url, id),
    name: content.title,
    issuer,
    validFrom: isoSeconds(now),
    recipient: {
      id: `urn:uuid:${row.educator_id}`,
      email: row.educator_email,
      emailSalt: randomBytes(12).toString('hex'),
    },
    achievement: {
      id: achievementPage,
      name: content.title,
      description: `${content.summary} ${content.competency}`,
      criteria: { id: achievementPage, narrative: criteriaNarrative(content) },
      image: { id: `${url}${badgeImagePath(row.version_id)}`, caption: `${content.title} badge` },
      alignment: alignmentsOf(content),
      creator: issuer,
      tag: content.tags.length ? content.tags : undefined,
      achievementType: 'MicroCredential',
      version: String(row.version),
    },
  });
  const key = await signingKeyOf(db, config, secret, { id: row.issuer_id, slug: row.issuer_slug });
  const signed = await signCredential(unsigned, key, appDocumentLoader(db, config), now);
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
      valid_until: null,
      document: JSON.stringify(signed),
      verification_method: key.verificationMethod,
    })
    .execute();
  return id;
}
