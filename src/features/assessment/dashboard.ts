import type { AssessmentDashboard } from '../../contracts/assessment.js';
import type { Score } from '../../contracts/reviews.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Queryable } from '../../db/database.js';
import { agreementSummary, criterionPairs, type LabelPair } from '../../domain/agreement.js';
import { turnaroundStats, type TurnaroundItem } from '../../domain/turnaround.js';
import { loadSettings } from './settings.js';

const DAY_MS = 86_400_000;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** Monday of the UTC week `iso` falls in, as 'YYYY-MM-DD'. */
const weekStart = (iso: string) => {
  const d = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};

/**
 * The issuer admin's assessment dashboard over the last `days`: backlog now, turnaround (median
 * and 90th percentile in business days, on-time share) for the pool and per assessor, and
 * inter-rater agreement (exact and Cohen's kappa on decisions; per criterion on levels) of
 * double-scored attempts. Reads only the window's reviews through the (issuer, completed_at)
 * index and open work through the (issuer, status, due_at) index, so its cost follows recent
 * activity, not the size of the whole history.
 */
export async function loadDashboard(
  db: Queryable,
  issuerId: string,
  now: Date,
  days: number,
): Promise<AssessmentDashboard> {
  const since = new Date(now.getTime() - days * DAY_MS).toISOString();
  const nowIso = now.toISOString();
  const [settings, waiting, open, overdueBy, done] = await Promise.all([
    loadSettings(db, issuerId),
    db
      .selectFrom('unassigned_reviews')
      .select([
        'micro_credential_id',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.min('created_at').as('oldest'),
      ])
      .where('issuer_id', '=', issuerId)
      .groupBy('micro_credential_id')
      .execute(),
    db
      .selectFrom('reviews')
      .select([
        'micro_credential_id',
        (eb) => eb.fn.countAll<number>().as('n'),
        (eb) => eb.fn.sum<number>(eb.case().when('due_at', '<', nowIso).then(1).else(0).end()).as('overdue'),
      ])
      .where('issuer_id', '=', issuerId)
      .where('status', '=', 'assigned')
      .groupBy('micro_credential_id')
      .execute(),
    // Open reviews already past due count as late in the on-time share.
    db
      .selectFrom('reviews as r')
      .innerJoin('users as u', 'u.id', 'r.assessor_id')
      .select(['r.assessor_id', 'u.name', (eb) => eb.fn.countAll<number>().as('n')])
      .where('r.issuer_id', '=', issuerId)
      .where('r.status', '=', 'assigned')
      .where('r.due_at', '<', nowIso)
      .groupBy(['r.assessor_id', 'u.name'])
      .execute(),
    db
      .selectFrom('reviews as r')
      .innerJoin('users as u', 'u.id', 'r.assessor_id')
      .select([
        'r.attempt_id',
        'r.assessor_id',
        'u.name as assessor_name',
        'r.kind',
        'r.decision',
        'r.scores',
        'r.assigned_at',
        'r.completed_at',
        'r.due_at',
        'r.micro_credential_id',
      ])
      .where('r.issuer_id', '=', issuerId)
      .where('r.completed_at', '>=', since)
      .where('r.status', '=', 'completed')
      .execute(),
  ]);

  const item = (r: (typeof done)[number]): TurnaroundItem => ({
    assignedAt: new Date(r.assigned_at),
    completedAt: new Date(r.completed_at!),
    dueAt: new Date(r.due_at ?? r.completed_at!),
  });

  // Double-scored pairs: the primary and second review of one attempt, both in the window.
  const byAttempt = new Map<string, { primary?: (typeof done)[number]; second?: (typeof done)[number] }>();
  for (const r of done) {
    if (r.kind !== 'primary' && r.kind !== 'second') continue;
    const entry = byAttempt.get(r.attempt_id) ?? {};
    entry[r.kind] = r;
    byAttempt.set(r.attempt_id, entry);
  }
  const pairs = [...byAttempt.values()].filter((p) => p.primary && p.second) as {
    primary: (typeof done)[number];
    second: (typeof done)[number];
  }[];
  const decisionPair = (p: (typeof pairs)[number]): LabelPair => [p.primary.decision!, p.second.decision!];

  const assessors = new Map<string, { name: string; items: TurnaroundItem[]; pairs: LabelPair[] }>();
  for (const r of done) {
    const a = assessors.get(r.assessor_id) ?? { name: r.assessor_name, items: [], pairs: [] };
    a.items.push(item(r));
    assessors.set(r.assessor_id, a);
  }
  for (const o of overdueBy) {
    if (!assessors.has(o.assessor_id)) assessors.set(o.assessor_id, { name: o.name, items: [], pairs: [] });
  }
  const overdueOf = new Map(overdueBy.map((o) => [o.assessor_id, Number(o.n)]));
  for (const p of pairs) {
    // Each scorer's agreement with the other on the decision.
    assessors.get(p.primary.assessor_id)!.pairs.push(decisionPair(p));
    assessors.get(p.second.assessor_id)!.pairs.push(decisionPair(p));
  }

  const mcIds = [...new Set(done.map((r) => r.micro_credential_id!))];
  const backlogByMc = new Map<string, { waiting: number; open: number; overdue: number }>();
  const backlogOf = (id: string) => {
    const b = backlogByMc.get(id) ?? { waiting: 0, open: 0, overdue: 0 };
    backlogByMc.set(id, b);
    return b;
  };
  for (const w of waiting) backlogOf(w.micro_credential_id).waiting = Number(w.n);
  for (const o of open)
    Object.assign(backlogOf(o.micro_credential_id!), { open: Number(o.n), overdue: Number(o.overdue) });
  const titled = [...new Set([...mcIds, ...backlogByMc.keys()])];
  const versions = titled.length
    ? await db
        .selectFrom('micro_credentials as m')
        .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
        .select(['m.id', 'v.title', 'v.content'])
        .where('m.id', 'in', titled)
        .execute()
    : [];
  const mcs = new Map(
    versions.map((v) => [v.id, { title: v.title, content: JSON.parse(v.content) as MicroCredentialContent }]),
  );

  // Every week of the window, empty ones too, so the chart's time axis is even.
  const weekly = new Map<string, { onTime: number; late: number }>();
  for (
    let t = now.getTime() - days * DAY_MS;
    weekStart(new Date(t).toISOString()) <= weekStart(nowIso);
    t += 7 * DAY_MS
  )
    weekly.set(weekStart(new Date(t).toISOString()), { onTime: 0, late: 0 });
  for (const r of done) {
    const w = weekStart(r.completed_at!);
    const bucket = weekly.get(w) ?? { onTime: 0, late: 0 };
    if (!r.due_at || r.completed_at! <= r.due_at) bucket.onTime++;
    else bucket.late++;
    weekly.set(w, bucket);
  }

  return {
    windowDays: days,
    backlog: {
      waiting: sum(waiting.map((w) => Number(w.n))),
      open: sum(open.map((o) => Number(o.n))),
      overdue: sum(open.map((o) => Number(o.overdue))),
      oldestWaitingSince: waiting.map((w) => w.oldest as string).sort()[0] ?? null,
      byMicroCredential: [...backlogByMc]
        .map(([id, b]) => ({ id, title: mcs.get(id)?.title ?? id, ...b }))
        .sort((x, y) => y.waiting + y.open - (x.waiting + x.open) || x.title.localeCompare(y.title)),
    },
    turnaround: turnaroundStats(done.map(item), settings.holidays, sum(overdueBy.map((o) => Number(o.n)))),
    byAssessor: [...assessors]
      .map(([id, a]) => ({
        id,
        name: a.name,
        ...turnaroundStats(a.items, settings.holidays, overdueOf.get(id) ?? 0),
        agreement: agreementSummary(a.pairs),
      }))
      .sort((x, y) => x.name.localeCompare(y.name)),
    byMicroCredential: mcIds
      .map((id) => {
        const mine = pairs.filter((p) => p.primary.micro_credential_id === id);
        return {
          id,
          title: mcs.get(id)?.title ?? id,
          agreement: agreementSummary(mine.map(decisionPair)),
          decided: new Set(done.filter((r) => r.micro_credential_id === id).map((r) => r.attempt_id)).size,
        };
      })
      .sort((x, y) => x.title.localeCompare(y.title)),
    byCriterion: mcIds.flatMap((id) => {
      const criteria = mcs.get(id)?.content.rubric.criteria ?? [];
      const mine = pairs.filter((p) => p.primary.micro_credential_id === id);
      return criteria.map((c) => ({
        microCredentialId: id,
        criterionId: c.id,
        title: c.title,
        agreement: agreementSummary(
          mine.flatMap((p) =>
            criterionPairs(
              (JSON.parse(p.primary.scores) as Score[]).filter((s) => s.criterionId === c.id),
              (JSON.parse(p.second.scores) as Score[]).filter((s) => s.criterionId === c.id),
            ),
          ),
        ),
      }));
    }),
    weekly: [...weekly].sort(([a], [b]) => a.localeCompare(b)).map(([w, b]) => ({ weekStart: w, ...b })),
  };
}
