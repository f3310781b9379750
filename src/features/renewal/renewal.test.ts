import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRenewalWorld, insertCredential } from './test-world.js';

let w: Awaited<ReturnType<typeof buildRenewalWorld>>;
let versionOf: Record<'formative' | 'management', string>;

const statePolicy = (over: object = {}) => ({
  orgId: w.orgs.state.id,
  name: 'Lakeland Professional Educator renewal',
  licenseTypes: ['Professional Educator'],
  counts: { mode: 'topics', values: ['formative-assessment'] },
  hoursMode: 'fixed',
  fixedHours: 6,
  capHours: 10,
  requiredHours: 60,
  cycleYears: 5,
  effectiveFrom: '2020-01-01',
  effectiveUntil: null,
  ...over,
});
const license = (over: object = {}) => ({
  stateId: w.orgs.state.id,
  licenseType: 'Professional Educator',
  number: 'PE-1001',
  issuedOn: '2024-09-01',
  expiresOn: '2029-09-01',
  ...over,
});

beforeAll(async () => {
  w = await buildRenewalWorld();
  const versions = await w.deps.db
    .selectFrom('micro_credential_versions')
    .select(['id', 'micro_credential_id'])
    .execute();
  const v = (mcId: string) => versions.find((x) => x.micro_credential_id === mcId)!.id;
  versionOf = { formative: v(w.mcs.formative.id), management: v(w.mcs.management.id) };
});
afterAll(async () => w.close());

const earn = (mc: 'formative' | 'management', issuedAt: string, over: object = {}) =>
  insertCredential(w.deps.db, {
    educatorId: w.people.educator.id,
    issuerId: w.orgs.issuer.id,
    microCredentialId: w.mcs[mc].id,
    versionId: versionOf[mc],
    title: mc === 'formative' ? 'Checking for Understanding' : '=HYPERLINK("http://x","y")',
    issuedAt,
    ...over,
  });

describe('renewal credit through the API', () => {
  let stateId: string;
  let districtId: string;

  it('answers a stable empty shape without a license', async () => {
    const res = await w.call('GET', '/api/v1/me/renewal', w.people.educator.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ policy: null, cycle: null, items: [], earnedHours: 0, license: null });
    expect(res.json().message).toMatch(/license/i);
    expect((await w.call('GET', '/api/v1/me/renewal')).statusCode).toBe(401);
  });

  it('records a license, refusing impossible dates and unknown states', async () => {
    const bad = [
      license({ issuedOn: '2025-02-30' }),
      license({ expiresOn: '2024-01-01' }),
      license({ stateId: w.orgs.district.id }),
      license({ issuedOn: '2030-01-01', expiresOn: null }),
      license({ issuedOn: 'yesterday' }),
    ];
    for (const body of bad) {
      const res = await w.call('POST', '/api/v1/me/licenses', w.people.educator.cookie, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toBeTruthy();
    }
    const ok = await w.call('POST', '/api/v1/me/licenses', w.people.educator.cookie, license());
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ stateName: 'Lakeland', number: 'PE-1001' });
    // Someone else's license is not there to change.
    const other = await w.call(
      'PUT',
      `/api/v1/me/licenses/${ok.json().id}`,
      w.people.otherEducator.cookie,
      license(),
    );
    expect(other.statusCode).toBe(404);
    const list = await w.call('GET', '/api/v1/me/licenses', w.people.educator.cookie);
    expect(list.json().items).toHaveLength(1);
    expect(list.json().states.map((s: { name: string }) => s.name)).toEqual(['Hillcrest', 'Lakeland']);
  });

  it('says when no policy covers the license yet', async () => {
    const res = await w.call('GET', '/api/v1/me/renewal', w.people.educator.cookie);
    expect(res.json()).toMatchObject({
      policy: null,
      items: [],
      license: { licenseType: 'Professional Educator' },
    });
    expect(res.json().message).toMatch(/No renewal policy of Lakeland/);
  });

  it('lets state and district admins define policies, refusing bad numbers and overlaps', async () => {
    for (const over of [{ capHours: -1 }, { fixedHours: null }, { cycleYears: 0 }, { requiredHours: -5 }]) {
      const res = await w.call(
        'POST',
        '/api/v1/admin/renewal/policies',
        w.people.stateAdmin.cookie,
        statePolicy(over),
      );
      expect(res.statusCode, JSON.stringify(over)).toBe(400);
    }
    const created = await w.call(
      'POST',
      '/api/v1/admin/renewal/policies',
      w.people.stateAdmin.cookie,
      statePolicy(),
    );
    expect(created.statusCode).toBe(201);
    stateId = created.json().id;
    const overlap = await w.call(
      'POST',
      '/api/v1/admin/renewal/policies',
      w.people.stateAdmin.cookie,
      statePolicy({ name: 'Second', effectiveFrom: '2026-01-01', licenseTypes: [] }),
    );
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error).toMatchObject({ code: 'POLICY_OVERLAP', details: { policyId: stateId } });
    expect(overlap.json().error.message).toContain('Lakeland Professional Educator renewal');
    // Another license type, or a period after the first ends, is fine.
    const admin = await w.call(
      'POST',
      '/api/v1/admin/renewal/policies',
      w.people.stateAdmin.cookie,
      statePolicy({ name: 'Administrators', licenseTypes: ['Administrator'] }),
    );
    expect(admin.statusCode).toBe(201);

    // A district admin may not write the state's policy, nor another district's.
    expect(
      (
        await w.call(
          'POST',
          '/api/v1/admin/renewal/policies',
          w.people.districtAdmin.cookie,
          statePolicy({ name: 'District try' }),
        )
      ).statusCode,
    ).toBe(404);
    const addition = {
      ...statePolicy(),
      orgId: w.orgs.district.id,
      name: 'Riverside additions',
      counts: { mode: 'list', values: [w.mcs.management.id] },
      fixedHours: 3,
      capHours: null,
    };
    const district = await w.call(
      'POST',
      '/api/v1/admin/renewal/policies',
      w.people.districtAdmin.cookie,
      addition,
    );
    expect(district.statusCode).toBe(201);
    districtId = district.json().id;
    expect(
      (
        await w.call(
          'PUT',
          `/api/v1/admin/renewal/policies/${stateId}`,
          w.people.districtAdmin.cookie,
          statePolicy({ capHours: 99 }),
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await w.call(
          'POST',
          `/api/v1/admin/renewal/policies/${stateId}/retire`,
          w.people.districtAdmin.cookie,
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await w.call(
          'PUT',
          `/api/v1/admin/renewal/policies/${districtId}`,
          w.people.otherDistrictAdmin.cookie,
          addition,
        )
      ).statusCode,
    ).toBe(404);
    expect((await w.call('GET', '/api/v1/admin/renewal/policies', w.people.educator.cookie)).statusCode).toBe(
      403,
    );

    const seen = await w.call('GET', '/api/v1/admin/renewal/policies', w.people.districtAdmin.cookie);
    const mine = seen.json().items.map((p: { id: string; canManage: boolean }) => [p.id, p.canManage]);
    expect(mine).toContainEqual([stateId, false]);
    expect(mine).toContainEqual([districtId, true]);
    const listed = seen.json().items.find((p: { id: string }) => p.id === districtId);
    expect(listed.countsLabels).toEqual(['=HYPERLINK("http://x","y")']);
    const other = await w.call('GET', '/api/v1/admin/renewal/policies', w.people.otherDistrictAdmin.cookie);
    expect(other.json().items.map((p: { id: string }) => p.id)).not.toContain(districtId);
  });

  it('counts in-cycle credentials the state covers, adds the district list, caps and explains the rest', async () => {
    await earn('formative', '2025-01-10T10:00:00.000Z');
    await earn('formative', '2025-02-10T10:00:00.000Z');
    await earn('formative', '2025-03-10T10:00:00.000Z', { status: 'revoked' });
    await earn('formative', '2023-03-10T10:00:00.000Z');
    await earn('management', '2025-04-10T10:00:00.000Z');
    const res = await w.call('GET', '/api/v1/me/renewal', w.people.educator.cookie);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body)).toEqual(
      expect.arrayContaining([
        'policy',
        'cycle',
        'earnedHours',
        'countedHours',
        'cappedHours',
        'requiredHours',
        'items',
      ]),
    );
    expect(body.policy).toMatchObject({ id: stateId, capHours: 10 });
    expect(body.districtPolicy).toMatchObject({ id: districtId });
    expect(body.cycle).toEqual({ index: 0, start: '2024-09-01', end: '2029-09-01' });
    expect(body).toMatchObject({
      earnedHours: 15,
      countedHours: 10,
      cappedHours: 5,
      requiredHours: 60,
      remainingHours: 50,
    });
    const rows = body.items.map(
      (i: { countedHours: number; cappedHours: number; reason: string | null; countedBy: string | null }) => [
        i.countedHours,
        i.cappedHours,
        i.reason,
        i.countedBy,
      ],
    );
    expect(rows).toEqual([
      [0, 0, 'outside cycle', null],
      [6, 0, null, 'state'],
      [4, 2, null, 'state'],
      [0, 0, 'revoked', null],
      [0, 3, null, 'district'],
    ]);
    expect(body.items[0].verifyUrl).toMatch(/\/credentials\/[0-9a-f-]{36}$/);
  });

  it('tells the catalog how many hours each micro-credential would count, for the signed-in educator only', async () => {
    const mine = await w.call('GET', '/api/v1/me/renewal/hours', w.people.educator.cookie);
    expect(mine.json().hours).toEqual({ [w.mcs.formative.id]: 6, [w.mcs.management.id]: 3 });
    expect(mine.headers['cache-control']).toBe('no-store');
    const other = await w.call('GET', '/api/v1/me/renewal/hours', w.people.otherEducator.cookie);
    expect(other.json().hours).toEqual({});
  });

  it('downloads a transcript as CSV with formulas neutralized, and as a real PDF', async () => {
    const csv = await w.call('GET', '/api/v1/me/renewal/transcript.csv', w.people.educator.cookie);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.body).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv.body).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv.body).toContain('Maya Fields');
    expect(csv.body).toMatch(
      /Checking for Understanding,Teaching Institute,2025-01-10,counts,6.00,6.00,0.00,http/,
    );
    const pdf = await w.call('GET', '/api/v1/me/renewal/transcript.pdf', w.people.educator.cookie);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.subarray(-6).toString()).toContain('%%EOF');
  });

  it('shows admins their own staff only, with a summary of who is on track', async () => {
    const district = await w.call('GET', '/api/v1/admin/renewal', w.people.districtAdmin.cookie);
    expect(district.statusCode).toBe(200);
    expect(district.json().items.map((i: { name: string }) => i.name)).toEqual(['Maya Fields']);
    expect(district.json().items[0]).toMatchObject({
      countedHours: 10,
      requiredHours: 60,
      school: 'Riverside Middle',
    });
    expect(district.json().summary.onTrack + district.json().summary.behind).toBe(1);
    const state = await w.call('GET', '/api/v1/admin/renewal?limit=1', w.people.stateAdmin.cookie);
    expect(state.json()).toMatchObject({ total: 2, summary: { noLicense: 1 } });
    expect(state.json().items).toHaveLength(1);
    const filtered = await w.call(
      'GET',
      `/api/v1/admin/renewal?orgId=${w.orgs.otherDistrict.id}`,
      w.people.districtAdmin.cookie,
    );
    expect(filtered.statusCode).toBe(404);
    const searched = await w.call('GET', '/api/v1/admin/renewal?q=rui', w.people.stateAdmin.cookie);
    expect(searched.json().items.map((i: { name: string }) => i.name)).toEqual(['Rui Tanaka']);

    const person = await w.call(
      'GET',
      `/api/v1/admin/people/${w.people.educator.id}/renewal`,
      w.people.districtAdmin.cookie,
    );
    expect(person.statusCode).toBe(200);
    expect(person.json()).toMatchObject({ countedHours: 10, person: { name: 'Maya Fields' } });
    const outside = await w.call(
      'GET',
      `/api/v1/admin/people/${w.people.educator.id}/renewal`,
      w.people.otherDistrictAdmin.cookie,
    );
    expect(outside.statusCode).toBe(404);
    const transcript = await w.call(
      'GET',
      `/api/v1/admin/people/${w.people.educator.id}/renewal/transcript.csv`,
      w.people.stateAdmin.cookie,
    );
    expect(transcript.statusCode).toBe(200);
    expect(transcript.body).toContain('Maya Fields');
    expect(
      (
        await w.call(
          'GET',
          `/api/v1/admin/people/${w.people.educator.id}/renewal/transcript.pdf`,
          w.people.otherDistrictAdmin.cookie,
        )
      ).statusCode,
    ).toBe(404);
    expect((await w.call('GET', '/api/v1/admin/renewal', w.people.educator.cookie)).statusCode).toBe(403);
  });

  it('picks a license by id, never someone else’s, and stops counting when a policy retires', async () => {
    const other = await w.call(
      'POST',
      '/api/v1/me/licenses',
      w.people.otherEducator.cookie,
      license({ number: 'PE-2' }),
    );
    const res = await w.call(
      'GET',
      `/api/v1/me/renewal?licenseId=${other.json().id}`,
      w.people.educator.cookie,
    );
    expect(res.statusCode).toBe(404);
    const retired = await w.call(
      'POST',
      `/api/v1/admin/renewal/policies/${districtId}/retire`,
      w.people.districtAdmin.cookie,
    );
    expect(retired.json().status).toBe('retired');
    const after = await w.call('GET', '/api/v1/me/renewal', w.people.educator.cookie);
    expect(after.json()).toMatchObject({ districtPolicy: null, earnedHours: 12, countedHours: 10 });
    const removed = await w.call(
      'DELETE',
      `/api/v1/me/licenses/${other.json().id}`,
      w.people.educator.cookie,
    );
    expect(removed.statusCode).toBe(404);
  });
});
