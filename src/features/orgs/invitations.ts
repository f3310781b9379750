import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { InviteBody } from '../../contracts/orgs.js';
import type { OrganizationKind } from '../../db/schema.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { isPlatformAdmin, requireAuth, type Auth } from '../auth/auth-context.js';
import { findUserByEmail } from '../auth/auth.repository.js';
import { hashPassword } from '../auth/password.js';
import { assignWaiting } from '../assessment/assign.js';
import { grantableRoles } from '../../domain/role-grants.js';
import type { Queryable } from '../../db/database.js';
import { emailBody, emailSubject } from '../notifications/email-text.js';

const INVITE_DAYS = 14;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The organization and its ancestors, nearest first. */
async function lineage(db: Queryable, orgId: string) {
  const chain: { id: string; name: string; kind: OrganizationKind; parent_id: string | null }[] = [];
  let next: string | null = orgId;
  while (next && chain.length < 10) {
    const org = await db
      .selectFrom('organizations')
      .select(['id', 'name', 'kind', 'parent_id'])
      .where('id', '=', next)
      .executeTakeFirst();
    if (!org) break;
    chain.push(org);
    next = org.parent_id;
  }
  return chain;
}

/** Invites a person to a role in an organization; returns the one-time link to accept it. */
export async function invite(
  { db, clock, config }: Pick<Deps, 'db' | 'clock' | 'config'>,
  auth: Auth | null,
  input: z.infer<typeof InviteBody>,
) {
  const a = requireAuth(auth);
  const chain = await lineage(db, input.orgId);
  const org = chain[0];
  const above = new Set(chain.map((o) => o.id));
  const rolesOver = a.memberships.filter((m) => above.has(m.orgId)).map((m) => m.role);
  if (!org || (!rolesOver.length && !isPlatformAdmin(a))) throw notFound('That organization');
  const grantable = grantableRoles(org.kind, rolesOver, isPlatformAdmin(a));
  if (!grantable.includes(input.role)) {
    throw new AppError(
      'FORBIDDEN',
      grantable.length
        ? `In ${org.name} you can grant: ${grantable.map((r) => r.replace('_', ' ')).join(', ')}.`
        : `You cannot grant roles in ${org.name}.`,
    );
  }
  const token = randomBytes(24).toString('base64url');
  const now = clock.now();
  const row = {
    id: randomUUID(),
    email: input.email.trim().toLowerCase(),
    name: input.name,
    org_id: org.id,
    role: input.role,
    token_hash: tokenHash(token),
    invited_by: a.userId,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + INVITE_DAYS * 86_400_000).toISOString(),
    accepted_at: null,
  };
  const who = a.name || 'An administrator';
  const title = `${who} invited you to ${org.name} on microcred`;
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('invitations').values(row).execute();
    // The invitation goes out by email (or waits in the outbox without SMTP); the link is also
    // returned, for an admin who would rather hand it over themselves.
    await trx
      .insertInto('email_outbox')
      .values({
        id: randomUUID(),
        user_id: null,
        to_address: row.email,
        subject: emailSubject(title),
        body: emailBody({
          title,
          body: `You are invited as ${input.role.replace('_', ' ')}. The link works once and until ${row.expires_at.slice(0, 10)}.`,
          link: `/invitations/${token}`,
          forAccount: false,
        }),
        kind: 'invitation',
        created_at: row.created_at,
        sent_at: null,
        tries: 0,
        next_try_at: row.created_at,
        last_error: null,
      })
      .execute();
  });
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    orgName: org.name,
    expiresAt: row.expires_at,
    acceptedAt: null,
    acceptUrl: `${config.publicUrl}/invitations/${token}`,
  };
}

async function openInvitation(db: Deps['db'], token: string, now: Date) {
  const inv = await db
    .selectFrom('invitations as i')
    .innerJoin('organizations as o', 'o.id', 'i.org_id')
    .select([
      'i.id',
      'i.email',
      'i.name',
      'i.role',
      'i.org_id',
      'i.expires_at',
      'i.accepted_at',
      'o.name as org_name',
    ])
    .where('i.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!inv) throw notFound('That invitation');
  if (inv.accepted_at)
    throw new AppError('INVALID_STATE', 'This invitation has already been accepted. Sign in instead.');
  if (inv.expires_at <= now.toISOString())
    throw new AppError('INVALID_STATE', 'This invitation has expired. Ask for a new one.');
  return inv;
}

export async function getInvitation({ db, clock }: Pick<Deps, 'db' | 'clock'>, token: string) {
  const inv = await openInvitation(db, token, clock.now());
  return {
    id: inv.id,
    email: inv.email,
    name: inv.name,
    role: inv.role,
    orgName: inv.org_name,
    expiresAt: inv.expires_at,
    acceptedAt: null,
  };
}

/**
 * Accepts an invitation. A new person sets a name and password and gets an account. Someone who
 * already has an account must be signed in as that account: the link alone never proves who they
 * are, and no password is checked here (that would be a sign-in without the sign-in throttle).
 * Returns whether a new account was made.
 */
export async function acceptInvitation(
  { db, clock, log }: Pick<Deps, 'db' | 'clock' | 'log'>,
  auth: Auth | null,
  token: string,
  input: { name?: string; password?: string },
): Promise<{ userId: string; created: boolean }> {
  const now = clock.now().toISOString();
  const accepted = await db.transaction().execute(async (trx) => {
    const inv = await openInvitation(trx, token, clock.now());
    const user = await findUserByEmail(trx, inv.email);
    let userId: string;
    // Someone a roster import added has an account but no password yet: the invitation sets it.
    const awaiting = user && user.status === 'invited' && !user.password_hash;
    if (awaiting) {
      if (!input.password) {
        throw new AppError('VALIDATION_FAILED', 'Choose a password (at least 10 characters).');
      }
      await trx
        .updateTable('users')
        .set({
          name: input.name || user.name,
          password_hash: await hashPassword(input.password),
          status: 'active',
        })
        .where('id', '=', user.id)
        .execute();
      userId = user.id;
    } else if (user) {
      if (user.status === 'deactivated') {
        throw new AppError(
          'FORBIDDEN',
          `The account for ${inv.email} is deactivated; ask your administrator to restore it.`,
        );
      }
      if (auth?.userId !== user.id) {
        throw new AppError(
          'UNAUTHENTICATED',
          `You already have an account as ${inv.email}: sign in, then open this link again.`,
        );
      }
      userId = user.id;
    } else {
      if (!input.name || !input.password) {
        throw new AppError(
          'VALIDATION_FAILED',
          'Enter your name and choose a password (at least 10 characters).',
        );
      }
      userId = randomUUID();
      await trx
        .insertInto('users')
        .values({
          id: userId,
          email: inv.email,
          name: input.name,
          password_hash: await hashPassword(input.password),
          status: 'active',
          created_at: now,
        })
        .execute();
    }
    const has = await trx
      .selectFrom('memberships')
      .select('id')
      .where('user_id', '=', userId)
      .where('org_id', '=', inv.org_id)
      .where('role', '=', inv.role)
      .executeTakeFirst();
    if (!has) {
      await trx
        .insertInto('memberships')
        .values({ id: randomUUID(), user_id: userId, org_id: inv.org_id, role: inv.role, created_at: now })
        .execute();
    }
    const taken = await trx
      .updateTable('invitations')
      .set({ accepted_at: now })
      .where('id', '=', inv.id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1)
      throw new AppError('INVALID_STATE', 'This invitation has already been accepted.');
    return { userId, created: !user || !!awaiting, role: inv.role, orgId: inv.org_id };
  });
  // A new assessor can take what has been waiting for one. The person has joined either way.
  if (accepted.role === 'assessor') {
    await db
      .transaction()
      .execute((trx) => assignWaiting(trx, accepted.orgId, now))
      .catch((err: unknown) => log.error({ err }, 'assigning the backlog failed'));
  }
  return { userId: accepted.userId, created: accepted.created };
}
