import {
  CLOSURE_DAYS,
  DOUBLE_SCORING_ISSUER,
  LANTERNHILL_ADMIN,
  lanternhillPool,
  lanternhillSettings,
  type PoolPlan,
} from '../../../demo/assessment.js';
import type { Deps } from '../../server/deps.js';
import type { AssessmentSettings } from '../assessment/settings.js';
import type { Auth } from '../auth/auth-context.js';
import { dayOf, weekStartOf, type Clocks } from './assessment-plan.js';
import { Timeline } from './timeline.js';

/** What the rest of the demo seed has made by the time Lanternhill's assessment is seeded. */
export type DemoWorld = {
  deps: Deps;
  now: Date;
  orgIds: ReadonlyMap<string, string>;
  mcIds: ReadonlyMap<string, string>;
  userIds: ReadonlyMap<string, string>;
  authOf: (email: string) => Promise<Auth>;
};

/** Lanternhill's assessment as it is being seeded: one timeline, its settings and its pool. */
export type AssessmentSeed = {
  w: DemoWorld;
  issuerId: string;
  admin: Auth;
  settings: AssessmentSettings;
  clocks: Clocks;
  tl: Timeline;
  /** Pool plans by user id. */
  poolOf: ReadonlyMap<string, PoolPlan>;
  /** The demo's dependencies with the clock at `t`. */
  atTime: (t: Date) => Deps;
};

export async function assessmentSeed(w: DemoWorld): Promise<AssessmentSeed> {
  const week = weekStartOf(w.now);
  const settings = { ...lanternhillSettings, holidays: CLOSURE_DAYS.map((d) => dayOf(week, d)) };
  return {
    w,
    issuerId: w.orgIds.get(DOUBLE_SCORING_ISSUER)!,
    admin: await w.authOf(LANTERNHILL_ADMIN),
    settings,
    clocks: { week, now: w.now, slaDays: settings.slaBusinessDays, holidays: settings.holidays },
    tl: new Timeline(),
    poolOf: new Map(lanternhillPool.map((p) => [w.userIds.get(p.email)!, p])),
    atTime: (t) => ({ ...w.deps, clock: { now: () => t } }),
  };
}
