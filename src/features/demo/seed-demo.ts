import { randomUUID } from 'node:crypto';
import { demoCatalog } from '../../../demo/catalog/index.js';
import { demoIssuers } from '../../../demo/issuers.js';
import { DEMO_PASSWORD, demoJourneys, demoOrgs, demoPeople, type DemoJourney } from '../../../demo/people.js';
import { demoResponses } from '../../../demo/responses.js';
import type { DemoResponse } from '../../../demo/types.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Deps } from '../../server/deps.js';
import type { Auth } from '../auth/auth-context.js';
import { authForUser } from '../auth/resolve-session.js';
import { hashPassword } from '../auth/password.js';
import { createMicroCredential } from '../catalog/author-micro-credential.js';
import { publishMicroCredential } from '../catalog/publish-micro-credential.js';
import { changeCredentialStatus } from '../credentials/change-status.js';
import { DEFAULT_SETTINGS, saveSettings } from '../assessment/settings.js';
import { ensureAllIssuerKeys } from '../issuance/issuer-keys.js';
import { decideReview } from '../reviews/decide-review.js';
import { getSubmission } from '../submissions/get-submission.js';
import { addArtifact } from '../submissions/manage-artifacts.js';
import { resubmit, withdraw } from '../submissions/resubmit.js';
import { saveSubmissionDraft } from '../submissions/save-submission-draft.js';
import { startSubmission } from '../submissions/start-submission.js';
import { submitAttempt } from '../submissions/submit-attempt.js';
import { demoScores } from './demo-scores.js';

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
  const started = Date.now();
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
  const userIds = new Map<string, string>();
  for (const p of demoPeople) {
    const id = randomUUID();
    userIds.set(p.email, id);
    await db
      .insertInto('users')
      .values({
        id,
        email: p.email,
        name: p.name,
        password_hash: passwordHash,
        status: 'active',
        created_at: created,
      })
      .execute();
    for (const [role, org] of p.roles) {
      await db
        .insertInto('memberships')
        .values({ id: randomUUID(), user_id: id, org_id: orgIds.get(org)!, role, created_at: created })
        .execute();
    }
  }
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
  // scoring is switched on per issuer on the Assessment page.
  const issuerIds = demoIssuers.map((i) => orgIds.get(i.slug)!);
  for (const id of issuerIds) {
    await saveSettings(db, id, { ...DEFAULT_SETTINGS, doubleScoreFirst: 0, doubleScorePercent: 0 }, created);
  }
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

async function fillDraft(
  deps: Deps,
  educator: Auth,
  id: string,
  r: DemoResponse,
  content: MicroCredentialContent,
  opts: { partial: boolean; skipArtifacts?: boolean },
) {
  const current = (await getSubmission(deps, educator, id)).current;
  const part3 = opts.partial ? {} : r.part3;
  await saveSubmissionDraft(deps, educator, id, {
    revision: current.revision,
    answers: { part1: r.part1, part3 },
    attestation: { ownWork: !opts.partial, studentPrivacy: !opts.partial },
  });
  if (opts.skipArtifacts) return;
  for (const req of content.requirements.part2.artifacts) {
    for (const a of (r.part2[req.id] ?? []).slice(0, opts.partial ? 1 : undefined)) {
      const input =
        a.kind === 'text'
          ? { kind: 'text' as const, requirementId: req.id, title: a.title, text: a.text! }
          : { kind: 'link' as const, requirementId: req.id, title: a.title, url: a.url! };
      await addArtifact(deps, educator, id, input);
    }
    if (opts.partial) break;
  }
}

/** The assessor the submission was assigned to scores it. */
async function decide(deps: Deps, submissionId: string, content: MicroCredentialContent, earned: boolean) {
  const review = await deps.db
    .selectFrom('reviews as r')
    .innerJoin('attempts as a', 'a.id', 'r.attempt_id')
    .select(['r.id', 'r.assessor_id'])
    .where('a.submission_id', '=', submissionId)
    .where('r.status', '=', 'assigned')
    .executeTakeFirstOrThrow();
  const assessor = await authForUser(deps.db, review.assessor_id);
  await decideReview(deps, assessor, review.id, demoScores(content, earned));
}
