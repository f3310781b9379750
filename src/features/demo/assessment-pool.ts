import {
  AWAY,
  CALENDAR,
  feedbackTemplates,
  lanternhillPool,
  NEW_ASSESSOR,
} from '../../../demo/assessment.js';
import { DEMO_PASSWORD } from '../../../demo/people.js';
import { addFeedbackTemplate } from '../assessment/feedback-templates.js';
import { updateAssessor } from '../assessment/pool-admin.js';
import { changeSettings } from '../assessment/settings.js';
import { acceptInvitation, invite } from '../orgs/invitations.js';
import type { AssessmentSeed } from './assessment-context.js';
import { resolveWhen } from './assessment-plan.js';

const DAY = 86_400_000;

/**
 * The issuer admin's part: switches on double scoring, sets up the pool and feedback templates;
 * later invites a new assessor and records who is away.
 */
export function schedulePool(s: AssessmentSeed) {
  const { w, tl, issuerId, admin, settings } = s;
  const { db } = w.deps;
  tl.add(resolveWhen({ daysBeforeWeek: CALENDAR.setupDaysBeforeWeek }, s.clocks), async (t) => {
    const at = t.toISOString();
    await db.transaction().execute(async (trx) => {
      await changeSettings(trx, at, { issuerId, actorId: admin.userId, settings });
      for (const p of lanternhillPool) {
        await updateAssessor(trx, at, {
          issuerId,
          userId: w.userIds.get(p.email)!,
          actorId: admin.userId,
          capacity: p.capacity,
          senior: p.senior,
          awayFrom: null,
          awayUntil: null,
        });
      }
      for (const [slug, byCriterion] of Object.entries(feedbackTemplates)) {
        for (const [criterionId, texts] of Object.entries(byCriterion)) {
          for (const text of texts) {
            await addFeedbackTemplate(trx, at, {
              microCredentialId: w.mcIds.get(slug)!,
              criterionId,
              text,
              actorId: admin.userId,
            });
          }
        }
      }
    });
  });

  const ago = (days: number) => new Date(w.now.getTime() - days * DAY);
  tl.add(ago(NEW_ASSESSOR.invitedDaysAgo), async (t) => {
    const sent = await invite(s.atTime(t), admin, {
      email: NEW_ASSESSOR.email,
      name: NEW_ASSESSOR.name,
      orgId: issuerId,
      role: 'assessor',
    });
    const joined = ago(NEW_ASSESSOR.joinedDaysAgo);
    const { userId } = await acceptInvitation(
      s.atTime(joined),
      null,
      sent.acceptUrl.split('/invitations/')[1]!,
      { name: NEW_ASSESSOR.name, password: DEMO_PASSWORD },
    );
    await db.transaction().execute((trx) =>
      updateAssessor(trx, joined.toISOString(), {
        issuerId,
        userId,
        actorId: admin.userId,
        capacity: NEW_ASSESSOR.capacity,
        senior: false,
        awayFrom: null,
        awayUntil: null,
      }),
    );
  });

  // Away periods run from the start of their first day to the start of the day after the last.
  const startOfDay = (days: number) => `${ago(-days).toISOString().slice(0, 10)}T00:00:00.000Z`;
  for (const away of AWAY) {
    const p = lanternhillPool.find((x) => x.email === away.email)!;
    tl.add(ago(away.setDaysAgo), (t) =>
      db.transaction().execute((trx) =>
        updateAssessor(trx, t.toISOString(), {
          issuerId,
          userId: w.userIds.get(p.email)!,
          actorId: admin.userId,
          capacity: p.capacity,
          senior: p.senior,
          awayFrom: startOfDay(away.from),
          awayUntil: startOfDay(away.until),
        }),
      ),
    );
  }
}
