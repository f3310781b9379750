import { randomUUID } from 'node:crypto';
import {
  AWAY,
  CALENDAR,
  feedbackTemplates,
  lanternhillPool,
  NEW_ASSESSOR,
} from '../../../demo/assessment.js';
import { DEMO_PASSWORD } from '../../../demo/people.js';
import { audit } from '../assessment/audit.js';
import { updateAssessor } from '../assessment/pool-admin.js';
import { loadSettings, saveSettings } from '../assessment/settings.js';
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
      const before = await loadSettings(trx, issuerId);
      await saveSettings(trx, issuerId, settings, at);
      // As the settings route records it.
      await audit(trx, at, {
        issuerId,
        actorId: admin.userId,
        action: 'settings.updated',
        subjectType: 'settings',
        subjectId: issuerId,
        before,
        after: settings,
      });
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
      // Templates have no use case beyond the admin's route, which inserts them just so.
      for (const [slug, byCriterion] of Object.entries(feedbackTemplates)) {
        for (const [criterionId, texts] of Object.entries(byCriterion)) {
          for (const text of texts) {
            await trx
              .insertInto('feedback_templates')
              .values({
                id: randomUUID(),
                micro_credential_id: w.mcIds.get(slug)!,
                criterion_id: criterionId,
                text,
                created_by: admin.userId,
                created_at: at,
              })
              .execute();
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
