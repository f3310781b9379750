import { randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { isoSeconds } from '../../server/clock.js';
import type { Deps } from '../../server/deps.js';
import { buildOpenBadgeCredential, type OpenBadgeCredential } from '../../openbadges/index.js';
import { signBoth } from '../../openbadges/sign-both.js';
import { pathwayImagePath } from '../catalog/catalog.presenter.js';
import { credentialUrl } from '../issuance/issue-credential.js';
import { ensureIssuerKey, findSigner, issuerPageUrl, signingKeyOf } from '../issuance/issuer-keys.js';
import { allocateStatusEntry } from '../issuance/status-lists.js';
import { describeRule } from './pathways.presenter.js';

type Ctx = Pick<Deps, 'config' | 'secret' | 'dialect'>;

export type StackedInput = {
  pathway: {
    id: string;
    slug: string;
    title: string;
    description: string;
    rule: 'all' | 'n_of';
    required_count: number;
    ordered: number;
    role_title: string | null;
    pay_step: string | null;
  };
  issuer: { id: string; name: string; slug: string; description: string | null; email: string | null };
  educator: { id: string; email: string };
  /** The micro-credentials that made it complete, with the credential of each. */
  parts: { title: string; microCredentialId: string; credentialId: string }[];
  /** Every item of the pathway, in order (for the criteria). */
  items: { title: string; microCredentialId: string }[];
};

/** The pathway's public description (JSON), the same for every earner: the achievement's id. */
export const pathwayPageUrl = (publicUrl: string, slug: string) => `${publicUrl}/api/v1/pathways/${slug}`;

/**
 * The stacked credential, unsigned: an OB 3.0 AchievementCredential whose achievement is the
 * pathway (achievementType `Certificate`). Its parts are named three ways, all in the OB 3.0 model:
 * the criteria narrative lists them, each is an `alignment` of targetType `ceterms:Credential`
 * pointing at the micro-credential, and each earned part credential is `evidence` by its
 * verification URL (whoever checks the stack can verify every part).
 */
export function buildStackedCredential(
  publicUrl: string,
  input: StackedInput,
  at: {
    id: string;
    issuerDid: string;
    issuedAt: Date;
    credentialStatus: OpenBadgeCredential['credentialStatus'];
  },
): OpenBadgeCredential {
  const { pathway: p } = input;
  const issuer = {
    id: at.issuerDid,
    name: input.issuer.name,
    url: issuerPageUrl({ publicUrl }, input.issuer.slug),
    ...(input.issuer.description ? { description: input.issuer.description } : {}),
    ...(input.issuer.email ? { email: input.issuer.email } : {}),
  };
  const page = pathwayPageUrl(publicUrl, p.slug);
  const leadsTo = [
    p.role_title ? `the role ${p.role_title}` : null,
    p.pay_step ? `pay step ${p.pay_step}` : null,
  ]
    .filter(Boolean)
    .join(' and ');
  const narrative = [
    `${describeRule({ rule: p.rule, requiredCount: p.required_count, ordered: p.ordered === 1, itemCount: input.items.length })}:`,
    ...input.items.map((i, n) => `${n + 1}. ${i.title}`),
    ...(leadsTo ? ['', `Completing it leads to ${leadsTo}.`] : []),
  ].join('\n');
  return buildOpenBadgeCredential({
    id: credentialUrl(publicUrl, at.id),
    name: p.title,
    issuer,
    validFrom: isoSeconds(at.issuedAt),
    recipient: {
      id: `urn:uuid:${input.educator.id}`,
      email: input.educator.email,
      emailSalt: randomBytes(12).toString('hex'),
    },
    achievement: {
      id: page,
      name: p.title,
      description: p.description,
      criteria: { id: page, narrative },
      image: { id: `${publicUrl}${pathwayImagePath(p.id)}`, caption: `${p.title} badge` },
      alignment: input.items.map((i) => ({
        targetName: i.title,
        targetUrl: `${publicUrl}/micro-credentials/${i.microCredentialId}`,
        targetType: 'ceterms:Credential',
        targetDescription: 'A micro-credential of this pathway',
      })),
      creator: issuer,
      achievementType: 'Certificate',
    },
    credentialStatus: at.credentialStatus,
    evidence: input.parts.map((part) => ({
      id: credentialUrl(publicUrl, part.credentialId),
      name: part.title,
      description: 'An earned micro-credential of this pathway; verify it at this address.',
      genre: 'Credential',
    })),
  });
}

/**
 * Signs and stores the stacked credential exactly as an earned credential is: a random place in the
 * issuer's revocation list, Data Integrity proof and VC-JWT with the issuer's current key, both
 * stored as signed. Runs inside the caller's transaction. Returns the credential id.
 */
export async function issueStackedCredential(
  db: Queryable,
  ctx: Ctx & Pick<Deps, 'clock'>,
  input: StackedInput,
): Promise<string> {
  const now = ctx.clock.now();
  const id = randomUUID();
  const signer = await findSigner(db, input.issuer.id);
  if (!signer) throw new Error(`the pathway's issuer ${input.issuer.id} cannot sign`);
  await ensureIssuerKey(db, ctx.secret, signer.id, now.toISOString());
  const key = await signingKeyOf(db, ctx.config, ctx.secret, signer);
  const status = await allocateStatusEntry(db, ctx, signer, key.issuerDid, now);
  const unsigned = buildStackedCredential(ctx.config.publicUrl, input, {
    id,
    issuerDid: key.issuerDid,
    issuedAt: now,
    credentialStatus: { ...status.entry },
  });
  const signed = await signBoth(unsigned, key, now);
  await db
    .insertInto('credentials')
    .values({
      id,
      submission_id: null,
      attempt_id: null,
      educator_id: input.educator.id,
      issuer_id: input.issuer.id,
      micro_credential_id: null,
      version_id: null,
      pathway_id: input.pathway.id,
      title: input.pathway.title,
      status: 'valid',
      issued_at: isoSeconds(now),
      valid_until: null,
      document: signed.document,
      jwt: signed.jwt,
      verification_method: key.verificationMethod,
      status_list_id: status.listId,
      status_index: status.index,
    })
    .execute();
  return id;
}
