import { randomUUID } from 'node:crypto';
import { demoCatalog } from '../../../demo/catalog/index.js';
import { demoIssuers } from '../../../demo/issuers.js';
import { DEMO_PASSWORD, demoJourneys, demoOrgs, demoPeople, type DemoJourney } from '../../../demo/people.js';
import { demoResponses } from '../../../demo/responses.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { authForUser } from '../auth/resolve-session.js';
import { hashPassword } from '../auth/password.js';
import { createMicroCredential } from '../catalog/author-micro-credential.js';
import { publishMicroCredential } from '../catalog/publish-micro-credential.js';
import { changeCredentialStatus } from '../credentials/change-status.js';
import { DEFAULT_SETTINGS, saveSettings } from '../assessment/settings.js';
import { sweepAssessment } from '../assessment/sweep.js';
import { ensureAllIssuerKeys } from '../issuance/issuer-keys.js';
import { decideReview } from '../reviews/decide-review.js';
import { resubmit, withdraw } from '../submissions/resubmit.js';
import { startSubmission } from '../submissions/start-submission.js';
import { submitAttempt } from '../submissions/submit-attempt.js';
import { demoUserId } from './demo-ids.js';
import { demoScores } from './demo-scores.js';
import { fillDraft } from './demo-submission.js';
import { seedAssessment } from './seed-assessment.js';
import { seedDistricts } from './seed-districts.js';

const DAY = 86_400_000;

/** Whether the database holds nothing yet: the demo is only ever seeded into an empty one. */
export async function isEmpty(db: Deps['db']) {
  return !(await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst());
}

/**
 * Seeds the demo through the same use cases people use: issuers publish the catalog, educators
 * write and submit, assessors score, and earned credentials are signed by the real issuance code.
 */
export async function seedDemo(deps: Deps) {
  const { db } = deps;
  // The demo is dated back from now (the clock tests fix).
  const started = deps.clock.now().getTime();
  const orgIds = new Map<string, string>();
  const at = (daysAgo: number) => ({ ...deps, clock: { now: () => new Date(started - daysAgo * DAY) } });
  const created = at(180).clock.now().toISOString();

  for (const o of demoOrgs) {
    const id = randomUUID();
    orgIds.set(o.key, id);
    await db
      .insertInto('organizations')
      .values({
        id,
        parent_id: o.parent ? orgIds.get(o.parent)! : null,
        kind: o.kind,
        name: o.name,
        slug: o.slug,
        description: null,
        url: null,
        email: null,
        created_at: created,
      })
      .execute();
  }
  for (const i of demoIssuers) {
    const id = randomUUID();
    orgIds.set(i.slug, id);
    await db
      .insertInto('organizations')
      .values({
        id,
        parent_id: null,
        kind: 'issuer',
        name: i.name,
        slug: i.slug,
        description: i.description,
        url: i.url,
        email: i.email,
        created_at: created,
        did_method: i.didMethod ?? 'web',
      })
      .execute();
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map(demoPeople.map((p) => [p.email, demoUserId(p.email)]));
  await db
    .insertInto('users')
    .values(
      demoPeople.map((p) => ({
        id: userIds.get(p.email)!,
        email: p.email,
        name: p.name,
        password_hash: passwordHash,
        status: 'active' as const,
        created_at: created,
      })),
    )
    .execute();
  await db
    .insertInto('memberships')
    .values(
      demoPeople.flatMap((p) =>
        p.roles.map(([role, org]) => ({
          id: randomUUID(),
          user_id: userIds.get(p.email)!,
          org_id: orgIds.get(org)!,
          role,
          created_at: created,
        })),
      ),
    )
    .execute();
  await ensureAllIssuerKeys(db, deps.secret, created);

  const authOf = async (email: string) => (await authForUser(db, userIds.get(email)!))!;
  const adminOf = new Map(
    demoPeople.flatMap((p) =>
      p.roles.filter(([r]) => r === 'issuer_admin').map(([, org]) => [org, p.email] as const),
    ),
  );
  const mcIds = new Map<string, string>();
  for (const mc of demoCatalog) {
    const author = await authOf(adminOf.get(mc.issuer)!);
    const draft = await createMicroCredential(at(170), author, {
      issuerId: orgIds.get(mc.issuer)!,
      slug: mc.slug,
      content: mc.content as Record<string, unknown>,
    });
    await publishMicroCredential(at(170), author, draft.id);
    mcIds.set(mc.slug, draft.id);
  }

  // The demo's issuers score each attempt once (the default SLA and thresholds otherwise); double
  // scoring is switched on per issuer on the Assessment page, as Lanternhill does in its history.
  const issuerIds = demoIssuers.map((i) => orgIds.get(i.slug)!);
  for (const id of issuerIds) {
    await saveSettings(db, id, { ...DEFAULT_SETTINGS, doubleScoreFirst: 0, doubleScorePercent: 0 }, created);
  }
  await seedAssessment({ deps, now: new Date(started), orgIds, mcIds, userIds, authOf });
  for (const journey of demoJourneys) {
    await walkJourney(journey, { at, authOf, mcId: mcIds.get(journey.microCredential)! });
  }
  for (const journey of demoJourneys.filter((j) => j.statusChange)) {
    const change = journey.statusChange!;
    const credential = await db
      .selectFrom('credentials as c')
      .innerJoin('users as u', 'u.id', 'c.educator_id')
      .select(['c.id', 'c.issuer_id'])
      .where('u.email', '=', journey.educator)
      .where('c.micro_credential_id', '=', mcIds.get(journey.microCredential)!)
      .executeTakeFirstOrThrow();
    const admin = demoPeople.find((p) =>
      p.roles.some(([r, org]) => r === 'issuer_admin' && orgIds.get(org) === credential.issuer_id),
    )!;
    await changeCredentialStatus(
      at(change.daysAgo),
      await authOf(admin.email),
      credential.id,
      change.action,
      change.reason,
    );
  }
  // The turnaround watch as the server runs it on start: flags what is overdue now, and moves
  // what has been overdue past the grace period.
  await sweepAssessment(db, new Date(started));
  await seedDistricts({ deps, now: new Date(started), orgIds, mcIds, userIds, authOf });
}

type JourneyCtx = {
  at: (daysAgo: number) => Deps;
  authOf: (email: string) => Promise<Auth>;
  mcId: string;
};

async function walkJourney(j: DemoJourney, { at, authOf, mcId }: JourneyCtx) {
  const response = demoResponses[j.microCredential];
  if (!response) throw new Error(`demo: no response written for ${j.microCredential}`);
  const educator = await authOf(j.educator);
  let day = j.daysAgo;
  const view = await startSubmission(at(day), educator, mcId);
  const content = view.microCredential.content;
  const partial = j.outcome === 'in_progress';
  await fillDraft(at(day), educator, view.id, response, content, { partial });
  if (partial) return;
  day -= 0.5;
  if (j.outcome === 'withdrawn') {
    await withdraw(at(day), educator, view.id);
    return;
  }
  await submitAttempt(at(day), educator, view.id);
  if (j.outcome === 'submitted' || j.outcome === 'in_review') return;
  day -= Math.min(4, day / 3);
  await decide(at(day), view.id, content, j.outcome === 'earned');
  if (j.outcome !== 'resubmitted') return;
  day -= Math.min(3, day / 3);
  await resubmit(
    at(day),
    educator,
    view.id,
    'I rewrote the reflection to name the specific changes I made after the checks, and replaced the lesson plan with one that marks each check.',
  );
  await fillDraft(at(day), educator, view.id, response, content, { partial: false, skipArtifacts: true });
  await submitAttempt(at(day), educator, view.id);
}

/** The assessors the submission was assigned to score it: one, or both of a double-scored pair, alike. */
async function decide(deps: Deps, submissionId: string, content: MicroCredentialContent, earned: boolean) {
  const reviews = await deps.db
    .selectFrom('reviews as r')
    .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
    .select(['r.id', 'r.assessor_id'])
    .where('a.submission_id', '=', submissionId)
    .where('r.status', '=', 'assigned')
    .orderBy('r.id')
    .execute();
  if (!reviews.length) throw new Error(`demo: nobody was assigned submission ${submissionId}`);
  for (const review of reviews) {
    const assessor = await authForUser(deps.db, review.assessor_id);
    await decideReview(deps, assessor, review.id, demoScores(content, earned));
  }
}
