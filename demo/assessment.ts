import type { AssessmentSettings } from '../src/contracts/assessment.js';

/**
 * How Lanternhill assesses in the demo: it scores attempts twice, calibrates its pool on anchor
 * submissions, and has half a year of history behind it. Northfield and Brightwater score once.
 * Everything here is carried out through the real use cases by src/features/demo/seed-assessment.ts.
 */

export const DOUBLE_SCORING_ISSUER = 'lanternhill-teaching-practice-institute';
export const LANTERNHILL_ADMIN = 'lanternhill-admin@example.org';

const TCR = 'teaching-classroom-routines';
const PFC = 'proactive-family-communication';
const SAC = 'structured-academic-conversations';
/** The micro-credentials with anchors, in the order planned attempts cycle through them. */
export const ANCHORED = [TCR, PFC, SAC] as const;

export const lanternhillSettings: Omit<AssessmentSettings, 'holidays'> = {
  slaBusinessDays: 5,
  graceBusinessDays: 2,
  // Every attempt is double-scored while a micro-credential has fewer than 40 decisions (the demo's
  // have about 20), then one in five.
  doubleScoreFirst: 40,
  doubleScorePercent: 20,
  calibrationMinPercent: 80,
  recalibrationBelowPercent: 70,
  resubmissionRouting: 'same',
  minNotYetFeedback: 60,
};

/**
 * Lanternhill's closure days, in days from the Monday of the week the demo is seeded (negative:
 * before it). Relative, so business-day arithmetic — and with it the whole history — comes out
 * the same whenever the demo is seeded.
 */
export const CLOSURE_DAYS = [-61, -26, 11];

/**
 * How an assessor calls the arguable criterion of a borderline submission: lenient scorers credit
 * it, strict ones do not and doubt a second criterion too, even ones call it as a senior would.
 */
export type Leaning = 'lenient' | 'even' | 'strict';

export type PoolPlan = {
  email: string;
  capacity: number;
  senior: boolean;
  leaning: Leaning;
  /** Business days they take to score a review. */
  paceDays: number;
  /** Micro-credentials whose anchors they scored in the annual calibration. */
  calibrated: readonly string[];
};

/**
 * The pool. Its members' schools decide conflicts of interest: Kwame Mensah and Aaron Feld teach
 * in Riverside, Elena Petrova and Tomás Rivera in Pine Ridge; the others belong to no district.
 */
export const lanternhillPool: readonly PoolPlan[] = [
  {
    email: 'senior-assessor@example.org',
    capacity: 5,
    senior: true,
    leaning: 'even',
    paceDays: 2,
    calibrated: ANCHORED,
  },
  {
    email: 'priya.shah@example.org',
    capacity: 8,
    senior: true,
    leaning: 'strict',
    paceDays: 3,
    calibrated: ANCHORED,
  },
  {
    email: 'kwame.mensah@example.org',
    capacity: 6,
    senior: true,
    leaning: 'lenient',
    paceDays: 3,
    calibrated: ANCHORED,
  },
  {
    email: 'riley.chen@example.org',
    capacity: 10,
    senior: false,
    leaning: 'lenient',
    paceDays: 3,
    calibrated: ANCHORED,
  },
  {
    email: 'elena.petrova@example.org',
    capacity: 10,
    senior: false,
    leaning: 'lenient',
    paceDays: 3,
    calibrated: ANCHORED,
  },
  {
    email: 'aaron.feld@example.org',
    capacity: 5,
    senior: false,
    leaning: 'strict',
    paceDays: 4,
    calibrated: ANCHORED,
  },
  // The demo's main assessor, who also scores for Northfield, has not calibrated on family
  // communication yet.
  {
    email: 'assessor@example.org',
    capacity: 4,
    senior: false,
    leaning: 'strict',
    paceDays: 4,
    calibrated: [TCR, SAC],
  },
];

/**
 * Away periods, in days from now (negative: past): Ruth Abernathy was at a conference last week;
 * Priya Shah is on leave for three weeks.
 */
export const AWAY = [
  { email: 'senior-assessor@example.org', from: -8, until: -4, setDaysAgo: 10 },
  { email: 'priya.shah@example.org', from: -3, until: 18, setDaysAgo: 5 },
];

/** Joined by invitation after the annual calibration: her calibration tab lists every anchor to score. */
export const NEW_ASSESSOR = {
  email: 'new-assessor@example.org',
  name: 'Ines Duarte',
  capacity: 4,
  invitedDaysAgo: 21,
  joinedDaysAgo: 20,
};

/**
 * `strong`: the strong response, every criterion demonstrated. The others use the borderline
 * response (demo/responses.ts): `weak` misses the arguable criterion in everyone's view;
 * `arguable-earned` and `arguable-not-yet` are where leanings part, and a senior's call settles it.
 */
export type Quality = 'strong' | 'weak' | 'arguable-earned' | 'arguable-not-yet';

/** When something happened: days before the seed week's Monday (history) or before now (current work). */
export type When = { daysBeforeWeek: number } | { daysAgo: number } | 'due-just-passed';

export type PlannedAttempt = {
  educator: string;
  microCredential: string;
  quality: Quality;
  submitted: When;
  /** The slower scorer finishes one business day late (flagged overdue, not reassigned). */
  late?: boolean;
  /** Scorers' decisions in the order they score, instead of their leanings (current work). */
  decisions?: ('earned' | 'not_yet')[];
  /**
   * Current work: when its reviews were scored, in days ago and in the order they were assigned
   * (faster scorers first); the reviews beyond these stay open.
   */
  scoredDaysAgo?: number[];
  /** The educator appeals the "not yet"; a senior decides, or has yet to. */
  appeal?: { filed: When; reason: string; decision?: 'earned' | 'not_yet' };
  /** The issuer makes an anchor of it once decided. */
  anchor?: string;
};

/**
 * Qualities of the main history, one row per round of the three anchored micro-credentials (in
 * ANCHORED order), repeating: mostly strong, with a weak and an arguable one of each now and then.
 */
const ROUNDS: [Quality, Quality, Quality][] = [
  ['strong', 'strong', 'strong'],
  ['arguable-not-yet', 'weak', 'strong'],
  ['strong', 'arguable-earned', 'weak'],
  ['weak', 'strong', 'arguable-not-yet'],
  ['arguable-earned', 'strong', 'strong'],
  ['strong', 'arguable-not-yet', 'arguable-earned'],
];

const ANCHOR_TITLES: Record<string, [string, string]> = {
  [TCR]: ['Carpet routine, first grade (A)', 'Carpet routine, first grade (B)'],
  [PFC]: ['Family messages, third grade (A)', 'Family messages, third grade (B)'],
  [SAC]: ['Character conversations, fifth grade (A)', 'Character conversations, fifth grade (B)'],
};

/** When the issuer sets up double scoring and its pool, makes anchors and runs the annual calibration. */
export const CALENDAR = {
  setupDaysBeforeWeek: 163,
  anchorsDaysBeforeWeek: 137,
  calibrationResetDaysBeforeWeek: 136,
  /** Each pool member scores the anchors a day after the previous one, from this day on. */
  calibrationFromDaysBeforeWeek: 133,
};

/**
 * Five months of double-scored attempts by the cohort, cycling through the anchored
 * micro-credentials so no educator starts one twice. The first six (a strong and a weak one per
 * micro-credential) become the anchors; after the calibration, one submission a week, two in the
 * last quarter.
 */
export function lanternhillHistory(educators: readonly string[]): PlannedAttempt[] {
  const early = [160, 158, 153, 151, 146, 144];
  const main: number[] = [];
  for (let week = 18; week >= 3; week--) {
    for (const weekday of week > 12 ? [2] : [1, 3]) main.push(7 * week - weekday);
  }
  let appealed = false;
  return [...early, ...main].map((daysBeforeWeek, slot) => {
    const microCredential = ANCHORED[slot % ANCHORED.length]!;
    const educator = educators[slot % educators.length]!;
    const submitted = { daysBeforeWeek };
    if (slot < early.length) {
      const strong = slot < ANCHORED.length;
      return {
        educator,
        microCredential,
        submitted,
        quality: strong ? 'strong' : 'weak',
        anchor: ANCHOR_TITLES[microCredential]![strong ? 0 : 1],
      };
    }
    const k = slot - early.length;
    const quality = ROUNDS[Math.floor(k / ANCHORED.length) % ROUNDS.length]![k % ANCHORED.length]!;
    const attempt: PlannedAttempt = { educator, microCredential, submitted, quality };
    if (k % 7 === 3) attempt.late = true;
    if (!appealed && attempt.quality === 'weak' && !attempt.late && daysBeforeWeek <= 45) {
      appealed = true;
      attempt.appeal = {
        filed: { daysBeforeWeek: daysBeforeWeek - 10 },
        reason:
          'My reflection does refer to the evidence: the log and the notes in Part 2 show the change I describe. I ask that a second reader look at them together.',
        decision: 'earned',
      };
    }
    return attempt;
  });
}

/** What is under way now, for a new user to find in the pages. */
export const currentWork: Record<
  'reassigned' | 'overdue' | 'adjudication' | 'halfScored' | 'appeal',
  PlannedAttempt
> = {
  // One scorer decided; the other let it run past the grace period, so it moved to someone else.
  reassigned: {
    educator: 'hannah.schmidt@example.org',
    microCredential: PFC,
    quality: 'strong',
    submitted: { daysAgo: 14 },
    scoredDaysAgo: [12],
  },
  // Due an hour or more ago and flagged to the admins; still within the grace period.
  overdue: {
    educator: 'omar.haddad@example.org',
    microCredential: TCR,
    quality: 'strong',
    submitted: 'due-just-passed',
    scoredDaysAgo: [4],
  },
  // Scored while Ruth Abernathy was away; the two disagree, and she (the senior free of conflicts
  // once Priya Shah is on leave) has the adjudication in her queue.
  adjudication: {
    educator: 'daniel.park@example.org',
    microCredential: SAC,
    quality: 'arguable-earned',
    submitted: { daysAgo: 6 },
    decisions: ['earned', 'not_yet'],
    scoredDaysAgo: [2.5, 2],
  },
  // One scorer has decided, the other has not yet.
  halfScored: {
    educator: 'luis.moreno@example.org',
    microCredential: SAC,
    quality: 'strong',
    submitted: { daysAgo: 2.5 },
    scoredDaysAgo: [1],
  },
  // Both scored "not yet"; the educator appealed yesterday, and Ruth Abernathy is to decide.
  appeal: {
    educator: 'grace.adeyemi@example.org',
    microCredential: PFC,
    quality: 'weak',
    submitted: { daysAgo: 7 },
    scoredDaysAgo: [5, 4.5],
    appeal: {
      filed: { daysAgo: 1 },
      reason:
        'The contact log in Part 2 shows every family reached at least twice, and my reflection describes what two families taught me about their children. I believe the partnership criterion is met.',
    },
  },
};

/** Feedback templates per criterion, offered on the review screen. */
export const feedbackTemplates: Record<string, Record<string, string[]>> = {
  [TCR]: {
    'measured-effect': [
      'Not yet: time the routine on at least three days before you teach it and five days after, the same way each time, so the two can be compared.',
    ],
    'reflection-on-routine': [
      'Use the numbers in your timing log to describe the effect, and name the students or moments that still need support.',
    ],
  },
  [PFC]: {
    'reach-every-family': [
      'Not yet: the log should show every family contacted, most more than once, with more positive contacts than concerns.',
    ],
    'reflection-on-partnership': [
      'Refer to your contact log: who replied, who did not, and what you will do differently to reach the families you missed.',
    ],
  },
  [SAC]: {
    'analysis-and-next-steps': [
      'Quote or point to moments in the recorded conversation where students used (or missed) the target skills, then plan from them.',
    ],
    'talk-to-writing': [
      'Show where the written responses reuse ideas or language from the conversation, for example by highlighting them.',
    ],
  },
};
