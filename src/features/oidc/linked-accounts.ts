import type { EmailView, LinkedAccountsView } from '../../contracts/oidc.js';
import type { Deps } from '../../server/deps.js';
import { AppError } from '../../server/errors.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { findUserById } from '../auth/auth.repository.js';
import * as repo from './oidc.repository.js';
import { presentEmail, presentIdentity } from './oidc.presenter.js';

/** The provider accounts linked to the signed-in person. */
export async function myIdentities({ db }: Pick<Deps, 'db'>, auth: Auth | null): Promise<LinkedAccountsView> {
  const a = requireAuth(auth);
  const [rows, user] = await Promise.all([repo.listIdentities(db, a.userId), findUserById(db, a.userId)]);
  return { items: rows.map(presentIdentity), hasPassword: !!user?.password_hash };
}

/** Unlinks an account; never the last way a person without a password can sign in. */
export async function unlinkIdentity({ db }: Pick<Deps, 'db'>, auth: Auth | null, id: string): Promise<void> {
  const a = requireAuth(auth);
  await db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, a.userId);
    const mine = (await repo.listIdentities(trx, a.userId)).some((i) => i.id === id);
    if (!mine) throw new AppError('NOT_FOUND', 'No such linked account.');
    if (!user?.password_hash && (await repo.countIdentities(trx, a.userId)) <= 1)
      throw new AppError(
        'FORBIDDEN',
        'This is the only way you can sign in. Link another account first (you have no password).',
      );
    await repo.deleteIdentity(trx, a.userId, id);
  });
}

/** The person's addresses: their account's own, then those of linked accounts. */
export async function myEmails({ db }: Pick<Deps, 'db'>, auth: Auth | null): Promise<EmailView[]> {
  const a = requireAuth(auth);
  const rows = await repo.listUserEmails(db, a.userId);
  return [{ email: a.email, primary: true, verifiedAt: null }, ...rows.map(presentEmail)];
}

/** Removes an extra address: it no longer finds this account at sign-in. The main address stays. */
export async function removeEmail({ db }: Pick<Deps, 'db'>, auth: Auth | null, email: string): Promise<void> {
  const a = requireAuth(auth);
  const address = email.trim().toLowerCase();
  if (address === a.email.toLowerCase())
    throw new AppError('FORBIDDEN', 'This is your account’s main address; it cannot be removed here.');
  const res = await repo.deleteUserEmail(db, a.userId, address);
  if (Number(res.numDeletedRows) !== 1) throw new AppError('NOT_FOUND', 'No such address on your account.');
}
