import type { Db } from '../src/db/database.js';
import type { AttemptsTable, ReviewsTable, SubmissionsTable, UsersTable } from '../src/db/schema.js';
import { DAY_MS, ID_SPACE, insertRows, spread, syntheticId } from './assessment-bulk.js';
import type { BenchMicroCredential, World } from './assessment-world.js';

/** Decided submissions of one kind: the measured issuer's recent ones, or older history. */
export interface DecidedWork {
  /** Id phase of every row made (distinct per call). */
  phase: number;
  microCredentials: BenchMicroCredential[];
  /** Exactly this many completed reviews are made. */
  reviews: number;
  /** Who scored submission `s`; `second`: the other scorer of a double-scored attempt. */
  assessorFor: (s: number, mc: BenchMicroCredential, second: boolean) => string;
  completedAt: (s: number) => Date;
}

/** Submissions generated at a time. */
const CHUNK = 10_000;
/**
 * Chunks per transaction. On SQLite each commit writes every index page it touched to the WAL and
 * a checkpoint copies them back; with rows scattered over the indexes, 100,000 submissions a
 * commit loaded a million reviews in 80 s where 10,000 took 133 s.
 */
const CHUNKS_PER_TRANSACTION = 10;

interface DecidedRows {
  users: UsersTable[];
  submissions: SubmissionsTable[];
  attempts: AttemptsTable[];
  reviews: ReviewsTable[];
}

/**
 * Decided work as rows, `CHUNK` submissions at a time: per submission one educator's single
 * attempt, decided, with one completed review, or two when double-scored (one in ten; one pair in
 * five disagrees). Educators are new users, each submitting once to each micro-credential, as the
 * one-open-submission rule allows.
 */
function* decidedRows(work: DecidedWork, at: string): Generator<DecidedRows> {
  const mcs = work.microCredentials;
  let s = 0;
  let made = 0;
  let educators = 0;
  while (made < work.reviews) {
    const rows: DecidedRows = { users: [], submissions: [], attempts: [], reviews: [] };
    for (const end = s + CHUNK; s < end && made < work.reviews; s++) {
      const educator = Math.floor(s / mcs.length);
      for (; educators <= educator; educators++) {
        rows.users.push({
          id: syntheticId(ID_SPACE.user, work.phase, educators),
          email: `history-${work.phase}-${educators}@bench.example`,
          name: `Educator ${work.phase}-${educators}`,
          password_hash: null,
          status: 'active',
          created_at: at,
        });
      }
      const mc = mcs[s % mcs.length]!;
      const completed = work.completedAt(s).toISOString();
      const assignedMs = Date.parse(completed) - (1 + spread(s, 3) * 6) * DAY_MS;
      const submitted = new Date(assignedMs - 3_600_000).toISOString();
      const decision = s % 7 === 3 ? 'not_yet' : 'earned';
      const submissionId = syntheticId(ID_SPACE.submission, work.phase, s);
      const attemptId = syntheticId(ID_SPACE.attempt, work.phase, s);
      const doubleScored = s % 10 === 9 && work.reviews - made >= 2;
      rows.submissions.push({
        id: submissionId,
        educator_id: syntheticId(ID_SPACE.user, work.phase, educator),
        micro_credential_id: mc.id,
        version_id: mc.versionId,
        status: decision,
        attempt_number: 1,
        created_at: submitted,
        updated_at: completed,
        submitted_at: submitted,
        decided_at: completed,
      });
      rows.attempts.push({
        id: attemptId,
        submission_id: submissionId,
        number: 1,
        status: 'decided',
        answers: '{"part1":{},"part3":{}}',
        resubmission_note: null,
        attestation: '{"ownWork":true,"studentPrivacy":true}',
        revision: 3,
        decision,
        created_at: submitted,
        updated_at: completed,
        submitted_at: submitted,
        decided_at: completed,
        double_scored: Number(doubleScored),
      });
      for (const second of doubleScored ? [false, true] : [false]) {
        const own = second && s % 50 === 49 ? (decision === 'earned' ? 'not_yet' : 'earned') : decision;
        rows.reviews.push({
          id: syntheticId(ID_SPACE.review, work.phase, made++),
          attempt_id: attemptId,
          assessor_id: work.assessorFor(s, mc, second),
          status: 'completed',
          scores: own === 'earned' ? mc.scores.earned : mc.scores.notYet,
          decision: own,
          assigned_at: new Date(assignedMs).toISOString(),
          updated_at: completed,
          completed_at: completed,
          kind: second ? 'second' : 'primary',
          issuer_id: mc.issuerId,
          micro_credential_id: mc.id,
          due_at: new Date(assignedMs + 7 * DAY_MS).toISOString(),
          ended_at: null,
          overdue_alerted_at: null,
        });
      }
    }
    yield rows;
  }
}

/** Inserts decided work (see `decidedRows`) as synthetic rows. Returns the reviews made. */
export async function insertDecidedWork(
  db: Db,
  world: World,
  work: DecidedWork,
  onProgress?: (reviews: number) => void,
): Promise<number> {
  const chunks = decidedRows(work, world.now.toISOString());
  let made = 0;
  let reported = 0;
  for (let done = false; !done;) {
    await db.transaction().execute(async (trx) => {
      for (let n = 0; n < CHUNKS_PER_TRANSACTION; n++) {
        const next = chunks.next();
        if (next.done) {
          done = true;
          return;
        }
        const rows = next.value;
        await insertRows(trx, 'users', rows.users);
        await insertRows(trx, 'submissions', rows.submissions);
        await insertRows(trx, 'attempts', rows.attempts);
        await insertRows(trx, 'reviews', rows.reviews);
        made += rows.reviews.length;
        if (made - reported >= 100_000) {
          reported = made;
          onProgress?.(made);
        }
      }
    });
  }
  return made;
}

/** A scorer for submission `s`, evenly at random; the second scorer is never the first. */
function pick<T>(scorers: T[], s: number, second: boolean): T {
  const first = Math.floor(spread(s, 1) * scorers.length);
  const other = 1 + Math.floor(spread(s, 2) * (scorers.length - 1));
  return scorers[second ? (first + other) % scorers.length : first]!;
}

/** Reviews in the dashboard window that the measured assessor completed, most recent first. */
export const MEASURED_RECENT = 60;

/**
 * The measured issuer's recent activity, the same at every size: `reviews` completed in the last
 * 85 days by its pool, the measured assessor's 60 of them in the last 25 days.
 */
export const recentWork = (world: World, reviews: number): DecidedWork => ({
  phase: 2,
  microCredentials: world.issuerMicroCredentials,
  reviews,
  assessorFor: (s, _mc, second) =>
    !second && s < MEASURED_RECENT ? world.measured.id : pick(world.pool, s, second).id,
  completedAt: (s) =>
    new Date(
      world.now.getTime() - (s < MEASURED_RECENT ? (s + 1) * 10 * 3_600_000 : (1 + spread(s) * 84) * DAY_MS),
    ),
});

/**
 * History: reviews completed 400 days to five years ago, across all four issuers' micro-credentials.
 * The measured issuer's share is scored by its pool (the measured assessor included), the others'
 * by their own assessors.
 */
export function historyWork(world: World, phase: number, reviews: number): DecidedWork {
  const scorersOf = new Map([...world.otherAssessors, [world.issuerId, world.pool.map((m) => m.id)]]);
  return {
    phase,
    microCredentials: world.microCredentials,
    reviews,
    assessorFor: (s, mc, second) => pick(scorersOf.get(mc.issuerId)!, s, second),
    completedAt: (s) => new Date(world.now.getTime() - (400 + spread(s, phase) * 1426) * DAY_MS),
  };
}
