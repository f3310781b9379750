import { assessmentSeed, type DemoWorld } from './assessment-context.js';
import { scheduleAttempts } from './assessment-attempts.js';
import { scheduleCalibration } from './assessment-calibration.js';
import { schedulePool } from './assessment-pool.js';

/**
 * Lanternhill's assessment (demo/assessment.ts), through the real use cases on a shifted clock:
 * double scoring and its pool, five months of attempts scored twice by assessors who lean
 * differently (disagreements go to a senior), anchors and the annual calibration, a late joiner
 * still to calibrate, and the work under way now. Everything runs in time order on one timeline,
 * so each assignment sees the loads of its moment.
 */
export async function seedAssessment(w: DemoWorld) {
  const seed = await assessmentSeed(w);
  schedulePool(seed);
  const attempts = await scheduleAttempts(seed);
  scheduleCalibration(seed, attempts);
  await seed.tl.run();
}
