/**
 * The plain text of a notification's email: exactly what the notification says, and where to read
 * it. Links to this site are stored as `{{site}}/path` and made absolute when the email is sent or
 * shown, so the outbox never depends on the address the server had when the row was written.
 */
export const SITE = '{{site}}';

export type EmailContent = { title: string; body: string; link?: string | null };

/** Subject: the notification's title on one line. */
export function emailSubject(title: string): string {
  return title.replace(/\s+/g, ' ').trim().slice(0, 200);
}

export function emailBody({ title, body, link }: EmailContent): string {
  const lines = [title.trim(), ''];
  if (body.trim()) lines.push(body.trim(), '');
  if (link) lines.push(`Open it: ${link.startsWith('/') ? `${SITE}${link}` : link}`, '');
  lines.push('—', `microcred · choose which emails you get: ${SITE}/settings#email`);
  return `${lines.join('\n')}\n`;
}

/** The stored text with this site's address in its links. */
export function renderEmailBody(stored: string, publicUrl: string): string {
  return stored.replaceAll(SITE, publicUrl.replace(/\/+$/, ''));
}
