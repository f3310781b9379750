import { addYears, dayOf } from '../../domain/renewal-credit.js';
import { addLicense } from '../renewal/licenses.js';
import { createPolicy } from '../renewal/renewal-policies.js';
import type { DemoWorld } from './assessment-context.js';

const need = (map: ReadonlyMap<string, string>, key: string) => {
  const id = map.get(key);
  if (!id) throw new Error(`demo renewal seed: no ${key}`);
  return id;
};

/**
 * Lakeland's renewal rule (6 professional development hours for each micro-credential from its
 * approved providers, at most 30 a cycle, 60 required every 5 years from the license's issue date),
 * Riverside's addition (Brightwater's teacher-leadership and family-engagement micro-credentials
 * count too, at their credit hours), and licenses for a few demo educators, Maya's issued two years
 * ago so the credentials she earned this year count.
 */
export async function seedRenewalDemo(w: DemoWorld): Promise<void> {
  const { deps, orgIds, now } = w;
  const stateId = need(orgIds, 'state');
  const today = dayOf(now.toISOString());
  const state = await w.authOf('state@example.org');
  await createPolicy(deps, state, {
    orgId: stateId,
    name: 'Lakeland Professional Educator renewal',
    licenseTypes: ['Professional Educator'],
    counts: {
      mode: 'issuers',
      values: [
        need(orgIds, 'northfield-school-of-education'),
        need(orgIds, 'lanternhill-teaching-practice-institute'),
      ],
    },
    hoursMode: 'fixed',
    fixedHours: 6,
    capHours: 30,
    requiredHours: 60,
    cycleYears: 5,
    effectiveFrom: '2020-07-01',
    effectiveUntil: null,
  });
  await createPolicy(deps, state, {
    orgId: stateId,
    name: 'Lakeland Instructional Leader renewal',
    licenseTypes: ['Instructional Leader'],
    counts: { mode: 'topics', values: ['teacher-leadership', 'data-literacy'] },
    hoursMode: 'credit',
    fixedHours: null,
    capHours: null,
    requiredHours: 75,
    cycleYears: 5,
    effectiveFrom: '2020-07-01',
    effectiveUntil: null,
  });
  await createPolicy(deps, await w.authOf('district@example.org'), {
    orgId: need(orgIds, 'riverside'),
    name: 'Riverside leadership and family engagement additions',
    licenseTypes: ['Professional Educator'],
    counts: { mode: 'topics', values: ['teacher-leadership', 'family-engagement'] },
    hoursMode: 'credit',
    fixedHours: null,
    capHours: null,
    requiredHours: 60,
    cycleYears: 5,
    effectiveFrom: '2023-08-01',
    effectiveUntil: null,
  });

  const licenses: [email: string, type: string, number: string, yearsAgo: number][] = [
    ['educator@example.org', 'Professional Educator', 'PE-0417-2291', 2],
    ['daniel.park@example.org', 'Professional Educator', 'PE-1189-0034', 4],
    ['grace.adeyemi@example.org', 'Professional Educator', 'PE-2210-7781', 1],
    ['luis.moreno@example.org', 'Professional Educator', 'PE-0932-4410', 6],
    ['hannah.schmidt@example.org', 'Instructional Leader', 'IL-0077-1203', 3],
    ['omar.haddad@example.org', 'Professional Educator', 'PE-3301-9925', 1],
  ];
  for (const [email, licenseType, number, yearsAgo] of licenses) {
    // Issued a little before the anniversary, so the day never falls in the future.
    const issuedOn = addYears(dayOf(new Date(Date.parse(today) - 20 * 86_400_000).toISOString()), -yearsAgo);
    await addLicense(deps, await w.authOf(email), {
      stateId,
      licenseType,
      number,
      issuedOn,
      expiresOn: addYears(issuedOn, 5),
    });
  }
}
