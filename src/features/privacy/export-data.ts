import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { MicroCredentialContent } from '../../contracts/micro-credential.js';
import type { AttemptSummary, CriterionFeedback } from '../../contracts/submissions.js';
import type { ArtifactsTable, AttemptsTable } from '../../db/schema.js';
import type { Deps } from '../../server/deps.js';
import { requireAuth, type Auth } from '../auth/auth-context.js';
import * as credentials from '../credentials/credentials.repository.js';
import { sanitizeFilename } from '../submissions/artifact-rules.js';
import { presentSubmission, presentSummary } from '../submissions/submissions.presenter.js';
import * as submissions from '../submissions/submissions.repository.js';

/** A zip being streamed: its name, its exact size when known (for Content-Length), its bytes. */
export type DataExport = { filename: string; size: number | null; stream: Readable };

type Entry = { path: string; text: string } | { path: string; blob: string; size: number };

/** Names unique within one folder of the zip, as "name (2).ext" after the first. */
function namer() {
  const taken = new Set<string>();
  return (name: string) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const quote = (text: string) =>
  text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

const README = (name: string, at: string) => `Your data from microcred
========================

Exported for ${name} on ${at}.

profile.json                   your account and your roles
submissions/<micro-credential>/submission.json
                               each submission: status, dates, appeal
submissions/<...>/attempt-N/answers.md and answers.json
                               what you wrote and the evidence you gave, attempt by attempt
submissions/<...>/attempt-N/feedback.md and feedback.json
                               the assessor's scores and feedback, once decided
submissions/<...>/attempt-N/evidence/
                               the files you uploaded, under their original names
credentials/<id>.json          each credential you earned, exactly as signed (Open Badges 3.0);
                               <id>.jwt is the same credential as a VC-JWT

Evidence your organization deleted after its retention period is listed as deleted; the
credentials it led to are kept and still verify.
`;

/** One attempt's answers and evidence as Markdown, with the evidence files' places in the zip. */
function answersMarkdown(
  content: MicroCredentialContent,
  attempt: AttemptsTable,
  evidence: { artifact: ArtifactsTable; file: string | null }[],
) {
  const answers = JSON.parse(attempt.answers) as {
    part1?: Record<string, string>;
    part3?: Record<string, string>;
  };
  const out = [`# ${content.title}: attempt ${attempt.number}`, ''];
  out.push(
    `Status: ${attempt.status}${attempt.decision ? ` (${attempt.decision === 'earned' ? 'earned' : 'not yet'})` : ''}`,
  );
  if (attempt.submitted_at) out.push(`Submitted: ${attempt.submitted_at}`);
  if (attempt.decided_at) out.push(`Decided: ${attempt.decided_at}`);
  const part = (
    title: string,
    questions: { id: string; prompt: string }[],
    given?: Record<string, string>,
  ) => {
    out.push('', `## ${title}`);
    for (const q of questions) out.push('', `### ${q.prompt}`, '', given?.[q.id]?.trim() || '(no answer)');
  };
  part('Part 1', content.requirements.part1.questions, answers.part1);
  out.push('', '## Part 2: evidence');
  for (const req of content.requirements.part2.artifacts) {
    out.push('', `### ${req.title}`, '');
    const mine = evidence.filter((e) => e.artifact.requirement_id === req.id);
    if (!mine.length) out.push('(none)');
    for (const { artifact: a, file } of mine) {
      if (a.purged_at)
        out.push(`- ${a.title} (${a.kind}): deleted under the retention rule on ${a.purged_at}`);
      else if (a.kind === 'link') out.push(`- ${a.title}: ${a.url ?? ''}`);
      else if (a.kind === 'text') out.push(`- ${a.title}:`, '', quote(a.text ?? ''), '');
      else out.push(`- ${a.title}: ${file ? `evidence/${file}` : '(the file is missing from storage)'}`);
    }
  }
  part('Part 3', content.requirements.part3.questions, answers.part3);
  if (attempt.resubmission_note) out.push('', '## Resubmission note', '', attempt.resubmission_note);
  return `${out.join('\n')}\n`;
}

function feedbackMarkdown(title: string, attempt: AttemptSummary, feedback: CriterionFeedback[]) {
  const out = [`# Feedback on ${title}: attempt ${attempt.number}`, ''];
  out.push(`Decision: ${attempt.decision === 'earned' ? 'earned' : 'not yet'} (${attempt.decidedAt ?? ''})`);
  for (const f of feedback)
    out.push('', `## ${f.criterionTitle}: ${f.levelLabel}`, '', f.feedback.trim() || '(no comment)');
  return `${out.join('\n')}\n`;
}

/** Everything the signed-in user's export holds, read from the database (files stay in the store). */
async function collect(
  { db, blobs, clock, config }: Pick<Deps, 'db' | 'blobs' | 'clock' | 'config'>,
  a: Auth,
) {
  const at = clock.now().toISOString();
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'created_at'])
    .where('id', '=', a.userId)
    .executeTakeFirstOrThrow();
  const entries: Entry[] = [
    { path: 'README.txt', text: README(user.name, at) },
    {
      path: 'profile.json',
      text: json({
        id: user.id,
        name: user.name,
        email: user.email,
        createdAt: user.created_at,
        roles: a.memberships.map((m) => ({ organization: m.orgName, kind: m.orgKind, role: m.role })),
        exportedAt: at,
      }),
    },
  ];
  const summaries = await submissions.listForEducator(db, a.userId);
  const ids = summaries.map((s) => s.id);
  const [extra, attempts, appeals] = ids.length
    ? await Promise.all([
        db
          .selectFrom('submissions as s')
          .innerJoin('micro_credentials as m', 'm.id', 's.micro_credential_id')
          .innerJoin('micro_credential_versions as v', 'v.id', 's.version_id')
          .select(['s.id', 's.created_at', 'm.slug', 'v.version'])
          .where('s.id', 'in', ids)
          .execute(),
        db.selectFrom('attempts').selectAll().where('submission_id', 'in', ids).orderBy('number').execute(),
        db
          .selectFrom('appeals')
          .select(['attempt_id', 'status', 'reason', 'created_at', 'decided_at'])
          .where('educator_id', '=', a.userId)
          .execute(),
      ])
    : [[], [], []];
  const attemptIds = attempts.map((t) => t.id);
  const [reviews, artifacts] = await Promise.all([
    submissions.reviewsOfAttempts(db, attemptIds),
    attemptIds.length
      ? db
          .selectFrom('artifacts')
          .selectAll()
          .where('attempt_id', 'in', attemptIds)
          .orderBy('position')
          .orderBy('created_at')
          .orderBy('id')
          .execute()
      : [],
  ]);
  const folder = namer();
  for (const row of [...summaries].reverse()) {
    const meta = extra.find((e) => e.id === row.id)!;
    const content = JSON.parse(row.content) as MicroCredentialContent;
    const mine = attempts.filter((t) => t.submission_id === row.id);
    const current = mine[mine.length - 1];
    if (!current) continue;
    const appeal = appeals.find((x) => mine.some((t) => t.id === x.attempt_id));
    const view = presentSubmission({
      appeal,
      summary: presentSummary(row),
      version: { id: row.version_id, version: Number(meta.version) },
      content,
      attempts: mine,
      reviews,
      artifacts: artifacts.filter((f) => f.attempt_id === current.id),
      now: clock.now(),
      resubmitWindowDays: config.resubmitWindowDays,
      uploadLimits: config.uploadLimits,
    });
    const dir = `submissions/${folder(meta.slug)}`;
    const summariesOfAttempts = view.attempts;
    entries.push({
      path: `${dir}/submission.json`,
      text: json({
        id: view.id,
        status: view.status,
        microCredential: {
          id: view.microCredential.id,
          title: view.microCredential.title,
          version: view.microCredential.version,
          issuer: view.microCredential.issuer,
        },
        startedAt: meta.created_at,
        updatedAt: view.updatedAt,
        submittedAt: view.submittedAt,
        decidedAt: view.decidedAt,
        credentialId: view.credentialId,
        appeal: view.appeal,
        attempts: summariesOfAttempts,
      }),
    });
    for (const attempt of mine) {
      const base = `${dir}/attempt-${attempt.number}`;
      const files = namer();
      const evidence = [];
      for (const artifact of artifacts.filter((f) => f.attempt_id === attempt.id)) {
        let file: string | null = null;
        if (artifact.blob_sha256 && !artifact.purged_at && (await blobs.exists(artifact.blob_sha256))) {
          file = files(sanitizeFilename(artifact.filename ?? artifact.title));
          entries.push({
            path: `${base}/evidence/${file}`,
            blob: artifact.blob_sha256,
            size: Number(artifact.size_bytes ?? 0),
          });
        }
        evidence.push({ artifact, file });
      }
      entries.push({ path: `${base}/answers.md`, text: answersMarkdown(content, attempt, evidence) });
      entries.push({
        path: `${base}/answers.json`,
        text: json({
          number: attempt.number,
          status: attempt.status,
          submittedAt: attempt.submitted_at,
          decidedAt: attempt.decided_at,
          decision: attempt.decision,
          answers: JSON.parse(attempt.answers) as unknown,
          attestation: JSON.parse(attempt.attestation) as unknown,
          resubmissionNote: attempt.resubmission_note,
          evidence: evidence.map(({ artifact: f, file }) => ({
            requirementId: f.requirement_id,
            kind: f.kind,
            title: f.title,
            text: f.text,
            url: f.url,
            file: file ? `evidence/${file}` : null,
            contentType: f.content_type,
            size: f.size_bytes,
            purgedAt: f.purged_at,
          })),
        }),
      });
      const summary = summariesOfAttempts.find((s) => s.number === attempt.number);
      if (summary?.feedback?.length) {
        entries.push({ path: `${base}/feedback.json`, text: json(summary.feedback) });
        entries.push({
          path: `${base}/feedback.md`,
          text: feedbackMarkdown(content.title, summary, summary.feedback),
        });
      }
    }
  }
  for (const c of await credentials.listForEducator(db, a.userId)) {
    entries.push({ path: `credentials/${c.id}.json`, text: c.document });
    if (c.jwt) entries.push({ path: `credentials/${c.id}.jwt`, text: c.jwt });
  }
  return { entries, at };
}

/**
 * The signed-in user's own data as a zip, streamed: the metadata is read first (small), then the
 * zip is written as it is read, each evidence file opened from the blob store only when its turn
 * comes. Nothing is stored uncompressed-and-whole in memory, and, as nothing is compressed (the
 * evidence mostly is already), the zip's size is known before the first byte, so browsers show
 * real progress.
 */
export async function exportMyData(
  deps: Pick<Deps, 'db' | 'blobs' | 'clock' | 'log' | 'config'>,
  auth: Auth | null,
): Promise<DataExport> {
  const a = requireAuth(auth);
  const { entries, at } = await collect(deps, a);
  const zip = new ZipFile();
  const mtime = new Date(at);
  for (const e of entries) {
    if ('text' in e) zip.addBuffer(Buffer.from(e.text, 'utf8'), e.path, { mtime, compress: false });
    else
      zip.addReadStreamLazy(e.path, { mtime, compress: false, size: e.size }, (done) =>
        done(null, deps.blobs.open(e.blob)),
      );
  }
  const stream = zip.outputStream as Readable;
  // A file that cannot be read halfway through ends the download as failed, never as a short zip.
  zip.on('error', (err: Error) => {
    deps.log.error({ err, userId: a.userId }, 'a data export failed while streaming');
    stream.destroy(err);
  });
  const size = await new Promise<number>((resolve) =>
    // yazl calls back with the total size (-1 when unknown); @types/yazl leaves the argument out.
    zip.end({ forceZip64Format: false, comment: '' }, ((total: number) => resolve(total)) as () => void),
  );
  return {
    filename: `microcred-export-${at.slice(0, 10)}.zip`,
    size: size >= 0 ? size : null,
    stream,
  };
}
