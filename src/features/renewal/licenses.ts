import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { LicenseBody, LicenseView } from '../../contracts/renewal.js';
import { dayOf, isRealDate } from '../../domain/renewal-credit.js';
import { AppError } from '../../server/errors.js';
import type { Deps } from '../../server/deps.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { presentLicense } from './renewal-progress.js';
import { invalid } from './renewal-policies.js';
import { licensesOf, loadOrgTree, loadPolicies, type OrgTree } from './renewal.repository.js';

type Body = z.infer<typeof LicenseBody>;
const MAX_LICENSES = 20;

function check(body: Body, tree: OrgTree, today: string) {
  if (tree.get(body.stateId)?.kind !== 'state')
    throw invalid('stateId', 'Choose the state that issued the license.');
  if (!isRealDate(body.issuedOn)) throw invalid('issuedOn', `${body.issuedOn} is not a real date.`);
  if (body.expiresOn !== null && !isRealDate(body.expiresOn))
    throw invalid('expiresOn', `${body.expiresOn} is not a real date.`);
  if (body.issuedOn > today) throw invalid('issuedOn', 'The issue date cannot be in the future.');
  if (body.expiresOn !== null && body.expiresOn <= body.issuedOn)
    throw invalid('expiresOn', 'The license must expire after it was issued.');
}

/** Your licenses, and the states (with the license types their policies name) to choose from. */
export async function listLicenses({ db }: Pick<Deps, 'db'>, auth: Auth | null) {
  const { userId } = requireAuth(auth);
  const tree = await loadOrgTree(db);
  const [licenses, policies] = await Promise.all([licensesOf(db, [userId]), loadPolicies(db, tree)]);
  const states = [...tree.values()]
    .filter((o) => o.kind === 'state')
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((s) => ({
      id: s.id,
      name: s.name,
      licenseTypes: [
        ...new Set(policies.filter((p) => p.orgId === s.id).flatMap((p) => p.licenseTypes)),
      ].sort(),
    }));
  return { items: licenses.map((l) => presentLicense(l, tree)), states };
}

export async function addLicense(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  body: Body,
): Promise<LicenseView> {
  const { userId } = requireAuth(auth);
  const tree = await loadOrgTree(db);
  const now = clock.now().toISOString();
  check(body, tree, dayOf(now));
  return db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('licenses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .executeTakeFirstOrThrow();
    if (Number(existing.n) >= MAX_LICENSES)
      throw new AppError('CONFLICT', `You can record at most ${MAX_LICENSES} licenses.`);
    const row = {
      id: randomUUID(),
      user_id: userId,
      state_id: body.stateId,
      license_type: body.licenseType,
      number: body.number,
      issued_on: body.issuedOn,
      expires_on: body.expiresOn,
      created_at: now,
      updated_at: now,
    };
    await tx.insertInto('licenses').values(row).execute();
    return presentLicense(row, tree);
  });
}

export async function updateLicense(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  id: string,
  body: Body,
): Promise<LicenseView> {
  const { userId } = requireAuth(auth);
  const tree = await loadOrgTree(db);
  const now = clock.now().toISOString();
  check(body, tree, dayOf(now));
  const res = await db
    .updateTable('licenses')
    .set({
      state_id: body.stateId,
      license_type: body.licenseType,
      number: body.number,
      issued_on: body.issuedOn,
      expires_on: body.expiresOn,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', 'No such license.');
  const [row] = (await licensesOf(db, [userId])).filter((l) => l.id === id);
  return presentLicense(row!, tree);
}

export async function deleteLicense({ db }: Pick<Deps, 'db'>, auth: Auth | null, id: string) {
  const { userId } = requireAuth(auth);
  const res = await db
    .deleteFrom('licenses')
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (Number(res.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'No such license.');
}
