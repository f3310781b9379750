import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import type { OrganizationKind, Role } from '../db/schema.js';
import { hashPassword } from '../features/auth/password.js';
import type { Auth } from '../features/auth/auth-context.js';
import { DEFAULT_SETTINGS, saveSettings } from '../features/assessment/settings.js';
import { authForUser } from '../features/auth/resolve-session.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;
const passwordHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function buildOrg(
  db: Queryable,
  kind: OrganizationKind,
  name: string,
  parentId: string | null = null,
) {
  const id = randomUUID();
  const slug = `${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}-${id.slice(0, 4)}`;
  await db
    .insertInto('organizations')
    .values({
      id,
      parent_id: parentId,
      kind,
      name,
      slug,
      description: null,
      url: null,
      email: null,
      created_at: new Date().toISOString(),
    })
    .execute();
  // Test issuers score every attempt once; tests of double scoring change this themselves.
  if (kind === 'issuer') {
    await saveSettings(
      db,
      id,
      { ...DEFAULT_SETTINGS, doubleScoreFirst: 0, doubleScorePercent: 0 },
      new Date().toISOString(),
    );
  }
  return { id, slug, name, kind };
}

export async function buildUser(
  db: Queryable,
  opts: { email?: string; name?: string; roles?: [Role, string][] } = {},
) {
  const id = randomUUID();
  const email = opts.email ?? `user-${id.slice(0, 8)}@example.test`;
  const name = opts.name ?? `Test User ${id.slice(0, 4)}`;
  await db
    .insertInto('users')
    .values({
      id,
      email,
      name,
      password_hash: await passwordHash(),
      status: 'active',
      created_at: new Date().toISOString(),
    })
    .execute();
  for (const [role, orgId] of opts.roles ?? []) {
    await db
      .insertInto('memberships')
      .values({ id: randomUUID(), user_id: id, org_id: orgId, role, created_at: new Date().toISOString() })
      .execute();
  }
  return { id, email, name };
}

/** The Auth a signed-in user would have. */
export async function authFor(db: Queryable, userId: string): Promise<Auth> {
  const auth = await authForUser(db, userId);
  if (!auth) throw new Error(`no user ${userId}`);
  return auth;
}
