import { randomUUID } from 'node:crypto';
import type { CreateRecommendationsBody } from '../../contracts/recommendations.js';
import { addDays } from '../../domain/due-status.js';
import type { Deps } from '../../server/deps.js';
import { AppError, notFound } from '../../server/errors.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import { notify } from '../notifications/notify.js';
import { adminScope, inScope } from '../orgs/org-scope.js';
import { orgSubtree } from '../orgs/org-scope.js';
import { presentWithProgress } from './admin-recommendations.js';
import { peopleReached } from './progress.js';
import * as repo from './recommendations.repository.js';

const ASKERS = new Set(['state', 'district', 'school']);
const TARGET_ORGS = new Set(['district', 'school']);
const DAY_FORMAT = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * Recommends or assigns a published micro-credential to people and schools inside the asking
 * organization, all at once or not at all; each person reached is told in the app. A target that
 * already has the same open request is left as it was.
 */
export async function createRecommendations(deps: Deps, auth: Auth | null, body: CreateRecommendationsBody) {
  const a = requireAuth(auth);
  const { db } = deps;
  const scope = await adminScope(db, a);
  if (!inScope(scope, body.orgId)) throw notFound('That organization');
  const org = await db
    .selectFrom('organizations')
    .select(['name', 'kind'])
    .where('id', '=', body.orgId)
    .executeTakeFirst();
  if (!org) throw notFound('That organization');
  if (!ASKERS.has(org.kind))
    throw new AppError('VALIDATION_FAILED', 'Recommendations come from a state, a district or a school.', [
      { path: 'orgId', message: 'Choose a state, district or school.' },
    ]);

  const mc = await db
    .selectFrom('micro_credentials as m')
    .leftJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
    .select(['m.id', 'm.status', 'v.title'])
    .where('m.id', '=', body.microCredentialId)
    .executeTakeFirst();
  if (!mc || mc.status === 'draft') throw notFound('That micro-credential');
  if (mc.status !== 'published')
    throw new AppError(
      'INVALID_STATE',
      'This micro-credential is retired; only published ones can be recommended or assigned.',
    );

  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);
  // A day of slack: somewhere it is still yesterday.
  if (body.dueOn && body.dueOn < addDays(today, -1))
    throw new AppError('VALIDATION_FAILED', 'The due date has already passed.', [
      { path: 'dueOn', message: `Choose ${today} or later.` },
    ]);

  const targets = [...new Map(body.targets.map((t) => [`${t.type}:${t.id}`, t])).values()];
  const inside = await orgSubtree(db, body.orgId);
  await checkTargets(deps, targets, inside);

  const existing = await repo.openOf(db, [body.orgId]);
  const already = new Set(
    existing
      .filter((r) => r.micro_credential_id === mc.id && r.kind === body.kind)
      .map((r) => `${r.target_type}:${r.target_id}`),
  );
  const fresh = targets.filter((t) => !already.has(`${t.type}:${t.id}`));
  const at = now.toISOString();
  const rows = fresh.map((t) => ({
    id: randomUUID(),
    org_id: body.orgId,
    micro_credential_id: mc.id,
    kind: body.kind,
    target_type: t.type,
    target_id: t.id,
    due_on: body.dueOn ?? null,
    note: body.note || null,
    created_by: a.userId,
    created_at: at,
    withdrawn_at: null,
  }));
  await db.transaction().execute(async (trx) => {
    if (!rows.length) return;
    await trx.insertInto('recommendations').values(rows).execute();
    const reached = await peopleReached(trx, rows);
    const people = new Set([...reached.values()].flatMap((s) => [...s]));
    const title = mc.title ?? 'A micro-credential';
    const verb = body.kind === 'assigned' ? 'assigned' : 'recommended';
    const due = body.dueOn ? `, due ${DAY_FORMAT.format(new Date(`${body.dueOn}T00:00:00Z`))}` : '';
    for (const userId of people) {
      await notify(trx, at, {
        userId,
        kind: body.kind === 'assigned' ? 'assignment' : 'recommendation',
        title: `${body.kind === 'assigned' ? 'Assigned' : 'Recommended'}: ${title}`,
        body: `${org.name} ${verb} “${title}” to you${due}.${body.note ? ` ${body.note}` : ''}`,
        link: `/micro-credentials/${mc.id}`,
      });
    }
  });
  const items = await presentWithProgress(
    db,
    await repo.openByIds(
      db,
      rows.map((r) => r.id),
    ),
    today,
  );
  return { items, unchanged: targets.length - fresh.length };
}

/** Every target must be a person or a school/district inside the asking organization. */
async function checkTargets(
  deps: Deps,
  targets: { type: 'user' | 'org'; id: string }[],
  inside: Set<string>,
) {
  const orgIds = targets.filter((t) => t.type === 'org').map((t) => t.id);
  const orgs = orgIds.length
    ? await deps.db.selectFrom('organizations').select(['id', 'kind']).where('id', 'in', orgIds).execute()
    : [];
  const okOrgs = new Set(orgs.filter((o) => inside.has(o.id) && TARGET_ORGS.has(o.kind)).map((o) => o.id));
  const okUsers = new Set((await repo.educatorsIn(deps.db, [...inside])).map((p) => p.id));
  const missing = targets
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => (t.type === 'org' ? !okOrgs.has(t.id) : !okUsers.has(t.id)));
  if (missing.length)
    throw new AppError(
      'NOT_FOUND',
      `${missing.length === 1 ? 'One of the people or schools was' : `${missing.length} of the people or schools were`} not found in this organization.`,
      missing.map(({ t, i }) => ({
        path: `targets.${i}`,
        message: t.type === 'org' ? 'No such school or district here.' : 'No such educator here.',
      })),
    );
}
