import { describe, expect, it } from 'vitest';
import { authFor } from '../../test-support/factories.js';
import { startSubmission } from '../submissions/start-submission.js';
import { useDistrictWorld, type Person } from './test-world.js';

const world = useDistrictWorld();

const pool = (orgId: string, mcIds: string[], extra: object = {}) => ({
  orgId,
  name: 'Year one seats',
  microCredentialIds: mcIds,
  totalSeats: 2,
  costCents: 4900,
  fundingSource: 'Title II-A',
  startsOn: '2026-08-01',
  endsOn: '2027-06-30',
  ...extra,
});

async function createPool(admin: Person, body: object) {
  const r = await world().call('POST', '/api/v1/admin/seat-pools', admin.cookie, body);
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as { id: string; usage: { used: number; remaining: number } };
}
const start = (who: Person, microCredentialId: string, extra: object = {}) =>
  world().call('POST', '/api/v1/submissions', who.cookie, { microCredentialId, ...extra });
const redemptionsOf = (userId: string) =>
  world().deps.db.selectFrom('seat_redemptions').selectAll().where('user_id', '=', userId).execute();

describe('funded seats', () => {
  it('a district admin funds seats; starting a covered micro-credential takes one, withdrawing gives it back', async () => {
    const { people, orgs, mcs, call } = world();
    const p = await createPool(people.districtAdmin, pool(orgs.district.id, [mcs.free.id]));
    expect(p.usage).toMatchObject({ used: 0, remaining: 2 });

    const mine = await call('GET', '/api/v1/me/seats', people.maya.cookie);
    expect(mine.json().items).toEqual([
      expect.objectContaining({ microCredentialId: mcs.free.id, orgName: 'Riverbend USD', redeemed: false }),
    ]);

    const started = await start(people.maya, mcs.free.id);
    expect(started.statusCode).toBe(201);
    expect(await redemptionsOf(people.maya.id)).toEqual([
      expect.objectContaining({ pool_id: p.id, submission_id: started.json().id, released_at: null }),
    ]);
    expect((await call('GET', '/api/v1/me/seats', people.maya.cookie)).json().items[0].redeemed).toBe(true);
    const report = await call(
      'GET',
      `/api/v1/admin/seat-report?orgId=${orgs.district.id}`,
      people.districtAdmin.cookie,
    );
    expect(report.json().totals).toMatchObject({
      total: 2,
      used: 1,
      inProgress: 1,
      remaining: 1,
      spentCents: 4900,
    });

    const who = await call(
      'GET',
      `/api/v1/admin/seat-pools/${p.id}/redemptions`,
      people.districtAdmin.cookie,
    );
    expect(who.json().items).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ name: 'Maya Educator' }),
        state: 'in_progress',
      }),
    ]);

    // Withdrawing before earning releases the seat; starting again takes it back (one row per person).
    expect(
      (await call('POST', `/api/v1/submissions/${started.json().id}/withdraw`, people.maya.cookie))
        .statusCode,
    ).toBe(200);
    const after = await call(
      'GET',
      `/api/v1/admin/seat-pools/${p.id}/redemptions`,
      people.districtAdmin.cookie,
    );
    expect(after.json().items[0].state).toBe('released');
    expect(
      (await call('GET', '/api/v1/admin/seat-pools', people.districtAdmin.cookie)).json().items[0].usage.used,
    ).toBe(0);
    const again = await start(people.maya, mcs.free.id);
    expect(again.statusCode).toBe(201);
    const rows = await redemptionsOf(people.maya.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.submission_id).toBe(again.json().id);
  });

  it('never goes below the seats used, closes, and counts cost per earned micro-credential', async () => {
    const { people, orgs, mcs, call, deps } = world();
    const p = await createPool(
      people.districtAdmin,
      pool(orgs.district.id, [mcs.freeToo.id], { totalSeats: 3, costCents: 1000 }),
    );
    const a = await start(people.noah, mcs.freeToo.id);
    const b = await start(people.zara, mcs.freeToo.id);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);

    const shrink = await call('PATCH', `/api/v1/admin/seat-pools/${p.id}`, people.districtAdmin.cookie, {
      totalSeats: 1,
    });
    expect(shrink.statusCode).toBe(409);
    expect(shrink.json().error.message).toMatch(/2 seats are already used/);
    const ok = await call('PATCH', `/api/v1/admin/seat-pools/${p.id}`, people.districtAdmin.cookie, {
      totalSeats: 2,
    });
    expect(ok.json()).toMatchObject({ totalSeats: 2, usage: { remaining: 0 } });

    // An earned submission: the report divides what was spent by what was earned.
    await deps.db
      .updateTable('submissions')
      .set({ status: 'earned' })
      .where('id', '=', a.json().id)
      .execute();
    const report = (
      await call('GET', `/api/v1/admin/seat-report?orgId=${orgs.district.id}`, people.districtAdmin.cookie)
    ).json();
    const row = report.pools.find((x: { id: string }) => x.id === p.id);
    expect(row.usage).toMatchObject({
      used: 2,
      earned: 1,
      inProgress: 1,
      spentCents: 2000,
      costPerEarnedCents: 2000,
    });
    expect(report.orgs.map((o: { name: string }) => o.name)).toEqual(['Riverbend USD']);

    const closed = await call('PATCH', `/api/v1/admin/seat-pools/${p.id}`, people.districtAdmin.cookie, {
      close: true,
    });
    expect(closed.json().phase).toBe('closed');
    expect(
      (await call('GET', '/api/v1/me/seats', people.maya.cookie))
        .json()
        .items.map((i: { microCredentialId: string }) => i.microCredentialId),
    ).not.toContain(mcs.freeToo.id);
  });

  it('refuses a paid start when every seat is taken unless the educator pays themselves; a free one starts unfunded', async () => {
    const { people, orgs, mcs } = world();
    await createPool(people.stateAdmin, pool(orgs.state.id, [mcs.paid.id], { totalSeats: 1 }));
    expect((await start(people.omar, mcs.paid.id)).statusCode).toBe(201);
    const refused = await start(people.zara, mcs.paid.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'NO_SEATS_LEFT', details: { priceCents: 4900 } });
    expect(refused.json().error.message).toMatch(/pay \$49\.00 yourself/);
    const selfPaid = await start(people.zara, mcs.paid.id, { selfPay: true });
    expect(selfPaid.statusCode).toBe(201);
    expect(selfPaid.json().status).toBe('in_progress');
    expect(await redemptionsOf(people.zara.id)).not.toContainEqual(
      expect.objectContaining({ micro_credential_id: mcs.paid.id }),
    );
  });

  it('takes the seat of the nearest organization, and the next one when it is full', async () => {
    const { people, orgs, deps, person } = world();
    const { publishSample } = await import('../../test-support/publish.js');
    const mc = await publishSample(deps, await authFor(deps.db, people.issuerAdmin.id), orgs.issuer.id, {
      title: 'Nearest First',
    });
    const statePool = await createPool(
      people.stateAdmin,
      pool(orgs.state.id, [mc.id], { totalSeats: 5, costCents: 0 }),
    );
    const schoolPool = await createPool(
      people.districtAdmin,
      pool(orgs.school.id, [mc.id], { totalSeats: 1 }),
    );
    const first = await person([['educator', orgs.school.id]]);
    const second = await person([['educator', orgs.school.id]]);
    await start(first, mc.id);
    await start(second, mc.id);
    expect((await redemptionsOf(first.id))[0]!.pool_id).toBe(schoolPool.id);
    expect((await redemptionsOf(second.id))[0]!.pool_id).toBe(statePool.id);
  });

  it('two people never take the last seat at once', async () => {
    const { people, orgs, deps, person } = world();
    const { publishSample } = await import('../../test-support/publish.js');
    const mc = await publishSample(deps, await authFor(deps.db, people.issuerAdmin.id), orgs.issuer.id, {
      title: 'Race For Seats',
      priceCents: 2500,
    });
    const p = await createPool(people.districtAdmin, pool(orgs.district.id, [mc.id], { totalSeats: 2 }));
    const racers = await Promise.all(
      Array.from({ length: 6 }, () => person([['educator', orgs.otherSchool.id]])),
    );
    const results = await Promise.allSettled(
      racers.map(async (r) => startSubmission(deps, await authFor(deps.db, r.id), mc.id)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'NO_SEATS_LEFT' });
    const rows = await deps.db
      .selectFrom('seat_redemptions')
      .select('id')
      .where('pool_id', '=', p.id)
      .execute();
    expect(rows).toHaveLength(2);
    // Refused starts left nothing behind.
    const subs = await deps.db
      .selectFrom('submissions')
      .select('id')
      .where('micro_credential_id', '=', mc.id)
      .execute();
    expect(subs).toHaveLength(2);
  });

  it('keeps each admin to their own organizations, and refuses what cannot be funded', async () => {
    const { people, orgs, mcs, call } = world();
    const p = await createPool(
      people.districtAdmin,
      pool(orgs.district.id, [mcs.free.id], { name: 'Private pool' }),
    );
    // Another district's admin neither sees nor changes it; an educator may not manage seats.
    expect(
      (await call('GET', `/api/v1/admin/seat-pools/${p.id}/redemptions`, people.farAdmin.cookie)).statusCode,
    ).toBe(404);
    expect(
      (await call('PATCH', `/api/v1/admin/seat-pools/${p.id}`, people.farAdmin.cookie, { totalSeats: 9 }))
        .statusCode,
    ).toBe(404);
    const theirs = (await call('GET', '/api/v1/admin/seat-pools', people.farAdmin.cookie)).json().items;
    expect(theirs.map((x: { name: string }) => x.name)).not.toContain('Private pool');
    expect(
      (await call('GET', `/api/v1/admin/seat-report?orgId=${orgs.district.id}`, people.farAdmin.cookie))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call(
          'POST',
          '/api/v1/admin/seat-pools',
          people.farAdmin.cookie,
          pool(orgs.district.id, [mcs.free.id]),
        )
      ).statusCode,
    ).toBe(404);
    expect((await call('GET', '/api/v1/admin/seat-pools', people.maya.cookie)).statusCode).toBe(403);
    // The state admin sees the district's pool.
    const state = (await call('GET', '/api/v1/admin/seat-pools', people.stateAdmin.cookie)).json().items;
    expect(state.map((x: { name: string }) => x.name)).toContain('Private pool');

    const draft = await call(
      'POST',
      '/api/v1/admin/seat-pools',
      people.districtAdmin.cookie,
      pool(orgs.district.id, [mcs.draft.id, mcs.retired.id]),
    );
    expect(draft.statusCode).toBe(400);
    expect(draft.json().error.details).toHaveLength(2);
    const backwards = await call(
      'POST',
      '/api/v1/admin/seat-pools',
      people.districtAdmin.cookie,
      pool(orgs.district.id, [mcs.free.id], { endsOn: '2026-01-01' }),
    );
    expect(backwards.statusCode).toBe(400);
    const badDay = await call(
      'POST',
      '/api/v1/admin/seat-pools',
      people.districtAdmin.cookie,
      pool(orgs.district.id, [mcs.free.id], { startsOn: '2026-02-30' }),
    );
    expect(badDay.statusCode).toBe(400);
    const issuerOrg = await call(
      'POST',
      '/api/v1/admin/seat-pools',
      people.platformAdmin.cookie,
      pool(orgs.issuer.id, [mcs.free.id]),
    );
    expect(issuerOrg.statusCode).toBe(400);
  });
});
