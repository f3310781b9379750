import type { DemoWorld } from './assessment-context.js';
import { seedRosterDemo } from './seed-roster.js';
import { seedOidcDemo } from './seed-oidc.js';
import { seedRenewalDemo } from './seed-renewal.js';
import { seedSeatsDemo } from './seed-seats.js';
import { seedPathwaysDemo } from './seed-pathways.js';

/**
 * What states and districts add to the demo, after the credentials are earned: roster ids, a
 * sign-in provider, renewal policies and licenses, funded seats and assignments, pathways.
 */
export async function seedDistricts(w: DemoWorld) {
  await seedRosterDemo(w);
  await seedOidcDemo(w);
  await seedRenewalDemo(w);
  await seedSeatsDemo(w);
  await seedPathwaysDemo(w);
}
