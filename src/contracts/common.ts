import { z } from 'zod';

export const Id = z.string().min(1).max(100);
export const IssuerRef = z.object({ id: z.string(), name: z.string(), slug: z.string() });
export type IssuerRef = z.infer<typeof IssuerRef>;

export const Page = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** One thing that keeps a draft from being published or submitted, pointing at the field. */
export const Problem = z.object({ path: z.string(), message: z.string() });
export type Problem = z.infer<typeof Problem>;
