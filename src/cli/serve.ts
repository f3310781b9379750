import { DEMO_PASSWORD, DEMO_SIGN_INS } from '../../demo/people.js';
import { isEmpty, seedDemo } from '../features/demo/seed-demo.js';
import { ensureAllIssuerKeys } from '../features/issuance/issuer-keys.js';
import { sweepAssessment } from '../features/assessment/sweep.js';
import { sweepExpiredUploads } from '../features/evidence/resumable-uploads.js';
import { sweepNotifications } from '../features/notifications/notifications-sweep.js';
import { purgeExpiredEvidence } from '../features/privacy/retention-sweep.js';
import { migrateToLatest } from '../db/migrate.js';
import { buildApp } from '../server/app.js';
import { bootstrap } from '../server/bootstrap.js';
import type { Config } from '../server/config.js';
import type { Deps } from '../server/deps.js';

/** How often the server looks for overdue reviews and waiting work. */
const SWEEP_EVERY_MS = 60_000;
/** How often evidence past its organization's retention is deleted. */
const RETENTION_EVERY_MS = 60 * 60_000;

export async function serve(config: Config) {
  const deps = await bootstrap(config);
  const app = await buildApp(deps);
  const stop = async (code: number) => {
    await app.close();
    await deps.close();
    process.exit(code);
  };
  // Listen at once: /healthz answers 503 (and every other route 503 NOT_READY) until the schema is
  // migrated, the issuers have keys and, in demo mode, the demo is seeded.
  await app.listen({ port: config.port, host: config.host });
  deps.log.info(`microcred is serving ${config.publicUrl} (listening on ${config.host}:${config.port})`);
  try {
    await prepare(deps, config);
  } catch (err) {
    // Never linger half-started, answering 503 forever: say why and exit so a supervisor sees it.
    deps.log.fatal({ err }, 'start-up failed');
    await stop(1);
  }
  deps.readiness.ready = true;
  const sweep = setInterval(() => void everyMinute(deps), SWEEP_EVERY_MS);
  sweep.unref();
  const retention = setInterval(() => {
    purgeExpiredEvidence(deps, { limit: 200 })
      .then((r) => r.attempts && deps.log.info(r, 'evidence past retention deleted'))
      .catch((err: unknown) => deps.log.error({ err }, 'the retention sweep failed'));
  }, RETENTION_EVERY_MS);
  retention.unref();
  if (config.demo) {
    console.log(
      `\n  microcred demo at ${config.publicUrl}\n  Sign in as ${DEMO_SIGN_INS.join(', ')}\n  password: ${DEMO_PASSWORD}\n`,
    );
  }
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
}

/**
 * The server's housekeeping, each part on its own so one failing never stops the others: the
 * turnaround watch (overdue alerts, reassignment, the backlog), reminders and email delivery, and
 * unfinished uploads nobody came back for.
 */
async function everyMinute(deps: Deps) {
  const jobs: [string, () => Promise<unknown>][] = [
    ['assessment', () => sweepAssessment(deps.db, deps.clock.now())],
    ['notifications', () => sweepNotifications(deps)],
    ['expired uploads', () => sweepExpiredUploads(deps.blobs)],
  ];
  for (const [name, job] of jobs) {
    await job().catch((err: unknown) => deps.log.error({ err }, `the ${name} sweep failed`));
  }
}

/** Migrations, the demo seed on an empty database, issuer keys and waiting assignments. */
async function prepare(deps: Deps, config: Config) {
  const applied = await migrateToLatest(deps.db);
  if (applied.length) deps.log.info({ applied }, 'database migrated');
  if (config.demo && (await isEmpty(deps.db))) {
    const t0 = Date.now();
    deps.log.info('seeding the demo: organizations, catalog, people, submissions and credentials…');
    await seedDemo(deps);
    deps.log.info(`demo seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const now = new Date().toISOString();
  await ensureAllIssuerKeys(deps.db, deps.secret, now);
  // Work that waited for an assessor (say, one who joined while this instance was down), and
  // reviews that fell overdue meanwhile.
  await sweepAssessment(deps.db, new Date(now));
}
