import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { importRoster, type RosterActor } from './import-roster.js';
import type { RosterFiles } from './roster-files.js';

/** What keeps one organization's roster from harming people it does not govern, or itself. */

let deps: TestDeps;
let north: { id: string };
let south: { id: string };
let southSchool: { id: string };
let northAdmin: RosterActor;
let southAdmin: RosterActor;

const HEADER = 'email,first_name,last_name,school_id,role,staff_id\n';
const csv = (body: string): RosterFiles => ({
  format: 'csv',
  name: 'staff.csv',
  staff: () => Readable.from([Buffer.from(HEADER + body)]),
});
const run = (
  actor: RosterActor,
  org: string,
  body: string,
  opts: { dryRun?: boolean; allowPartial?: boolean; allowDepartures?: boolean } = {},
) => importRoster(deps, actor, { org, files: csv(body), dryRun: false, ...opts });

const userByEmail = (email: string) =>
  deps.db
    .selectFrom('users')
    .select(['id', 'name', 'status'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
const membershipsOf = (userId: string) =>
  deps.db.selectFrom('memberships').select(['org_id', 'role']).where('user_id', '=', userId).execute();

beforeAll(async () => {
  deps = await createTestDeps();
  const state = await buildOrg(deps.db, 'state', 'State');
  north = await buildOrg(deps.db, 'district', 'North District', state.id);
  south = await buildOrg(deps.db, 'district', 'South District', state.id);
  southSchool = await buildOrg(deps.db, 'school', 'South High', south.id);
  northAdmin = await authFor(
    deps.db,
    (await buildUser(deps.db, { roles: [['district_admin', north.id]] })).id,
  );
  southAdmin = await authFor(
    deps.db,
    (await buildUser(deps.db, { roles: [['district_admin', south.id]] })).id,
  );
});
afterAll(async () => {
  await deps.close();
});

describe("another district's people", () => {
  it('does not bring back an account another district deactivated', async () => {
    const victim = await buildUser(deps.db, {
      email: 'victim@south.test',
      name: 'Val Victim',
      roles: [['educator', southSchool.id]],
    });
    await deps.db.updateTable('users').set({ status: 'deactivated' }).where('id', '=', victim.id).execute();

    const r = await run(northAdmin, north.id, 'victim@south.test,Eve,Renamed,,educator,N1\n', {
      allowPartial: true,
    });
    expect(r.counts).toMatchObject({ created: 0, rejected: 1 });
    expect(r.rejected[0]?.reason).toContain('deactivated by another organization');
    expect(await userByEmail('victim@south.test')).toMatchObject({
      name: 'Val Victim',
      status: 'deactivated',
    });
    expect(await membershipsOf(victim.id)).toEqual([{ org_id: southSchool.id, role: 'educator' }]);
  });

  it('adds only the membership to an account another district governs, never renaming it', async () => {
    const shared = await buildUser(deps.db, {
      email: 'shared@south.test',
      name: 'Sam Shared',
      roles: [['educator', southSchool.id]],
    });
    const first = await run(northAdmin, north.id, 'shared@south.test,Sam,Shared,,educator,N2\n');
    expect(first.counts).toMatchObject({ created: 1, existingAccounts: 1 });
    expect((await membershipsOf(shared.id)).map((m) => m.org_id).sort()).toEqual(
      [north.id, southSchool.id].sort(),
    );

    const second = await run(northAdmin, north.id, 'shared@south.test,Mallory,Renamed,,educator,N2\n');
    expect(second.counts).toMatchObject({ changed: 1 });
    expect(await userByEmail('shared@south.test')).toMatchObject({ name: 'Sam Shared', status: 'active' });

    // South deactivates the account; North's next change neither renames nor brings it back.
    await deps.db.updateTable('users').set({ status: 'deactivated' }).where('id', '=', shared.id).execute();
    const third = await run(northAdmin, north.id, 'shared@south.test,Mallory,Again,,educator,N2\n', {
      allowPartial: true,
    });
    expect(third.counts).toMatchObject({ changed: 0, rejected: 1, deactivated: 0 });
    expect(await userByEmail('shared@south.test')).toMatchObject({
      name: 'Sam Shared',
      status: 'deactivated',
    });
  });

  it("renames and brings back the district's own people", async () => {
    await run(
      southAdmin,
      south.id,
      'own@south.test,Olga,Own,,educator,S1\nkeep@south.test,Kay,Keep,,educator,S2\n',
    );
    await run(southAdmin, south.id, 'keep@south.test,Kay,Keep,,educator,S2\n');
    expect(await userByEmail('own@south.test')).toMatchObject({ status: 'deactivated' });
    await run(
      southAdmin,
      south.id,
      'own@south.test,Olga,Owen,,educator,S1\nkeep@south.test,Kay,Keep,,educator,S2\n',
    );
    expect(await userByEmail('own@south.test')).toMatchObject({ name: 'Olga Owen', status: 'invited' });
  });
});

describe('departures that look like a mistake', () => {
  let district: { id: string };
  const people = (n: number, from = 0) =>
    Array.from({ length: n }, (_, i) => `p${i + from}@big.test,P,${i + from},,educator,B${i + from}\n`).join(
      '',
    );

  beforeAll(async () => {
    district = await buildOrg(deps.db, 'district', 'Big District');
    await run('operator', district.id, people(20));
  });

  it('refuses to apply a file that lists nobody, and a dry run says why', async () => {
    await expect(run('operator', district.id, '', { allowDepartures: true })).rejects.toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringContaining('lists nobody'),
    });
    const preview = await run('operator', district.id, '', { dryRun: true });
    expect(preview.counts.deactivated).toBe(20);
    expect(preview.departureWarning).toContain('deactivate all 20');
    const active = await deps.db
      .selectFrom('roster_entries')
      .select('source_id')
      .where('org_id', '=', district.id)
      .where('status', '=', 'active')
      .execute();
    expect(active).toHaveLength(20);
  });

  it('applies many departures only when they are confirmed', async () => {
    const preview = await run('operator', district.id, people(5), { dryRun: true });
    expect(preview.needsDepartureConfirmation).toBe(true);
    await expect(run('operator', district.id, people(5))).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      message: expect.stringMatching(/deactivate 15 of the 20 .*Allow these departures/),
    });
    const small = await run('operator', district.id, people(16), { dryRun: true });
    expect(small.needsDepartureConfirmation).toBe(false);
    const done = await run('operator', district.id, people(5), { allowDepartures: true });
    expect(done).toMatchObject({ applied: true, counts: { deactivated: 15 } });
  });

  it('keeps the person of a line with the wrong number of cells from departing', async () => {
    const d = await buildOrg(deps.db, 'district', 'Short District');
    await run('operator', d.id, 'a@short.test,Al,A,,educator,X1\nb@short.test,Bo,B,,educator,X2\n');
    const r = await run(
      'operator',
      d.id,
      'a@short.test,Al,A,,educator,X1\nb@short.test,Bo,B,,educator,extra,X2\n',
      {
        allowPartial: true,
      },
    );
    expect(r.counts).toMatchObject({ rejected: 1, deactivated: 0 });
    expect(r.rejected[0]).toMatchObject({ email: 'b@short.test' });
    expect(await userByEmail('b@short.test')).toMatchObject({ status: 'invited' });
  });
});

describe('two imports into one organization at once', () => {
  it('applies one and refuses the other with a conflict', async () => {
    const d = await buildOrg(deps.db, 'district', 'Busy District');
    const body = 'c1@busy.test,C,One,,educator,C1\nc2@busy.test,C,Two,,educator,C2\n';
    const results = await Promise.allSettled([run('operator', d.id, body), run('operator', d.id, body)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected');
    expect(failed?.reason).toMatchObject({ code: 'CONFLICT' });
    const entries = await deps.db
      .selectFrom('roster_entries')
      .select('source_id')
      .where('org_id', '=', d.id)
      .execute();
    expect(entries).toHaveLength(2);
  });
});

describe('the route', () => {
  it('refuses many departures with 422 and applies them with allowDepartures=true', async () => {
    const app = await buildApp(deps, { logger: false, serveWeb: false });
    try {
      const d = await buildOrg(deps.db, 'district', 'Route District');
      const adminUser = await buildUser(deps.db, { roles: [['district_admin', d.id]] });
      const cookie = await signIn(app, adminUser.email);
      const all = Array.from({ length: 12 }, (_, i) => `r${i}@route.test,R,${i},,educator,R${i}\n`).join('');
      const boundary = 'b0undary';
      const part = (name: string, value: string, filename?: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n` +
        (filename ? 'Content-Type: text/csv\r\n' : '') +
        `\r\n${value}\r\n`;
      const post = (body: string, allow: string | null) =>
        app.inject({
          method: 'POST',
          url: '/api/v1/admin/roster/imports',
          headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
          payload:
            part('orgId', d.id) +
            part('dryRun', 'false') +
            (allow ? part('allowDepartures', allow) : '') +
            part('file', HEADER + body, 'staff.csv') +
            `--${boundary}--\r\n`,
        });
      expect((await post(all, null)).statusCode).toBe(201);
      const refused = await post(all.split('\n')[0]! + '\n', null);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().error.message).toContain('deactivate 11 of the 12');
      const confirmed = await post(all.split('\n')[0]! + '\n', 'true');
      expect(confirmed.statusCode).toBe(201);
      expect(confirmed.json().counts.deactivated).toBe(11);
    } finally {
      await app.close();
    }
  });
});
