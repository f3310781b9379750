import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import { buildOrg } from '../test-support/factories.js';
import { importCommand } from './import-roster.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-cli-roster-'));
const databaseUrl = `sqlite:${path.join(dir, 'db.sqlite')}`;
const staff = path.join(dir, 'staff.csv');
let district: { id: string; slug: string };

beforeAll(async () => {
  const handle = openDatabase(databaseUrl);
  await migrateToLatest(handle.db);
  const state = await buildOrg(handle.db, 'state', 'State');
  district = await buildOrg(handle.db, 'district', 'Lake District', state.id);
  const school = await buildOrg(handle.db, 'school', 'Lake School', district.id);
  await handle.db
    .updateTable('organizations')
    .set({ external_id: 'LS-1' })
    .where('id', '=', school.id)
    .execute();
  await handle.close();
  fs.writeFileSync(
    staff,
    'email,first_name,last_name,school_id,role,staff_id\n' +
      'a@example.test,Ann,Lake,LS-1,educator,1\n' +
      'b@example.test,Bo,Lake,LS-1,educator,2\n',
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importCommand(
    args,
    { databaseUrl },
    { log: (s) => out.push(s), error: (s) => err.push(s) },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('microcred import roster', () => {
  it('previews, applies, and a second run changes nothing (the only district is used)', async () => {
    const dry = await cli('roster', staff, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toMatch(/dry run: nothing was written/);
    expect(dry.out).toMatch(/would create\s+2/);
    const applied = await cli('roster', staff, '--org', district.slug);
    expect(applied.out).toMatch(/created\s+2/);
    const again = await cli('roster', staff, `--org=${district.slug}`);
    expect(again.out).toMatch(/created\s+0/);
    expect(again.out).toMatch(/unchanged\s+2/);
  });

  it('exits 1 listing each rejected line, and writes nothing', async () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(
      bad,
      'email,first_name,last_name,school_id\nc@example.test,Cy,Lake,LS-1\nnope,No,Pe,LS-1\nd@example.test,Di,Lake,ZZ-9\n',
    );
    const r = await cli('roster', bad, '--org', district.slug);
    expect(r.code).toBe(1);
    expect(r.out).toContain('NOT applied');
    expect(r.out).toContain('bad.csv:3');
    expect(r.out).toContain('"nope" is not an email address');
    expect(r.out).toContain('no school in Lake District has the id "ZZ-9"');
  });

  it('exits 2 naming missing columns, bad usage and unknown organizations', async () => {
    const wrong = path.join(dir, 'wrong.csv');
    fs.writeFileSync(wrong, 'mail,name\n');
    const header = await cli('roster', wrong, '--org', 'nowhere');
    expect(header.code).toBe(2);
    expect(header.err).toContain('missing the columns email, first_name, last_name, school_id');
    expect((await cli('roster')).code).toBe(2);
    expect((await cli('roster', staff, '--bogus')).err).toContain('unknown option --bogus');
    const org = await cli('roster', staff, '--org', 'nowhere');
    expect(org).toMatchObject({ code: 2, err: expect.stringContaining('"nowhere" was not found') });
  });

  it('runs as a command through tsx', async () => {
    const run = promisify(execFile);
    const root = path.resolve(import.meta.dirname, '../..');
    const res = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'import', 'roster', staff, '--dry-run'],
      { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    expect(res.stdout).toMatch(/unchanged\s+2/);
    const failed = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'import', 'roster', path.join(dir, 'wrong.csv')],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('missing the columns') });
  }, 30_000);

  it('refuses an empty file and many departures unless --allow-departures', async () => {
    const handle = openDatabase(databaseUrl);
    const other = await buildOrg(handle.db, 'district', 'Hill District');
    await handle.close();
    const header = 'email,first_name,last_name,school_id,role,staff_id\n';
    const many = path.join(dir, 'many.csv');
    const few = path.join(dir, 'few.csv');
    const none = path.join(dir, 'none.csv');
    const line = (i: number) => `h${i}@example.test,H,${i},,educator,H${i}\n`;
    fs.writeFileSync(many, header + Array.from({ length: 12 }, (_, i) => line(i)).join(''));
    fs.writeFileSync(few, header + line(0));
    fs.writeFileSync(none, header);
    expect((await cli('roster', many, '--org', other.slug)).code).toBe(0);
    const empty = await cli('roster', none, '--org', other.slug, '--allow-departures');
    expect(empty).toMatchObject({ code: 2, err: expect.stringContaining('lists nobody') });
    const refused = await cli('roster', few, '--org', other.slug);
    expect(refused).toMatchObject({ code: 2, err: expect.stringContaining('deactivate 11 of the 12') });
    const dry = await cli('roster', few, '--org', other.slug, '--dry-run');
    expect(dry.out).toContain('--allow-departures');
    const done = await cli('roster', few, '--org', other.slug, '--allow-departures');
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/deactivated\s+11/);
  });
});
