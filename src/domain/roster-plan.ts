/**
 * The roster plan: what importing a file would do, decided from the file's lines and what earlier
 * imports recorded (`roster_entries` of the organization), with no I/O. Lines are offered one at a
 * time as they stream in; each lands in exactly one bucket:
 *
 * - create: a source id the organization has never imported;
 * - change: known, but the line says something else than last time (or the person had departed);
 * - unchanged: known and the same as last time;
 * - deactivate: marked inactive in the file while active here (also, at the end, everyone active
 *   here whom the file no longer lists: departed staff, with no line);
 * - skip: left out on purpose (students, people inactive here and in the file);
 * - reject: a line that cannot be used, with its reason.
 *
 * A duplicate email or source id is rejected on its second line, naming the first. A rejected line
 * that names a known person keeps that person from being counted as departed.
 */

export type ExistingEntry = {
  sourceId: string;
  userId: string;
  fingerprint: string;
  status: 'active' | 'departed';
};

export type OfferedLine<P> = {
  line: number;
  sourceId: string;
  email: string;
  fingerprint: string;
  active: boolean;
  /** Whatever the caller needs to apply the line (names, organizations, role). */
  payload: P;
};

export type Rejection = { line: number; reason: string; label: string };
export type Skip = { line: number; reason: string; label: string };
export type Departure = { line: number | null; entry: ExistingEntry; label: string };
export type Change<P> = OfferedLine<P> & { previous: ExistingEntry };

export type RosterPlan<P> = {
  lines: number;
  /** How many lines (or departures) each bucket holds; the lists below may keep only the first few. */
  counts: { create: number; change: number; deactivate: number; skip: number };
  create: OfferedLine<P>[];
  change: Change<P>[];
  /** How many lines changed nothing, and the first few of them. */
  unchanged: number;
  unchangedSample: OfferedLine<P>[];
  deactivate: Departure[];
  skip: Skip[];
  reject: Rejection[];
};

export type Bucket = 'create' | 'change' | 'unchanged' | 'deactivate' | 'skip' | 'reject';

const SAMPLE = 50;

export class RosterPlanner<P> {
  private readonly emails = new Map<string, number>();
  private readonly sources = new Map<string, number>();
  private readonly plan: RosterPlan<P> = {
    lines: 0,
    counts: { create: 0, change: 0, deactivate: 0, skip: 0 },
    create: [],
    change: [],
    unchanged: 0,
    unchangedSample: [],
    deactivate: [],
    skip: [],
    reject: [],
  };
  private finished = false;

  /**
   * `keep` bounds the created, changed and skipped lines the plan holds (the counts stay whole):
   * a caller that applies lines as it reads them keeps only what it shows, so a plan for 100,000
   * people needs no more memory than one for 100. Rejections are always kept whole.
   */
  constructor(
    private readonly existing: ReadonlyMap<string, ExistingEntry>,
    private readonly keep = Infinity,
  ) {}

  private hold<T>(list: T[], item: T, key: keyof RosterPlan<P>['counts']) {
    this.plan.counts[key]++;
    if (list.length < this.keep) list.push(item);
  }

  /** A line that cannot be used; `sourceId`, when known, keeps that person from departing. */
  reject(line: number, reason: string, label: string, sourceId?: string): Bucket {
    this.plan.lines++;
    if (sourceId && !this.sources.has(sourceId)) this.sources.set(sourceId, line);
    this.plan.reject.push({ line, reason, label });
    return 'reject';
  }

  /** A line left out on purpose; `sourceId`, when known, keeps that person from departing. */
  skip(line: number, reason: string, label: string, sourceId?: string): Bucket {
    this.plan.lines++;
    if (sourceId && !this.sources.has(sourceId)) this.sources.set(sourceId, line);
    this.hold(this.plan.skip, { line, reason, label }, 'skip');
    return 'skip';
  }

  offer(row: OfferedLine<P>): Bucket {
    if (this.finished) throw new Error('the plan is finished');
    const sameSource = this.sources.get(row.sourceId);
    if (sameSource !== undefined)
      return this.reject(row.line, `the id "${row.sourceId}" is also on line ${sameSource}`, row.email);
    const sameEmail = this.emails.get(row.email);
    if (sameEmail !== undefined)
      return this.reject(
        row.line,
        `the email ${row.email} is also on line ${sameEmail}`,
        row.email,
        row.sourceId,
      );
    this.plan.lines++;
    this.sources.set(row.sourceId, row.line);
    this.emails.set(row.email, row.line);
    const previous = this.existing.get(row.sourceId);
    if (!row.active) {
      if (previous?.status === 'active') {
        // Departures are kept whole: the caller applies them after the lines.
        this.plan.counts.deactivate++;
        this.plan.deactivate.push({ line: row.line, entry: previous, label: row.email });
        return 'deactivate';
      }
      this.hold(this.plan.skip, { line: row.line, reason: 'inactive in the file', label: row.email }, 'skip');
      return 'skip';
    }
    if (!previous) {
      this.hold(this.plan.create, row, 'create');
      return 'create';
    }
    if (previous.status !== 'active' || previous.fingerprint !== row.fingerprint) {
      this.hold(this.plan.change, { ...row, previous }, 'change');
      return 'change';
    }
    this.plan.unchanged++;
    if (this.plan.unchangedSample.length < SAMPLE) this.plan.unchangedSample.push(row);
    return 'unchanged';
  }

  /** The plan, with everyone active here whom the file did not mention as departed. */
  finish(labelOf: (e: ExistingEntry) => string = (e) => e.sourceId): RosterPlan<P> {
    if (!this.finished) {
      this.finished = true;
      for (const entry of this.existing.values()) {
        if (entry.status === 'active' && !this.sources.has(entry.sourceId)) {
          this.plan.counts.deactivate++;
          this.plan.deactivate.push({ line: null, entry, label: labelOf(entry) });
        }
      }
    }
    return this.plan;
  }
}

/** Departures above this share of the active roster (and above DEPARTURE_FLOOR) need confirming. */
export const DEPARTURE_SHARE = 0.25;
export const DEPARTURE_FLOOR = 10;

/**
 * Whether deactivating `leaving` of `active` people needs a person to confirm it: more than a
 * quarter of the roster and more than ten people (a truncated export looks exactly like that).
 */
export function departureCheck(leaving: number, active: number): { confirm: boolean } {
  return { confirm: leaving > DEPARTURE_FLOOR && leaving > active * DEPARTURE_SHARE };
}

/**
 * What the entries become once a plan is applied (for tests and for reasoning about idempotence):
 * created and changed lines are active with the line's fingerprint, deactivated ones departed.
 */
export function entriesAfter<P>(
  existing: ReadonlyMap<string, ExistingEntry>,
  plan: RosterPlan<P>,
  userIdOf: (line: OfferedLine<P>) => string,
): Map<string, ExistingEntry> {
  const next = new Map(existing);
  for (const c of plan.create)
    next.set(c.sourceId, {
      sourceId: c.sourceId,
      userId: userIdOf(c),
      fingerprint: c.fingerprint,
      status: 'active',
    });
  for (const c of plan.change)
    next.set(c.sourceId, { ...c.previous, fingerprint: c.fingerprint, status: 'active' });
  for (const d of plan.deactivate) next.set(d.entry.sourceId, { ...d.entry, status: 'departed' });
  return next;
}
