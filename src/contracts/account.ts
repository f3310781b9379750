import { z } from 'zod';

/** A personal API token as listed; the secret itself appears only in `CreatedToken`, once. */
export const TokenView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof TokenView>;
export const CreatedToken = TokenView.extend({ token: z.string() });
export type CreatedToken = z.infer<typeof CreatedToken>;
export const CreateTokenBody = z.object({ name: z.string().trim().min(1).max(80) });

export const NotificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof NotificationView>;
export const NotificationList = z.object({ items: z.array(NotificationView), unread: z.number() });
export type NotificationList = z.infer<typeof NotificationList>;
