import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Config } from '../../server/config.js';
import { ob2Assertion, ob2BadgeClass } from '../../openbadges/ob2.js';
import type { AlignmentInput } from '../../openbadges/index.js';
import { credentialImagePath } from '../catalog/catalog.presenter.js';
import { alignmentsOf, criteriaNarrative } from '../issuance/achievement.js';
import { credentialUrl } from '../issuance/issue-credential.js';
import type { findCredential } from './credentials.repository.js';

type Row = NonNullable<Awaited<ReturnType<typeof findCredential>>>;

/** What a credential's page and OB 2.0 BadgeClass say about the achievement. */
export type AchievementSummary = {
  name: string;
  description: string;
  criteriaUrl: string;
  criteriaNarrative: string;
  alignments: AlignmentInput[];
  tags: string[];
};

type SignedAchievement = {
  name: string;
  description: string;
  criteria: { id?: string; narrative: string };
  alignment?: AlignmentInput[];
  tag?: string[];
};

/**
 * The achievement of a credential: from the micro-credential version it was earned under, or, for a
 * pathway's stacked credential (no version), from the achievement it was signed with.
 */
export function achievementSummary(config: Pick<Config, 'publicUrl'>, row: Row): AchievementSummary {
  if (row.content === null) {
    const signed = (JSON.parse(row.document) as { credentialSubject: { achievement: SignedAchievement } })
      .credentialSubject.achievement;
    return {
      name: signed.name,
      description: signed.description,
      criteriaUrl: signed.criteria.id ?? credentialUrl(config.publicUrl, row.id),
      criteriaNarrative: signed.criteria.narrative,
      alignments: (signed.alignment ?? []).map((a) => ({
        targetName: a.targetName,
        targetUrl: a.targetUrl,
        ...(a.targetDescription ? { targetDescription: a.targetDescription } : {}),
        ...(a.targetFramework ? { targetFramework: a.targetFramework } : {}),
        ...(a.targetCode ? { targetCode: a.targetCode } : {}),
      })),
      tags: signed.tag ?? [],
    };
  }
  const content = JSON.parse(row.content) as MicroCredentialContent;
  return {
    name: content.title,
    description: `${content.summary} ${content.competency}`,
    criteriaUrl: `${config.publicUrl}/micro-credentials/${row.micro_credential_id}?version=${row.version}`,
    criteriaNarrative: criteriaNarrative(content),
    alignments: alignmentsOf(content),
    tags: content.tags,
  };
}

/** The salt of the email identifier in the OB 3.0 credential, so both versions name the earner alike. */
function saltOf(document: string): string {
  const subject = (JSON.parse(document) as { credentialSubject?: { identifier?: { salt?: string }[] } })
    .credentialSubject;
  return subject?.identifier?.[0]?.salt ?? '';
}

/**
 * The same achievement as an Open Badges 2.0 hosted Assertion and BadgeClass, for LMSs and
 * backpacks that read only 2.0 (a pathway's stacked credential too: its BadgeClass names the parts
 * as alignments). A revoked credential's Assertion says so (and is served as 410).
 */
export function ob2Documents(config: Pick<Config, 'publicUrl'>, row: Row) {
  const achievement = achievementSummary(config, row);
  const assertionUrl = `${credentialUrl(config.publicUrl, row.id)}/ob2`;
  const badgeClassUrl = `${assertionUrl}/badge`;
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
      name: achievement.name,
      description: achievement.description,
      imageUrl: `${config.publicUrl}${credentialImagePath(row)}`,
      criteriaUrl: achievement.criteriaUrl,
      criteriaNarrative: achievement.criteriaNarrative,
      alignment: achievement.alignments.map((a) => ({
        targetName: a.targetName,
        targetUrl: a.targetUrl,
        ...(a.targetDescription ? { targetDescription: a.targetDescription } : {}),
        ...(a.targetFramework ? { targetFramework: a.targetFramework } : {}),
        ...(a.targetCode ? { targetCode: a.targetCode } : {}),
      })),
      tags: achievement.tags,
    }),
  };
}
