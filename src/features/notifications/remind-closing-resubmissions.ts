import { sql } from 'kysely';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import { canResubmit } from '../../domain/submission-lifecycle.js';
import type { Deps } from '../../server/deps.js';
import { resubmitDeadline } from '../../domain/submission-lifecycle.js';
import { resubmissionClosing, submissionLink } from './messages.js';
import { notify } from './notify.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long before the window closes the educator is reminded. */
export const REMIND_DAYS_BEFORE = 7;
const KIND = 'resubmission_closing';

/**
 * Reminds each educator, in the app and by email, when a week is left to resubmit after a "not
 * yet" they may still answer. Once per decision: a reminder written since the decision counts
 * (an upheld appeal decides again and starts a new window, with its own reminder). Safe to run
 * every minute and from several processes: each reminder is written under the submission's lock.
 */
export async function remindClosingResubmissions(deps: Pick<Deps, 'db' | 'clock' | 'config' | 'dialect'>) {
  const { db, config } = deps;
  const now = deps.clock.now();
  const windowMs = config.resubmitWindowDays * DAY_MS;
  // Still open (deadline ≥ now) and closing within the week (deadline ≤ now + 7 days).
  const openSince = new Date(now.getTime() - windowMs).toISOString();
  const closingBy = new Date(now.getTime() - windowMs + REMIND_DAYS_BEFORE * DAY_MS).toISOString();
  const due = await db
    .selectFrom('submissions as s')
    .innerJoin('micro_credential_versions as v', 'v.id', 's.version_id')
    .select(['s.id', 's.educator_id', 's.attempt_number', 's.decided_at', 'v.content'])
    .where('s.status', '=', 'not_yet')
    .where('s.decided_at', '>=', openSince)
    .where('s.decided_at', '<=', closingBy)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('notifications as n')
            .select('n.id')
            .whereRef('n.user_id', '=', 's.educator_id')
            .where('n.kind', '=', KIND)
            .where('n.link', '=', sql<string>`'/submissions/' || s.id`)
            .whereRef('n.created_at', '>=', 's.decided_at'),
        ),
      ),
    )
    .orderBy('s.decided_at')
    .execute();
  let reminded = 0;
  for (const row of due) {
    const content = JSON.parse(row.content) as MicroCredentialContent;
    if (!canResubmit('not_yet', row.attempt_number, content.maxAttempts)) continue;
    const sent = await db.transaction().execute(async (trx) => {
      let lock = trx.selectFrom('submissions').select(['status', 'decided_at']).where('id', '=', row.id);
      if (deps.dialect === 'postgres') lock = lock.forUpdate();
      const current = await lock.executeTakeFirst();
      if (current?.status !== 'not_yet' || current.decided_at !== row.decided_at) return false;
      const already = await trx
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', row.educator_id)
        .where('kind', '=', KIND)
        .where('link', '=', submissionLink(row.id))
        .where('created_at', '>=', row.decided_at!)
        .executeTakeFirst();
      if (already) return false;
      const closesAt = resubmitDeadline(row.decided_at!, config.resubmitWindowDays);
      await notify(
        trx,
        now.toISOString(),
        resubmissionClosing({
          userId: row.educator_id,
          submissionId: row.id,
          title: content.title,
          closesAt,
          daysLeft: Math.max(1, Math.ceil((closesAt.getTime() - now.getTime()) / DAY_MS)),
        }),
      );
      return true;
    });
    if (sent) reminded++;
  }
  return { reminded };
}
