import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { purgeExpiredEvidence } from './retention-sweep.js';
import { usePrivacyWorld } from './test-world.js';

const w = usePrivacyWorld();

/** Saves the response body as a zip and reads it with Info-ZIP's `unzip`. */
function unzipped(body: Buffer) {
  const file = path.join(w.deps.config.dataDir, `export-${Math.random().toString(36).slice(2)}.zip`);
  fs.writeFileSync(file, body);
  const names = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).trim().split('\n');
  const read = (name: string) => execFileSync('unzip', ['-p', file, name]);
  // `unzip -t` checks every entry's CRC: the zip is whole.
  execFileSync('unzip', ['-tq', file]);
  return { names, read, text: (name: string) => read(name).toString('utf8') };
}

const exportOf = async (cookie: string) => {
  const res = await w.call('GET', '/api/v1/me/export.zip', cookie);
  expect(res.statusCode).toBe(200);
  return res;
};

describe('exporting one’s own data', () => {
  it('streams a zip of the profile, every attempt, the feedback, the evidence files and the credentials', async () => {
    const { educator, otherEducator } = w.people;
    const plan = Buffer.from(`%PDF-1.4 my lesson plan ${Math.random()}`);
    const photo = Buffer.from(`a second file with the same name ${Math.random()}`);
    const earned = await w.decide(educator, {
      files: [
        { bytes: plan, name: 'Lesson plan.pdf' },
        { bytes: photo, name: 'lesson PLAN.pdf' },
      ],
    });
    const notYet = await w.decide(educator, { of: 'otherIssuer', earned: false });
    const theirs = await w.decide(otherEducator, {
      files: [{ bytes: Buffer.from(`their secret ${Math.random()}`), name: 'Their notes.pdf' }],
    });

    const res = await exportOf(educator.cookie);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="microcred-export-\d{4}-\d\d-\d\d\.zip"$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(Number(res.headers['content-length'])).toBe(res.rawPayload.length);
    const zip = unzipped(res.rawPayload);

    expect(zip.names).toContain('README.txt');
    const profile = JSON.parse(zip.text('profile.json')) as { id: string; name: string; email: string };
    expect(profile).toMatchObject({ id: educator.id, name: 'Dana Okafor', email: educator.email });

    const slug = (mcId: string) =>
      w.deps.db
        .selectFrom('micro_credentials')
        .select('slug')
        .where('id', '=', mcId)
        .executeTakeFirstOrThrow();
    const dir = `submissions/${(await slug(earned.mcId)).slug}/attempt-1`;
    expect(zip.names).toEqual(
      expect.arrayContaining([
        `submissions/${(await slug(earned.mcId)).slug}/submission.json`,
        `${dir}/answers.md`,
        `${dir}/answers.json`,
        `${dir}/feedback.md`,
        `${dir}/feedback.json`,
        `${dir}/evidence/Lesson plan.pdf`,
        `${dir}/evidence/lesson PLAN (2).pdf`,
        `submissions/${(await slug(notYet.mcId)).slug}/attempt-1/feedback.md`,
      ]),
    );
    // The files, byte for byte, from the blob store.
    expect(zip.read(`${dir}/evidence/Lesson plan.pdf`).equals(plan)).toBe(true);
    expect(zip.read(`${dir}/evidence/lesson PLAN (2).pdf`).equals(photo)).toBe(true);
    const answers = zip.text(`${dir}/answers.md`);
    expect(answers).toContain('## Part 1');
    expect(answers).toContain('evidence/Lesson plan.pdf');
    const json = JSON.parse(zip.text(`${dir}/answers.json`)) as { evidence: { file: string | null }[] };
    expect(json.evidence.map((e) => e.file)).toEqual(
      expect.arrayContaining(['evidence/Lesson plan.pdf', 'evidence/lesson PLAN (2).pdf']),
    );
    expect(zip.text(`${dir}/feedback.md`)).toContain('Clear, specific evidence of the practice.');
    expect(zip.text(`submissions/${(await slug(notYet.mcId)).slug}/attempt-1/feedback.md`)).toContain(
      'Decision: not yet',
    );

    // The credential exactly as stored, and its VC-JWT.
    const stored = await w.deps.db
      .selectFrom('credentials')
      .select(['document', 'jwt'])
      .where('id', '=', earned.credentialId!)
      .executeTakeFirstOrThrow();
    expect(zip.text(`credentials/${earned.credentialId}.json`)).toBe(stored.document);
    expect(zip.text(`credentials/${earned.credentialId}.jwt`)).toBe(stored.jwt);

    // Nothing of anyone else's.
    const everything = zip.names.map((n) => zip.read(n).toString('latin1')).join('\n');
    expect(everything).not.toContain('Their notes');
    expect(everything).not.toContain('their secret');
    expect(everything).not.toContain(otherEducator.id);
    expect(everything).not.toContain(theirs.submissionId);
    expect(zip.names.some((n) => n.includes(theirs.credentialId!))).toBe(false);
  });

  it('gives each person only their own, and an account with nothing yet a zip with its profile', async () => {
    const { assessor } = w.people;
    const zip = unzipped((await exportOf(assessor.cookie)).rawPayload);
    expect(zip.names.sort()).toEqual(['README.txt', 'profile.json']);
    expect((await w.call('GET', '/api/v1/me/export.zip')).statusCode).toBe(401);
  });

  it('sanitizes stored names and lists evidence deleted under retention as deleted', async () => {
    const { stateAdmin, otherEducator } = w.people;
    const decided = await w.decide(otherEducator, {
      of: 'otherIssuer',
      files: [{ bytes: Buffer.from(`x ${Math.random()}`), name: '../../etc/pass"wd\u0007.pdf' }],
    });
    const before = unzipped((await exportOf(otherEducator.cookie)).rawPayload);
    expect(before.names.every((n) => !n.split('/').includes('..'))).toBe(true);
    expect(before.names.some((n) => n.endsWith('/evidence/passwd.pdf'))).toBe(true);

    await w.call('PUT', `/api/v1/orgs/${w.orgs.otherDistrict.id}/retention`, stateAdmin.cookie, {
      months: 1,
    });
    await w.advance(40 * 86_400_000);
    expect((await purgeExpiredEvidence(w.deps)).attempts).toBeGreaterThan(0);
    const after = unzipped((await exportOf(otherEducator.cookie)).rawPayload);
    const slug = await w.deps.db
      .selectFrom('micro_credentials')
      .select('slug')
      .where('id', '=', decided.mcId)
      .executeTakeFirstOrThrow();
    const dir = `submissions/${slug.slug}/attempt-1`;
    expect(after.names.some((n) => n.startsWith(`${dir}/evidence/`))).toBe(false);
    expect(after.text(`${dir}/answers.md`)).toContain('deleted under the retention rule');
  });
});
