import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import type { Role, UserStatus } from '../../db/schema.js';
import { fullName } from '../../domain/roster-rows.js';
import type { Change, Departure, OfferedLine } from '../../domain/roster-plan.js';
import type { PersonPayload, RosterTree } from './resolve-person.js';
import type { Account, StoredEntry } from './roster.repository.js';

/** A line's payload once its account is looked up (null: a new person, an account is made). */
export type LinePayload = PersonPayload & { account: Account | null };

export type ApplyContext = {
  orgId: string;
  now: string;
  tree: RosterTree;
  entries: ReadonlyMap<string, StoredEntry>;
};

/** Where an entry's membership sits (null when its school has left the tree). */
const membershipOf = (tree: RosterTree, e: { schoolId: string | null; role: Role }) =>
  e.role === 'educator' || e.role === 'district_admin'
    ? (tree.membershipOrg(e.schoolId, e.role)?.id ?? null)
    : null;

/** Someone the roster brings back: invited when they never set a password, else active. */
const returning = (hasPassword: boolean): UserStatus => (hasPassword ? 'active' : 'invited');

async function ensureMembership(db: Queryable, userId: string, orgId: string, role: Role, now: string) {
  const has = await db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', userId)
    .where('org_id', '=', orgId)
    .where('role', '=', role)
    .executeTakeFirst();
  if (!has)
    await db
      .insertInto('memberships')
      .values({ id: randomUUID(), user_id: userId, org_id: orgId, role, created_at: now })
      .execute();
}

async function reactivate(db: Queryable, userId: string) {
  const u = await db
    .selectFrom('users')
    .select(['status', 'password_hash'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (u?.status === 'deactivated')
    await db
      .updateTable('users')
      .set({ status: returning(!!u.password_hash) })
      .where('id', '=', userId)
      .execute();
}

/**
 * Removes the membership an entry granted, unless another active roster entry of the same person
 * grants the same; a person left with no membership at all is deactivated (never deleted: their
 * credentials, submissions and history stay).
 */
async function withdraw(db: Queryable, ctx: ApplyContext, entry: StoredEntry, orgId: string | null) {
  if (orgId) {
    const others = await db
      .selectFrom('roster_entries')
      .select(['org_id', 'source_id', 'school_id', 'role'])
      .where('user_id', '=', entry.userId)
      .where('status', '=', 'active')
      .execute();
    const stillGranted = others.some(
      (o) =>
        !(o.org_id === ctx.orgId && o.source_id === entry.sourceId) &&
        o.role === entry.role &&
        (o.org_id === ctx.orgId
          ? membershipOf(ctx.tree, { schoolId: o.school_id, role: o.role }) === orgId
          : o.school_id === entry.schoolId),
    );
    if (!stillGranted)
      await db
        .deleteFrom('memberships')
        .where('user_id', '=', entry.userId)
        .where('org_id', '=', orgId)
        .where('role', '=', entry.role)
        .execute();
  }
  const left = await db
    .selectFrom('memberships')
    .select('id')
    .where('user_id', '=', entry.userId)
    .executeTakeFirst();
  if (!left)
    await db.updateTable('users').set({ status: 'deactivated' }).where('id', '=', entry.userId).execute();
}

/**
 * Creates a batch of people: an account that already has the email (or has it linked) is used,
 * otherwise a new one is made, invited and without a password (they sign in through their
 * district's sign-in or an invitation link). A matched account the organization does not govern
 * only gains the membership: it is never renamed or brought back here.
 */
export async function applyCreates(db: Queryable, ctx: ApplyContext, part: OfferedLine<LinePayload>[]) {
  const newUsers: { id: string; email: string; name: string }[] = [];
  const userOf = new Map<string, string>();
  for (const c of part) {
    const account = c.payload.account;
    if (account) {
      userOf.set(c.sourceId, account.id);
      if (account.status === 'deactivated' && account.governed)
        await db
          .updateTable('users')
          .set({ status: returning(account.hasPassword) })
          .where('id', '=', account.id)
          .execute();
    } else {
      const id = randomUUID();
      newUsers.push({ id, email: c.email, name: fullName(c.payload.firstName, c.payload.lastName) });
      userOf.set(c.sourceId, id);
    }
  }
  if (newUsers.length)
    await db
      .insertInto('users')
      .values(
        newUsers.map((u) => ({ ...u, password_hash: null, status: 'invited' as const, created_at: ctx.now })),
      )
      .execute();
  // Only people who already had an account can already hold a membership.
  const matched = [...new Set(part.flatMap((c) => (c.payload.account ? [userOf.get(c.sourceId)!] : [])))];
  const held = matched.length
    ? await db
        .selectFrom('memberships')
        .select(['user_id', 'org_id', 'role'])
        .where('user_id', 'in', matched)
        .execute()
    : [];
  const key = (u: string, o: string, r: string) => `${u}\u0000${o}\u0000${r}`;
  const have = new Set(held.map((m) => key(m.user_id, m.org_id, m.role)));
  const memberships: { id: string; user_id: string; org_id: string; role: Role; created_at: string }[] = [];
  for (const c of part) {
    const k = key(userOf.get(c.sourceId)!, c.payload.membershipOrgId, c.payload.role);
    if (have.has(k)) continue;
    have.add(k);
    memberships.push({
      id: randomUUID(),
      user_id: userOf.get(c.sourceId)!,
      org_id: c.payload.membershipOrgId,
      role: c.payload.role,
      created_at: ctx.now,
    });
  }
  if (memberships.length) await db.insertInto('memberships').values(memberships).execute();
  await db
    .insertInto('roster_entries')
    .values(
      part.map((c) => ({
        org_id: ctx.orgId,
        source_id: c.sourceId,
        user_id: userOf.get(c.sourceId)!,
        school_id: c.payload.schoolId,
        role: c.payload.role,
        status: 'active' as const,
        fingerprint: c.fingerprint,
        created_at: ctx.now,
        updated_at: ctx.now,
      })),
    )
    .execute();
}

/**
 * Applies one changed line: the entry, the membership if it moved; and, for an account the
 * organization governs, the name, bringing the person back if deactivated.
 */
export async function applyChange(db: Queryable, ctx: ApplyContext, c: Change<LinePayload>) {
  const previous = ctx.entries.get(c.sourceId)!;
  const p = c.payload;
  await db
    .updateTable('roster_entries')
    .set({
      fingerprint: c.fingerprint,
      school_id: p.schoolId,
      role: p.role,
      status: 'active',
      updated_at: ctx.now,
    })
    .where('org_id', '=', ctx.orgId)
    .where('source_id', '=', c.sourceId)
    .execute();
  const governed = p.account?.governed ?? false;
  const name = fullName(p.firstName, p.lastName);
  if (governed)
    await db
      .updateTable('users')
      .set({ name })
      .where('id', '=', previous.userId)
      .where('name', '<>', name)
      .execute();
  const before = previous.status === 'active' ? membershipOf(ctx.tree, previous) : null;
  if (previous.status === 'active' && (before !== p.membershipOrgId || previous.role !== p.role))
    await withdraw(db, ctx, previous, before);
  await ensureMembership(db, previous.userId, p.membershipOrgId, p.role, ctx.now);
  if (governed) await reactivate(db, previous.userId);
}

/** Applies one departure: the entry is marked departed and its membership withdrawn. */
export async function applyDeparture(db: Queryable, ctx: ApplyContext, d: Departure) {
  const entry = ctx.entries.get(d.entry.sourceId)!;
  await db
    .updateTable('roster_entries')
    .set({ status: 'departed', updated_at: ctx.now })
    .where('org_id', '=', ctx.orgId)
    .where('source_id', '=', entry.sourceId)
    .execute();
  await withdraw(db, ctx, { ...entry, status: 'departed' }, membershipOf(ctx.tree, entry));
}
