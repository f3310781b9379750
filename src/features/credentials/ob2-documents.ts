import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Config } from '../../server/config.js';
import { ob2Assertion, ob2BadgeClass } from '../../openbadges/ob2.js';
import { credentialImagePath } from '../catalog/catalog.presenter.js';
import { alignmentsOf, criteriaNarrative } from '../issuance/achievement.js';
import { credentialUrl } from '../issuance/issue-credential.js';
import type { findCredential } from './credentials.repository.js';

type Row = NonNullable<Awaited<ReturnType<typeof findCredential>>>;

/** The salt of the email identifier in the OB 3.0 credential, so both versions name the earner alike. */
function saltOf(document: string): string {
  const subject = (JSON.parse(document) as { credentialSubject?: { identifier?: { salt?: string }[] } })
    .credentialSubject;
  return subject?.identifier?.[0]?.salt ?? '';
}

/**
 * The same achievement as an Open Badges 2.0 hosted Assertion and BadgeClass, for LMSs and
 * backpacks that read only 2.0. A revoked credential's Assertion says so (and is served as 410).
 */
export function ob2Documents(config: Pick<Config, 'publicUrl'>, row: Row) {
  const content = JSON.parse(row.content) as MicroCredentialContent;
  const assertionUrl = `${credentialUrl(config.publicUrl, row.id)}/ob2`;
  const badgeClassUrl = `${assertionUrl}/badge`;
  const achievementPage = `${config.publicUrl}/micro-credentials/${row.micro_credential_id}?version=${row.version}`;
  return {
    assertion: ob2Assertion({
      assertionUrl,
      badgeClassUrl,
      recipientEmail: row.recipient_email,
      salt: saltOf(row.document),
      issuedOn: row.issued_at,
      ...(row.valid_until ? { expires: row.valid_until } : {}),
      ...(row.status === 'revoked'
        ? { revoked: true, revocationReason: row.status_reason ?? 'Revoked by the issuer' }
        : {}),
    }),
    badgeClass: ob2BadgeClass({
      url: badgeClassUrl,
      issuerUrl: `${config.publicUrl}/issuers/${row.issuer_slug}/ob2`,
      name: content.title,
      description: `${content.summary} ${content.competency}`,
      imageUrl: `${config.publicUrl}${credentialImagePath(row)}`,
      criteriaUrl: achievementPage,
      criteriaNarrative: criteriaNarrative(content),
      alignment: alignmentsOf(content).map((a) => ({
        targetName: a.targetName,
        targetUrl: a.targetUrl,
        ...(a.targetDescription ? { targetDescription: a.targetDescription } : {}),
        ...(a.targetFramework ? { targetFramework: a.targetFramework } : {}),
        ...(a.targetCode ? { targetCode: a.targetCode } : {}),
      })),
      tags: content.tags,
    }),
  };
}
