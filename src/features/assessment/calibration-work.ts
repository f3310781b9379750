import type { CalibrationTask } from '../../contracts/assessment.js';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { Score } from '../../contracts/reviews.js';
import type { Deps } from '../../server/deps.js';
import { notFound } from '../../server/errors.js';
import { orgsWithRole, requireAuth, type Auth } from '../auth/auth-context.js';
import { checkScores } from '../reviews/assigned-review.js';
import { blindEvidence } from '../reviews/reviews.presenter.js';
import * as submissions from '../submissions/submissions.repository.js';
import { recordCalibration } from './calibration.js';
import { loadSettings } from './settings.js';

/**
 * An assessor's calibration work: for each micro-credential with anchors in the pools they belong
 * to, their qualification and the anchors with their own agreement so far.
 */
export async function listCalibration(
  { db }: Pick<Deps, 'db'>,
  auth: Auth | null,
): Promise<CalibrationTask[]> {
  const a = requireAuth(auth);
  const issuers = orgsWithRole(a, 'assessor');
  if (!issuers.length) return [];
  const [anchors, quals, mine] = await Promise.all([
    db
      .selectFrom('anchors as x')
      .innerJoin('micro_credentials as m', 'm.id', 'x.micro_credential_id')
      .innerJoin('micro_credential_versions as v', 'v.id', 'm.current_version_id')
      .innerJoin('organizations as o', 'o.id', 'x.issuer_id')
      .select([
        'x.id',
        'x.title',
        'x.micro_credential_id',
        'x.issuer_id',
        'v.title as mc_title',
        'o.name as issuer_name',
      ])
      .where('x.issuer_id', 'in', issuers)
      .where('x.retired_at', 'is', null)
      .orderBy('v.title')
      .orderBy('x.created_at')
      .execute(),
    db
      .selectFrom('assessor_qualifications')
      .select(['micro_credential_id', 'status', 'agreement_percent'])
      .where('assessor_id', '=', a.userId)
      .execute(),
    db
      .selectFrom('calibration_scores')
      .select(['anchor_id', 'agreement_percent'])
      .where('assessor_id', '=', a.userId)
      .execute(),
  ]);
  const qualOf = new Map(quals.map((q) => [q.micro_credential_id, q]));
  const scoreOf = new Map(mine.map((m) => [m.anchor_id, m.agreement_percent]));
  const tasks = new Map<string, CalibrationTask>();
  for (const x of anchors) {
    let task = tasks.get(x.micro_credential_id);
    if (!task) {
      const q = qualOf.get(x.micro_credential_id);
      const settings = await loadSettings(db, x.issuer_id);
      task = {
        microCredential: { id: x.micro_credential_id, title: x.mc_title, issuerName: x.issuer_name },
        status: q?.status ?? 'unscored',
        agreementPercent: q?.agreement_percent ?? null,
        requiredPercent: settings.calibrationMinPercent,
        anchors: [],
      };
      tasks.set(x.micro_credential_id, task);
    }
    task.anchors.push({
      id: x.id,
      title: x.title,
      scored: scoreOf.has(x.id),
      agreementPercent: scoreOf.get(x.id) ?? null,
    });
  }
  return [...tasks.values()].filter((t) => t.status !== 'removed');
}

/** An anchor for an assessor of its issuer's pool: blind evidence and rubric, never the reference. */
async function loadAnchorFor(db: Deps['db'], auth: Auth | null, anchorId: string) {
  const a = requireAuth(auth);
  const anchor = await db
    .selectFrom('anchors as x')
    .innerJoin('attempts as t', 't.id', 'x.attempt_id')
    .innerJoin('submissions as s', 's.id', 't.submission_id')
    .innerJoin('micro_credential_versions as v', 'v.id', 's.version_id')
    .select([
      'x.id',
      'x.title',
      'x.issuer_id',
      'x.micro_credential_id',
      'x.attempt_id',
      't.answers',
      'v.title as mc_title',
      'v.content',
    ])
    .where('x.id', '=', anchorId)
    .where('x.retired_at', 'is', null)
    .executeTakeFirst();
  if (!anchor || !orgsWithRole(a, 'assessor').includes(anchor.issuer_id)) throw notFound('That anchor');
  return { a, anchor, content: JSON.parse(anchor.content) as MicroCredentialContent };
}

export async function getCalibrationAnchor({ db }: Pick<Deps, 'db'>, auth: Auth | null, anchorId: string) {
  const { a, anchor, content } = await loadAnchorFor(db, auth, anchorId);
  const [artifacts, mine] = await Promise.all([
    submissions.listArtifacts(db, anchor.attempt_id),
    db
      .selectFrom('calibration_scores')
      .select('scores')
      .where('anchor_id', '=', anchorId)
      .where('assessor_id', '=', a.userId)
      .executeTakeFirst(),
  ]);
  return {
    id: anchor.id,
    title: anchor.title,
    microCredential: { id: anchor.micro_credential_id, title: anchor.mc_title, content },
    evidence: blindEvidence(anchor.answers, artifacts),
    myScores: mine ? (JSON.parse(mine.scores) as Score[]) : [],
  };
}

export async function scoreCalibrationAnchor(
  { db, clock }: Pick<Deps, 'db' | 'clock'>,
  auth: Auth | null,
  anchorId: string,
  scores: Score[],
) {
  return db.transaction().execute(async (trx) => {
    const { a, anchor, content } = await loadAnchorFor(trx, auth, anchorId);
    checkScores(content, scores, { complete: true, feedback: false });
    return recordCalibration(trx, clock.now().toISOString(), {
      issuerId: anchor.issuer_id,
      microCredentialId: anchor.micro_credential_id,
      anchorId,
      assessorId: a.userId,
      scores,
    });
  });
}
