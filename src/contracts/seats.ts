import { z } from 'zod';
import { Id } from './common.js';

/** A calendar day, YYYY-MM-DD, checked to be a real one. */
export const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-08-01.')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'That day does not exist.');

export const MAX_SEATS = 100_000;
export const MAX_COST_CENTS = 10_000_000;

export const CreateSeatPoolBody = z
  .object({
    orgId: Id,
    name: z.string().trim().min(1, 'Give the pool a name.').max(120),
    microCredentialIds: z.array(Id).min(1, 'Choose at least one micro-credential.').max(100),
    totalSeats: z.number().int().min(1, 'A pool needs at least one seat.').max(MAX_SEATS),
    /** 0 when the pool only tracks a budget. */
    costCents: z.number().int().min(0).max(MAX_COST_CENTS),
    fundingSource: z.string().trim().max(200).nullish(),
    startsOn: IsoDay,
    endsOn: IsoDay.nullish(),
  })
  .refine((b) => !b.endsOn || b.endsOn >= b.startsOn, {
    message: 'The last day cannot be before the first day.',
    path: ['endsOn'],
  });
export type CreateSeatPoolBody = z.infer<typeof CreateSeatPoolBody>;

export const UpdateSeatPoolBody = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  totalSeats: z.number().int().min(0).max(MAX_SEATS).optional(),
  fundingSource: z.string().trim().max(200).nullish(),
  endsOn: IsoDay.nullish(),
  /** Close the pool today: nobody new takes a seat; seats already used stay counted. */
  close: z.boolean().optional(),
});
export type UpdateSeatPoolBody = z.infer<typeof UpdateSeatPoolBody>;

export const SeatUsageView = z.object({
  total: z.number(),
  used: z.number(),
  earned: z.number(),
  inProgress: z.number(),
  remaining: z.number(),
  spentCents: z.number(),
  budgetCents: z.number(),
  costPerEarnedCents: z.number().nullable(),
});
export type SeatUsageView = z.infer<typeof SeatUsageView>;

export const SeatPoolView = z.object({
  id: z.string(),
  org: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  name: z.string(),
  microCredentials: z.array(z.object({ id: z.string(), title: z.string(), priceCents: z.number() })),
  totalSeats: z.number(),
  costCents: z.number(),
  fundingSource: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  phase: z.enum(['scheduled', 'open', 'closed']),
  usage: SeatUsageView,
});
export type SeatPoolView = z.infer<typeof SeatPoolView>;

export const SeatRedemptionView = z.object({
  id: z.string(),
  person: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  microCredential: z.object({ id: z.string(), title: z.string() }),
  redeemedAt: z.string(),
  /** in_progress and earned use a seat; released gave it back (withdrawn before earning). */
  state: z.enum(['in_progress', 'earned', 'released']),
});
export type SeatRedemptionView = z.infer<typeof SeatRedemptionView>;

export const SeatReportView = z.object({
  totals: SeatUsageView,
  orgs: z.array(
    z.object({ id: z.string(), name: z.string(), kind: z.string(), pools: z.number(), usage: SeatUsageView }),
  ),
  pools: z.array(SeatPoolView),
});
export type SeatReportView = z.infer<typeof SeatReportView>;

export const SeatQuery = z.object({ orgId: Id.optional() });

/** A micro-credential an organization funds for the signed-in educator. */
export const MySeatView = z.object({
  microCredentialId: z.string(),
  poolId: z.string(),
  orgName: z.string(),
  fundingSource: z.string().nullable(),
  /** The educator already holds this seat (started with it). */
  redeemed: z.boolean(),
  seatsLeft: z.number(),
});
export type MySeatView = z.infer<typeof MySeatView>;
