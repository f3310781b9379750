import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import type { App } from '../../server/http.js';
import { authFor, buildOrg, buildUser } from '../../test-support/factories.js';
import { signIn } from '../../test-support/http.js';
import { createTestDeps, type TestDeps } from '../../test-support/test-deps.js';
import { importRoster, type RosterActor } from './import-roster.js';
import type { RosterFiles } from './roster-files.js';

let deps: TestDeps;
let app: App;
let district: { id: string; slug: string };
let otherDistrict: { id: string };
let districtAdmin: RosterActor;
let otherAdminCookie: string;
let adminCookie: string;
let returning: { id: string; email: string };

const HEADER = 'email,first_name,last_name,school_id,role,staff_id\n';
const csv = (body: string, name = 'staff.csv'): RosterFiles => ({
  format: 'csv',
  name,
  staff: () => Readable.from([Buffer.from(HEADER + body)]),
});
const oneRoster = (orgs: string, users: string): RosterFiles => ({
  format: 'oneroster',
  name: 'oneroster',
  orgs: () => Readable.from([Buffer.from(orgs)]),
  users: () => Readable.from([Buffer.from(users)]),
});

beforeAll(async () => {
  deps = await createTestDeps();
  app = await buildApp(deps, { logger: false, serveWeb: false });
  const platform = await buildOrg(deps.db, 'platform', 'Platform');
  const state = await buildOrg(deps.db, 'state', 'State');
  district = await buildOrg(deps.db, 'district', 'North District', state.id);
  otherDistrict = await buildOrg(deps.db, 'district', 'South District', state.id);
  const north1 = await buildOrg(deps.db, 'school', 'North Elementary', district.id);
  const north2 = await buildOrg(deps.db, 'school', 'North Middle', district.id);
  const south = await buildOrg(deps.db, 'school', 'South High', otherDistrict.id);
  for (const [id, ext] of [
    [district.id, 'ND'],
    [north1.id, 'NE-1'],
    [north2.id, 'NM-2'],
    [south.id, 'SH-9'],
  ] as const)
    await deps.db.updateTable('organizations').set({ external_id: ext }).where('id', '=', id).execute();
  const admin = await buildUser(deps.db, { roles: [['district_admin', district.id]] });
  districtAdmin = await authFor(deps.db, admin.id);
  const otherAdmin = await buildUser(deps.db, { roles: [['district_admin', otherDistrict.id]] });
  const platformAdmin = await buildUser(deps.db, { roles: [['platform_admin', platform.id]] });
  returning = await buildUser(deps.db, { email: 'kim.lee@example.test', name: 'Kim Lee' });
  otherAdminCookie = await signIn(app, otherAdmin.email);
  adminCookie = await signIn(app, platformAdmin.email);
});
afterAll(async () => {
  await app.close();
  await deps.close();
});

const run = (files: RosterFiles, dryRun = false, org = district.id, actor: RosterActor = districtAdmin) =>
  importRoster(deps, actor, { org, files, dryRun });

describe('importing a staff CSV', () => {
  const TERM1 =
    'ana@example.test,Ana,Ortiz,NE-1,educator,S1\n' +
    'kim.lee@example.test,Kim,Lee,nm-2,teacher,S2\n' +
    'ben@example.test,"=HYPERLINK(""http://evil.test"",""Ben"")",Ng,NE-1,,S3\n';

  it('previews without writing, then creates, and re-importing the same file changes nothing', async () => {
    const preview = await run(csv(TERM1), true);
    expect(preview.applied).toBe(false);
    expect(preview.counts).toMatchObject({ created: 3, rejected: 0, existingAccounts: 1 });
    expect(await deps.db.selectFrom('roster_entries').select('source_id').execute()).toEqual([]);

    const first = await run(csv(TERM1));
    expect(first.applied).toBe(true);
    expect(first.counts).toMatchObject({ created: 3, changed: 0, deactivated: 0 });
    const ben = await deps.db
      .selectFrom('users')
      .select(['name', 'status', 'password_hash'])
      .where('email', '=', 'ben@example.test')
      .executeTakeFirstOrThrow();
    // Kept literally, never evaluated; a new person has no password and is invited.
    expect(ben).toEqual({
      name: '=HYPERLINK("http://evil.test","Ben") Ng',
      status: 'invited',
      password_hash: null,
    });
    const kim = await deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'kim.lee@example.test')
      .execute();
    expect(kim).toEqual([{ id: returning.id }]);

    const again = await run(csv(TERM1));
    expect(again.counts).toMatchObject({ created: 0, changed: 0, deactivated: 0, unchanged: 3 });
  });

  it('changes what changed, and deactivates departed staff without deleting them or their credentials', async () => {
    const ana = await deps.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'ana@example.test')
      .executeTakeFirstOrThrow();
    // A credential row stands for everything the person earned; the roster must never remove it.
    const credentials = await deps.db
      .selectFrom('credentials')
      .select('id')
      .where('educator_id', '=', ana.id)
      .execute();
    const next = await run(
      csv('kim.lee@example.test,Kim,Lee,NE-1,educator,S2\nben@example.test,Ben,Ng,NE-1,educator,S3\n'),
    );
    expect(next.counts).toMatchObject({ created: 0, changed: 2, deactivated: 1, rejected: 0 });
    expect(next.changed.find((c) => c.email === 'kim.lee@example.test')?.reason).toContain(
      'North Middle → North Elementary',
    );
    expect(next.deactivated).toEqual([
      expect.objectContaining({
        email: 'ana@example.test',
        line: null,
        reason: expect.stringContaining('departed'),
      }),
    ]);
    const anaNow = await deps.db
      .selectFrom('users')
      .select('status')
      .where('id', '=', ana.id)
      .executeTakeFirstOrThrow();
    expect(anaNow.status).toBe('deactivated');
    expect(
      await deps.db.selectFrom('memberships').select('id').where('user_id', '=', ana.id).execute(),
    ).toEqual([]);
    expect(
      await deps.db.selectFrom('credentials').select('id').where('educator_id', '=', ana.id).execute(),
    ).toEqual(credentials);
    const entry = await deps.db
      .selectFrom('roster_entries')
      .select('status')
      .where('user_id', '=', ana.id)
      .executeTakeFirstOrThrow();
    expect(entry.status).toBe('departed');
    const kimRoles = await deps.db
      .selectFrom('memberships as m')
      .innerJoin('organizations as o', 'o.id', 'm.org_id')
      .select(['o.name', 'm.role'])
      .where('m.user_id', '=', returning.id)
      .execute();
    expect(kimRoles).toEqual([{ name: 'North Elementary', role: 'educator' }]);
  });

  it('rejects bad lines with their line and reason, and then applies nothing', async () => {
    const r = await run(
      csv(
        'new1@example.test,New,One,NE-1,educator,N1\n' +
          'not-an-email,Bad,Email,NE-1,educator,N2\n' +
          'new1@example.test,Dup,Email,NE-1,educator,N3\n' +
          'new4@example.test,No,School,XX-0,educator,N4\n' +
          'new5@example.test,Other,District,SH-9,educator,N5\n' +
          'new6@example.test,Odd,Role,NE-1,wizard,N6\n' +
          'new7@example.test,Short,Line\n',
      ),
    );
    expect(r.applied).toBe(false);
    expect(r.allRejected.map((l) => [l.line, l.reason])).toEqual([
      [3, '"not-an-email" is not an email address'],
      [4, 'the email new1@example.test is also on line 2'],
      [5, 'no school in North District has the id "XX-0"'],
      [6, 'the school "SH-9" is South High, which is not part of North District'],
      [7, expect.stringContaining('the role "wizard" is unknown')],
      [8, 'the line has 3 cells but the header has 6'],
    ]);
    expect(
      await deps.db.selectFrom('users').select('id').where('email', '=', 'new1@example.test').execute(),
    ).toEqual([]);
    const partial = await importRoster(deps, districtAdmin, {
      org: district.id,
      files: csv('new1@example.test,New,One,NE-1,educator,N1\nbad,B,E,NE-1,educator,N2\n'),
      dryRun: false,
      allowPartial: true,
    });
    expect(partial).toMatchObject({ applied: true, counts: { created: 1, rejected: 1 } });
  });

  it('refuses a file with missing columns, naming them, before anything else', async () => {
    const files: RosterFiles = {
      format: 'csv',
      name: 'x.csv',
      staff: () => Readable.from([Buffer.from('email,first_name\na@b.c,A\n')]),
    };
    await expect(run(files, false, 'no-such-org')).rejects.toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringContaining('missing the columns last_name, school_id'),
    });
  });

  it("refuses another district's admin and hides the district", async () => {
    const other = await authFor(
      deps.db,
      (await buildUser(deps.db, { roles: [['district_admin', otherDistrict.id]] })).id,
    );
    await expect(run(csv(TERM1), true, district.id, other)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const history = await app.inject({
      url: `/api/v1/admin/roster/imports?orgId=${district.id}`,
      headers: { cookie: otherAdminCookie },
    });
    expect(history.statusCode).toBe(404);
    const educator = await authFor(
      deps.db,
      (await buildUser(deps.db, { roles: [['educator', district.id]] })).id,
    );
    await expect(run(csv(TERM1), true, district.id, educator)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('importing OneRoster files', () => {
  const ORGS =
    'sourcedId,status,name,type,identifier,parentSourcedId\n' +
    'o-d,active,North District,district,ND,\n' +
    'o-1,active,North Elementary,school,NE-1,o-d\n' +
    'o-2,active,North Middle School Campus,school,NM-2,o-d\n';
  const USERS =
    'sourcedId,status,enabledUser,orgSourcedIds,role,givenName,familyName,email\n' +
    'u1,active,true,o-1,teacher,Lena,Berg,lena@example.test\n' +
    'u2,active,true,o-d,administrator,Omar,Said,omar@example.test\n' +
    'u3,active,true,o-2,student,Kid,Pupil,kid@example.test\n' +
    'u4,tobedeleted,false,o-1,teacher,Gone,Away,gone@example.test\n';

  it('maps roles and schools, leaves students out, and is idempotent', async () => {
    const r = await run(oneRoster(ORGS, USERS), false, district.slug);
    expect(r.counts).toMatchObject({ created: 2, skipped: 2, rejected: 0 });
    expect(r.created.map((c) => [c.email, c.school, c.role])).toEqual([
      ['lena@example.test', 'North Elementary', 'educator'],
      ['omar@example.test', 'North District', 'district_admin'],
    ]);
    const again = await run(oneRoster(ORGS, USERS), false, district.slug);
    expect(again.counts).toMatchObject({ created: 0, changed: 0, deactivated: 0, unchanged: 2 });
    // Lena leaves (status tobedeleted): deactivated, not deleted.
    const gone = await run(
      oneRoster(ORGS, USERS.replace('u1,active,true', 'u1,tobedeleted,false')),
      false,
      district.slug,
    );
    expect(gone.counts).toMatchObject({ deactivated: 1, changed: 0 });
    expect(
      await deps.db
        .selectFrom('users')
        .select('status')
        .where('email', '=', 'lena@example.test')
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: 'deactivated' });
  });

  it('rejects an unknown school in orgs.csv and the people in it', async () => {
    const r = await run(
      oneRoster(
        ORGS + 'o-x,active,Nowhere Academy,school,NA-0,o-d\n',
        USERS + 'u9,active,true,o-x,teacher,Ina,Ko,ina@example.test\n',
      ),
      true,
      district.slug,
    );
    expect(r.allRejected.map((l) => [l.file, l.line, l.reason])).toEqual([
      ['orgs.csv', 5, expect.stringContaining('no organization in North District has the id "o-x"')],
      ['users.csv', 6, 'the organization "o-x" was rejected in orgs.csv'],
    ]);
  });

  it('the route takes multipart uploads and keeps a history', async () => {
    const boundary = 'roster-boundary';
    const part = (name: string, value: string, filename?: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n` +
      (filename ? 'Content-Type: text/csv\r\n' : '') +
      `\r\n${value}\r\n`;
    const body =
      part('orgId', district.id) +
      part('dryRun', 'true') +
      part('file', ORGS, 'orgs.csv') +
      part('file', USERS, 'users.csv') +
      `--${boundary}--\r\n`;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/roster/imports',
      headers: { cookie: adminCookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ format: 'oneroster', dryRun: true, applied: false });
    const history = await app.inject({
      url: `/api/v1/admin/roster/imports?orgId=${district.id}`,
      headers: { cookie: adminCookie },
    });
    expect(history.json().items[0]).toMatchObject({ format: 'oneroster', dryRun: true });
    const csvRes = await app.inject({
      url: `/api/v1/admin/roster/imports/${res.json().id}/report.csv`,
      headers: { cookie: adminCookie },
    });
    expect(csvRes.headers['content-type']).toContain('text/csv');
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/admin/roster/imports',
      headers: { cookie: adminCookie, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload:
        part('orgId', district.id) +
        part('file', 'email,name\nx@y.z,X\n', 'staff.csv') +
        `--${boundary}--\r\n`,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({
      code: 'INVALID_FILE',
      details: { missing: ['first_name', 'last_name', 'school_id'] },
    });
  });
});
