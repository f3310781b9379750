import {
  EMAIL_KINDS,
  type EmailPreferences,
  type EmailPreferencesBody,
} from '../../contracts/notifications.js';
import type { Deps } from '../../server/deps.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';

/** The email choices that concern this person: those of the roles they hold. */
export async function getEmailPreferences(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
): Promise<EmailPreferences> {
  const a = requireAuth(auth);
  const rows = await db
    .selectFrom('notification_preferences')
    .select(['kind', 'email'])
    .where('user_id', '=', a.userId)
    .execute();
  const off = new Set(rows.filter((r) => r.email === 0).map((r) => r.kind));
  const roles = new Set<string>(a.memberships.map((m) => m.role));
  return {
    items: EMAIL_KINDS.filter((k) => roles.has(k.audience)).map((k) => ({
      kind: k.kind,
      label: k.label,
      description: k.description,
      audience: k.audience,
      email: !off.has(k.kind),
    })),
  };
}

/** Turns emails of some kinds on or off for the signed-in person only; the others keep theirs. */
export async function saveEmailPreferences(
  deps: Pick<Deps, 'db'>,
  auth: Auth | null,
  body: EmailPreferencesBody,
): Promise<EmailPreferences> {
  const a = requireAuth(auth);
  await deps.db.transaction().execute(async (trx) => {
    for (const item of body.items) {
      const row = { user_id: a.userId, kind: item.kind, email: item.email ? 1 : 0 };
      await trx
        .insertInto('notification_preferences')
        .values(row)
        .onConflict((oc) => oc.columns(['user_id', 'kind']).doUpdateSet({ email: row.email }))
        .execute();
    }
  });
  return getEmailPreferences(deps, a);
}
