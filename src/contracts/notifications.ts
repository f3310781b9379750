import { z } from 'zod';
import { Page } from './common.js';

/** Who an email is for: the role that receives notifications of that kind. */
export type EmailAudience = 'educator' | 'assessor' | 'issuer_admin';

type EmailKindEntry = {
  /** Stored in `notification_preferences.kind`. */
  kind: string;
  label: string;
  description: string;
  audience: EmailAudience;
  /** The notification kinds this choice covers (the entry's own kind when absent). */
  covers?: readonly string[];
};

/**
 * The emails a person can choose about, in the order the settings page lists them. A notification
 * of a kind listed here is also emailed unless its person turned that kind off (no row: email on);
 * any other notification stays in the app only.
 */
export const EMAIL_KINDS = [
  {
    kind: 'submission_received',
    label: 'Submission received',
    description: 'When your submission reaches the assessors.',
    audience: 'educator',
  },
  {
    kind: 'submission_decided',
    label: 'Decision on your submission',
    description: 'Earned or not yet, with feedback to read.',
    audience: 'educator',
  },
  {
    kind: 'resubmission_closing',
    label: 'Resubmission window closing',
    description: 'A week before you can no longer resubmit after a “not yet”.',
    audience: 'educator',
  },
  {
    kind: 'appeal_decided',
    label: 'Appeal outcome',
    description: 'When a senior assessor has decided your appeal.',
    audience: 'educator',
  },
  {
    kind: 'credential_status',
    label: 'Changes to your credentials',
    description: 'A credential revoked, suspended, restored or signed again by its issuer.',
    audience: 'educator',
    covers: ['credential.revoke', 'credential.suspend', 'credential.unsuspend', 'credential.reissued'],
  },
  {
    kind: 'review_assigned',
    label: 'Review assigned to you',
    description: 'A submission or an appeal is waiting in your review queue.',
    audience: 'assessor',
  },
  {
    kind: 'review_reassigned',
    label: 'Review moved out of your queue',
    description: 'A review you held was given to someone else, with the reason.',
    audience: 'assessor',
  },
  {
    kind: 'recalibration',
    label: 'Time to recalibrate',
    description: 'When your decisions drift from the final ones and the anchors need scoring again.',
    audience: 'assessor',
  },
  {
    kind: 'review_overdue',
    label: 'Review overdue',
    description: 'A review at an issuer you administer is past its due date.',
    audience: 'issuer_admin',
  },
] as const satisfies readonly EmailKindEntry[];

export type EmailKind = (typeof EMAIL_KINDS)[number]['kind'];
export const EMAIL_KIND_IDS = EMAIL_KINDS.map((k) => k.kind) as [EmailKind, ...EmailKind[]];

/** The email choice a notification kind falls under, or null when it is never emailed. */
export function emailKindOf(notificationKind: string): EmailKind | null {
  const entry = (EMAIL_KINDS as readonly EmailKindEntry[]).find((k) =>
    (k.covers ?? [k.kind]).includes(notificationKind),
  );
  return (entry?.kind as EmailKind | undefined) ?? null;
}

export const EmailPreference = z.object({
  kind: z.enum(EMAIL_KIND_IDS),
  label: z.string(),
  description: z.string(),
  audience: z.enum(['educator', 'assessor', 'issuer_admin']),
  email: z.boolean(),
});
export type EmailPreference = z.infer<typeof EmailPreference>;
export const EmailPreferences = z.object({ items: z.array(EmailPreference) });
export type EmailPreferences = z.infer<typeof EmailPreferences>;

/** Changes some choices; kinds left out keep theirs. */
export const EmailPreferencesBody = z.object({
  items: z
    .array(z.object({ kind: z.enum(EMAIL_KIND_IDS), email: z.boolean() }))
    .min(1)
    .max(EMAIL_KINDS.length),
});
export type EmailPreferencesBody = z.infer<typeof EmailPreferencesBody>;

/** pending: not sent yet, no failure; sent; failed: a try failed (retrying, or given up). */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed'] as const;
export const OutboxStatus = z.enum(OUTBOX_STATUSES);
export type OutboxStatus = z.infer<typeof OutboxStatus>;

export const OutboxQuery = Page.extend({ status: OutboxStatus.optional() });

export const OutboxItem = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  kind: z.string(),
  /** The plain text as sent (links made absolute). */
  body: z.string(),
  createdAt: z.string(),
  status: OutboxStatus,
  sentAt: z.string().nullable(),
  tries: z.number(),
  /** When the next try is due; null once sent or given up. */
  nextTryAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /** Failed every try: it will not be sent. */
  gaveUp: z.boolean(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;

export const OutboxPage = z.object({
  items: z.array(OutboxItem),
  total: z.number(),
  /** smtp: emails are sent; in_app: no SMTP server is configured, they are only kept here. */
  delivery: z.enum(['smtp', 'in_app']),
});
export type OutboxPage = z.infer<typeof OutboxPage>;
