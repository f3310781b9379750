/** The demo state, its districts and schools, and the people who use the demo. All invented. */

export const DEMO_PASSWORD = 'microcred-demo';

export type DemoOrg = {
  key: string;
  kind: 'platform' | 'state' | 'district' | 'school';
  name: string;
  slug: string;
  parent?: string;
};

export const demoOrgs: DemoOrg[] = [
  { key: 'platform', kind: 'platform', name: 'microcred platform', slug: 'platform' },
  { key: 'state', kind: 'state', name: 'State of Lakeland Department of Education', slug: 'lakeland-doe' },
  {
    key: 'riverside',
    kind: 'district',
    name: 'Riverside Unified School District',
    slug: 'riverside-usd',
    parent: 'state',
  },
  {
    key: 'pine-ridge',
    kind: 'district',
    name: 'Pine Ridge County Schools',
    slug: 'pine-ridge-county',
    parent: 'state',
  },
  {
    key: 'riverside-elementary',
    kind: 'school',
    name: 'Riverside Elementary School',
    slug: 'riverside-elementary',
    parent: 'riverside',
  },
  {
    key: 'riverside-middle',
    kind: 'school',
    name: 'Riverside Middle School',
    slug: 'riverside-middle',
    parent: 'riverside',
  },
  {
    key: 'cedar-hollow',
    kind: 'school',
    name: 'Cedar Hollow Elementary School',
    slug: 'cedar-hollow-elementary',
    parent: 'pine-ridge',
  },
  {
    key: 'pine-ridge-high',
    kind: 'school',
    name: 'Pine Ridge High School',
    slug: 'pine-ridge-high',
    parent: 'pine-ridge',
  },
];

type Role = 'educator' | 'assessor' | 'issuer_admin' | 'district_admin' | 'state_admin' | 'platform_admin';
/** `org` is a DemoOrg key or a demo issuer slug. */
export type DemoPerson = { email: string; name: string; roles: [Role, string][] };

const COHORT = cohort();

export const demoPeople: DemoPerson[] = [
  { email: 'admin@example.org', name: 'Avery Platform', roles: [['platform_admin', 'platform']] },
  { email: 'state@example.org', name: 'Dr. Helen Okonkwo', roles: [['state_admin', 'state']] },
  { email: 'district@example.org', name: 'Marcus Delgado', roles: [['district_admin', 'riverside']] },
  {
    email: 'issuer@example.org',
    name: 'Prof. Lena Fischer',
    roles: [['issuer_admin', 'northfield-school-of-education']],
  },
  {
    email: 'lanternhill-admin@example.org',
    name: 'Morgan Ellis',
    roles: [['issuer_admin', 'lanternhill-teaching-practice-institute']],
  },
  {
    email: 'issuer2@example.org',
    name: 'Keisha Warren',
    roles: [['issuer_admin', 'brightwater-educators-learning-center']],
  },
  // The demo assessor teaches in Pine Ridge, so never reviews Riverside colleagues.
  {
    email: 'assessor@example.org',
    name: 'Tomás Rivera',
    roles: [
      ['assessor', 'northfield-school-of-education'],
      ['assessor', 'lanternhill-teaching-practice-institute'],
      ['educator', 'cedar-hollow'],
    ],
  },
  {
    email: 'jordan.lee@example.org',
    name: 'Jordan Lee',
    roles: [
      ['assessor', 'northfield-school-of-education'],
      ['educator', 'riverside-elementary'],
    ],
  },
  {
    email: 'riley.chen@example.org',
    name: 'Riley Chen',
    roles: [['assessor', 'lanternhill-teaching-practice-institute']],
  },
  {
    email: 'sam.okafor@example.org',
    name: 'Sam Okafor',
    roles: [
      ['assessor', 'brightwater-educators-learning-center'],
      ['educator', 'riverside-middle'],
    ],
  },
  // Lanternhill's double-scoring pool (see demo/assessment.ts). Seniors adjudicate and decide appeals.
  {
    email: 'senior-assessor@example.org',
    name: 'Ruth Abernathy',
    roles: [['assessor', 'lanternhill-teaching-practice-institute']],
  },
  {
    email: 'priya.shah@example.org',
    name: 'Priya Shah',
    roles: [['assessor', 'lanternhill-teaching-practice-institute']],
  },
  {
    email: 'kwame.mensah@example.org',
    name: 'Kwame Mensah',
    roles: [
      ['assessor', 'lanternhill-teaching-practice-institute'],
      ['educator', 'riverside-middle'],
    ],
  },
  {
    email: 'aaron.feld@example.org',
    name: 'Aaron Feld',
    roles: [
      ['assessor', 'lanternhill-teaching-practice-institute'],
      ['educator', 'riverside-elementary'],
    ],
  },
  {
    email: 'elena.petrova@example.org',
    name: 'Elena Petrova',
    roles: [
      ['assessor', 'lanternhill-teaching-practice-institute'],
      ['educator', 'pine-ridge-high'],
    ],
  },
  { email: 'educator@example.org', name: 'Maya Thompson', roles: [['educator', 'riverside-elementary']] },
  { email: 'daniel.park@example.org', name: 'Daniel Park', roles: [['educator', 'riverside-middle']] },
  { email: 'grace.adeyemi@example.org', name: 'Grace Adeyemi', roles: [['educator', 'riverside-middle']] },
  { email: 'luis.moreno@example.org', name: 'Luis Moreno', roles: [['educator', 'cedar-hollow']] },
  { email: 'hannah.schmidt@example.org', name: 'Hannah Schmidt', roles: [['educator', 'pine-ridge-high']] },
  { email: 'omar.haddad@example.org', name: 'Omar Haddad', roles: [['educator', 'pine-ridge-high']] },
  ...COHORT,
];

/**
 * Twenty more educators, five per school, whose submissions fill Lanternhill's assessment history:
 * spread over both districts so conflict-of-interest rules decide who may score them.
 */
function cohort(): DemoPerson[] {
  const bySchool: Record<string, string[]> = {
    'riverside-elementary': ['Ava Brooks', 'Noah Kim', 'Sofia Alvarez', 'Ethan Walker', 'Mila Novak'],
    'riverside-middle': ['Chloe Nguyen', "Liam O'Connor", 'Zara Ahmed', 'Mateo Rossi', 'Hana Sato'],
    'cedar-hollow': ['Isla Bennett', 'Caleb Foster', 'Amara Okoye', 'Jonah Reyes', 'Freya Lind'],
    'pine-ridge-high': ['Leah Goldberg', 'Owen Murphy', 'Nia Carter', 'Felix Wagner', 'Ravi Menon'],
  };
  // Interleaved across schools, so consecutive cohort members work in different districts.
  return [0, 1, 2, 3, 4].flatMap((i) =>
    Object.entries(bySchool).map(([school, names]) => ({
      email: `${names[i]!.toLowerCase()
        .replace(/[^a-z ]/g, '')
        .replace(' ', '.')}@example.org`,
      name: names[i]!,
      roles: [['educator', school]] as [Role, string][],
    })),
  );
}

/** Emails of the cohort, in that interleaved order. */
export const cohortEducators = COHORT.map((p) => p.email);

/** The accounts `npm start` suggests signing in as (all use DEMO_PASSWORD). */
export const DEMO_SIGN_INS = [
  ...['educator', 'assessor', 'issuer', 'issuer2', 'district', 'state', 'admin'].map(
    (r) => `${r}@example.org`,
  ),
  // Lanternhill scores attempts twice: its admin, a senior assessor, and an assessor still to calibrate.
  'lanternhill-admin@example.org',
  'senior-assessor@example.org',
  'new-assessor@example.org',
];

/**
 * Submissions to create through the real workflow, oldest first. `outcome` is where it ends:
 * `earned` and `not_yet` are decided by the assigned assessor; `resubmitted` is not yet, then a
 * second attempt under review.
 */
export type DemoJourney = {
  educator: string;
  microCredential: string;
  outcome: 'in_progress' | 'submitted' | 'in_review' | 'earned' | 'not_yet' | 'resubmitted' | 'withdrawn';
  daysAgo: number;
  /** What the issuer later did to the earned credential, and why. */
  statusChange?: { action: 'revoke' | 'suspend'; reason: string; daysAgo: number };
};

export const demoJourneys: DemoJourney[] = [
  {
    educator: 'educator@example.org',
    microCredential: 'checking-for-understanding',
    outcome: 'earned',
    daysAgo: 120,
  },
  {
    educator: 'educator@example.org',
    microCredential: 'disaggregating-student-data',
    outcome: 'earned',
    daysAgo: 75,
  },
  {
    educator: 'educator@example.org',
    microCredential: 'structured-academic-conversations',
    outcome: 'earned',
    daysAgo: 60,
  },
  {
    educator: 'educator@example.org',
    microCredential: 'purposeful-technology-in-math',
    outcome: 'not_yet',
    daysAgo: 30,
  },
  {
    educator: 'educator@example.org',
    microCredential: 'reading-like-a-scientist',
    outcome: 'in_review',
    daysAgo: 3,
  },
  {
    educator: 'educator@example.org',
    microCredential: 'teaching-classroom-routines',
    outcome: 'in_progress',
    daysAgo: 1,
  },
  {
    educator: 'luis.moreno@example.org',
    microCredential: 'proactive-family-communication',
    outcome: 'earned',
    daysAgo: 90,
  },
  {
    educator: 'luis.moreno@example.org',
    microCredential: 'checking-for-understanding',
    outcome: 'earned',
    daysAgo: 45,
  },
  {
    educator: 'hannah.schmidt@example.org',
    microCredential: 'structured-academic-conversations',
    outcome: 'earned',
    daysAgo: 50,
    statusChange: {
      action: 'revoke',
      reason: 'The submitted video showed students who had not given consent; the evidence was withdrawn.',
      daysAgo: 10,
    },
  },
  {
    educator: 'hannah.schmidt@example.org',
    microCredential: 'reading-like-a-scientist',
    outcome: 'resubmitted',
    daysAgo: 40,
  },
  {
    educator: 'daniel.park@example.org',
    microCredential: 'checking-for-understanding',
    outcome: 'resubmitted',
    daysAgo: 35,
  },
  {
    educator: 'daniel.park@example.org',
    microCredential: 'teaching-classroom-routines',
    outcome: 'in_review',
    daysAgo: 5,
  },
  {
    educator: 'grace.adeyemi@example.org',
    microCredential: 'cultivating-belonging',
    outcome: 'submitted',
    daysAgo: 4,
  },
  {
    educator: 'grace.adeyemi@example.org',
    microCredential: 'disaggregating-student-data',
    outcome: 'withdrawn',
    daysAgo: 20,
  },
  {
    educator: 'omar.haddad@example.org',
    microCredential: 'purposeful-technology-in-math',
    outcome: 'earned',
    daysAgo: 25,
    statusChange: {
      action: 'suspend',
      reason: 'A question about the authorship of one artifact is being looked into.',
      daysAgo: 6,
    },
  },
  {
    educator: 'luis.moreno@example.org',
    microCredential: 'cultivating-belonging',
    outcome: 'earned',
    daysAgo: 15,
  },
  {
    educator: 'omar.haddad@example.org',
    microCredential: 'proactive-family-communication',
    outcome: 'in_progress',
    daysAgo: 2,
  },
];
