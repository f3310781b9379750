/**
 * The plain text of a notification's email: exactly what the notification says, and where to read
 * it. Links to this site are stored as `{{site}}/path` and made absolute when the email is sent or
 * shown, so the outbox never depends on the address the server had when the row was written.
 */
export const SITE = '{{site}}';

/** `forAccount: false`: to someone without an account yet (an invitation), so no email settings to point at. */
export type EmailContent = { title: string; body: string; link?: string | null; forAccount?: boolean };

/** Subject: the notification's title on one line. */
export function emailSubject(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function emailBody({ title, body, link, forAccount = true }: EmailContent): string {
  const lines = [title.trim(), ''];
  if (body.trim()) lines.push(body.trim(), '');
  if (link) lines.push(`Open it: ${link.startsWith('/') ? `${SITE}${link}` : link}`, '');
  lines.push(
    '—',
    forAccount ? `microcred · choose which emails you get: ${SITE}/settings#email` : 'microcred',
  );
  return `${lines.join('\n')}\n`;
}

/** The stored text with this site's address in its links. */
export function renderEmailBody(stored: string, publicUrl: string): string {
  return stored.replaceAll(SITE, publicUrl.replace(/\/+$/, ''));
}
