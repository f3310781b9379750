import type { Deps } from '../../server/deps.js';
import { deliverPendingEmails } from './deliver-email.js';
import { remindClosingResubmissions } from './remind-closing-resubmissions.js';

/**
 * The notifications' part of the server's minute sweep: reminders of resubmission windows that
 * close within a week, then the emails that are due (none without SMTP).
 */
export async function sweepNotifications(deps: Pick<Deps, 'db' | 'clock' | 'config' | 'dialect' | 'log'>) {
  const { reminded } = await remindClosingResubmissions(deps);
  const delivered = await deliverPendingEmails(deps, { limit: 100 });
  return { reminded, ...delivered };
}
