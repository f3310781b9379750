import { AliasNode, SelectQueryNode, TableNode, type KyselyPlugin, type OperationNode } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/database.js';
import { revisionsToDrop } from '../../domain/draft-thinning.js';
import type { Auth } from '../auth/auth-context.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { publishSample } from '../../test-support/publish.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { THIN_EVERY } from './draft-versions.js';
import { loadOwnSubmission } from './own-submission.js';
import { saveSubmissionDraft } from './save-submission-draft.js';
import { startSubmission } from './start-submission.js';
import * as repo from './submissions.repository.js';

/** What an autosave costs the database: which tables each statement read, as they run. */
function counting(db: Db) {
  const reads: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node }) => {
      if (SelectQueryNode.is(node)) reads.push(tablesOf(node).sort().join(','));
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  return { db: db.withPlugin(plugin), reads };
}
/** The tables a query reads from (its FROM and JOINs). */
function tablesOf(node: SelectQueryNode): string[] {
  const name = (n: OperationNode): string =>
    AliasNode.is(n) ? name(n.node) : TableNode.is(n) ? n.table.identifier.name : '(subquery)';
  return [...(node.from?.froms ?? []), ...(node.joins ?? []).map((j) => j.table)].map(name);
}

let deps: TestDeps;
let educator: Auth;
let mcId: string;

beforeAll(async () => {
  deps = await createTestDeps();
  const school = await buildOrg(deps.db, 'school', 'Version School');
  const issuer = await buildOrg(deps.db, 'issuer', 'Version Institute');
  const admin = await buildUser(deps.db, { roles: [['issuer_admin', issuer.id]] });
  const user = await buildUser(deps.db, { roles: [['educator', school.id]] });
  educator = await authFor(deps.db, user.id);
  mcId = (await publishSample(deps, await authFor(deps.db, admin.id), issuer.id)).id;
});
afterAll(async () => {
  await deps.close();
});

const history = async (submissionId: string) => {
  const own = await loadOwnSubmission(deps.db, educator, submissionId);
  return repo.listDraftRevisions(deps.db, own.attempt.id);
};
/** What thinning would still drop now: what it has not got to yet. */
const lagging = async (submissionId: string) =>
  revisionsToDrop(
    (await history(submissionId)).map((h) => ({ revision: h.revision, savedAt: h.saved_at })),
    deps.clock.now(),
  );
// Each test starts its own submission; it is withdrawn after the test, passed or failed.
let started: string | undefined;
const start = async () => (started = (await startSubmission(deps, educator, mcId)).id);
afterEach(async () => {
  if (started) await repo.updateSubmission(deps.db, started, { status: 'withdrawn' });
  started = undefined;
});

describe('draft versions as autosaves come', () => {
  it('reads the history to thin it on every tenth save only, never more than nine saves behind', async () => {
    deps.clock.set('2026-11-04T08:00:00Z');
    const id = await start();
    const { db, reads } = counting(deps.db);
    let revision = 0;
    // Typing on and off for 15 minutes: a save every 20 seconds.
    for (let n = 1; n <= 45; n++) {
      reads.length = 0;
      revision = (
        await saveSubmissionDraft({ db, clock: deps.clock }, educator, id, {
          revision,
          answers: { part1: { context: `Draft number ${n}.` } },
        })
      ).revision;
      const thinned = reads.some((r) => r === 'draft_revisions');
      expect(thinned, `save ${n}`).toBe(revision % THIN_EVERY === 0);
      expect((await lagging(id)).length, `save ${n}`).toBeLessThan(THIN_EVERY);
      if (thinned) expect(await lagging(id), `save ${n}`).toEqual([]);
      deps.clock.advance(20_000);
    }
    // After a pause of a minute or more, the next save thins at once.
    deps.clock.advance(5 * 60_000);
    await saveSubmissionDraft(deps, educator, id, { revision, answers: { part1: { context: 'Back.' } } });
    expect(await lagging(id)).toEqual([]);
  });

  it('keeps a draft saved before it had any history as its first version', async () => {
    deps.clock.set('2026-11-05T08:00:00Z');
    const id = await start();
    const own = await loadOwnSubmission(deps.db, educator, id);
    // As a draft autosaved before versions were kept: revision 3, nothing in draft_revisions.
    await repo.updateAttempt(deps.db, own.attempt.id, {
      revision: 3,
      answers: JSON.stringify({ part1: { context: 'Written before history.' }, part3: {} }),
    });
    deps.clock.advance(10_000);
    await saveSubmissionDraft(deps, educator, id, { revision: 3, answers: { part1: { context: 'Now.' } } });
    const kept = await history(id);
    expect(kept.map((h) => h.revision)).toEqual([4, 3]);
    const first = await repo.findDraftRevision(deps.db, own.attempt.id, 3);
    expect(JSON.parse(first!.answers)).toMatchObject({ part1: { context: 'Written before history.' } });
  });

  it('reads a version’s content once and shares it frozen, so no caller can change it', async () => {
    deps.clock.set('2026-11-06T08:00:00Z');
    const id = await start();
    const { db, reads } = counting(deps.db);
    const first = await loadOwnSubmission(db, educator, id);
    reads.length = 0;
    const again = await loadOwnSubmission(db, educator, id);
    expect(reads).toEqual(['attempts,submissions']);
    expect(again.content).toBe(first.content);
    expect(Object.isFrozen(first.content.requirements.part1.questions[0])).toBe(true);
    expect(() => {
      (first.content.requirements.part1.questions as unknown[]).push({});
    }).toThrow(TypeError);
  });
});
