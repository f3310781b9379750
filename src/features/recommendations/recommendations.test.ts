import { describe, expect, it } from 'vitest';
import { useDistrictWorld } from '../seats/test-world.js';

const world = useDistrictWorld();

const ask = (cookie: string, body: object) =>
  world().call('POST', '/api/v1/admin/recommendations', cookie, body);

describe('recommendations and assignments', () => {
  it('a district assigns to a school and recommends to a person; educators see assigned first, and are told', async () => {
    const { people, orgs, mcs, call, deps } = world();
    const assigned = await ask(people.districtAdmin.cookie, {
      orgId: orgs.district.id,
      microCredentialId: mcs.free.id,
      kind: 'assigned',
      targets: [{ type: 'org', id: orgs.school.id }],
      dueOn: '2026-11-23',
      note: 'Part of our formative assessment goal.',
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    expect(assigned.json().items[0]).toMatchObject({
      kind: 'assigned',
      target: { type: 'org', name: 'Riverbend Elementary' },
      progress: { people: 2, notStarted: 2 },
    });
    const recommended = await ask(people.districtAdmin.cookie, {
      orgId: orgs.district.id,
      microCredentialId: mcs.paid.id,
      kind: 'recommended',
      targets: [{ type: 'user', id: people.maya.id }],
    });
    expect(recommended.statusCode).toBe(201);

    const mine = (await call('GET', '/api/v1/me/recommendations', people.maya.cookie)).json().items;
    expect(
      mine.map((m: { kind: string; microCredential: { title: string } }) => [
        m.kind,
        m.microCredential.title,
      ]),
    ).toEqual([
      ['assigned', 'Checking for Understanding'],
      ['recommended', 'Mentoring Beginning Teachers'],
    ]);
    expect(mine[0]).toMatchObject({ status: 'not_started', daysLeft: 21, askedBy: { org: 'Riverbend USD' } });
    // Noah is in the school too; Zara (the other school) is not reached.
    expect((await call('GET', '/api/v1/me/recommendations', people.noah.cookie)).json().items).toHaveLength(
      1,
    );
    expect((await call('GET', '/api/v1/me/recommendations', people.zara.cookie)).json().items).toHaveLength(
      0,
    );

    const told = await deps.db
      .selectFrom('notifications')
      .select(['title', 'link'])
      .where('user_id', '=', people.noah.id)
      .execute();
    expect(told).toEqual([
      { title: 'Assigned: Checking for Understanding', link: `/micro-credentials/${mcs.free.id}` },
    ]);

    // Starting moves the status and the district's progress; a past due date makes others overdue.
    await call('POST', '/api/v1/submissions', people.maya.cookie, { microCredentialId: mcs.free.id });
    expect((await call('GET', '/api/v1/me/recommendations', people.maya.cookie)).json().items[0].status).toBe(
      'in_progress',
    );
    deps.clock.set('2026-11-24T12:00:00Z');
    const list = (
      await call(
        'GET',
        `/api/v1/admin/recommendations?orgId=${orgs.district.id}`,
        people.districtAdmin.cookie,
      )
    ).json();
    const row = list.items.find((i: { id: string }) => i.id === assigned.json().items[0].id);
    expect(row.progress).toMatchObject({ people: 2, overdue: 2 });
    // In Honolulu it is still 23 November at 02:00 UTC on the 24th: not overdue yet.
    deps.clock.set('2026-11-24T02:00:00Z');
    const hawaii = (
      await call('GET', '/api/v1/me/recommendations?tz=Pacific/Honolulu', people.noah.cookie)
    ).json();
    expect(hawaii.items[0]).toMatchObject({ status: 'not_started', daysLeft: 0 });
    expect(
      (await call('GET', '/api/v1/me/recommendations?tz=UTC', people.noah.cookie)).json().items[0].status,
    ).toBe('overdue');
    expect(
      (await call('GET', '/api/v1/me/recommendations?tz=Mars/Olympus', people.noah.cookie)).statusCode,
    ).toBe(400);
    deps.clock.set('2026-11-02T09:00:00Z');

    // Withdrawn: nobody sees it any more; asking twice for the same thing changes nothing.
    const again = await ask(people.districtAdmin.cookie, {
      orgId: orgs.district.id,
      microCredentialId: mcs.paid.id,
      kind: 'recommended',
      targets: [{ type: 'user', id: people.maya.id }],
    });
    expect(again.json()).toMatchObject({ items: [], unchanged: 1 });
    const id = recommended.json().items[0].id;
    expect(
      (await call('DELETE', `/api/v1/admin/recommendations/${id}`, people.farAdmin.cookie)).statusCode,
    ).toBe(404);
    expect(
      (await call('DELETE', `/api/v1/admin/recommendations/${id}`, people.districtAdmin.cookie)).statusCode,
    ).toBe(204);
    expect(
      (await call('DELETE', `/api/v1/admin/recommendations/${id}`, people.districtAdmin.cookie)).statusCode,
    ).toBe(404);
    expect((await call('GET', '/api/v1/me/recommendations', people.maya.cookie)).json().items).toHaveLength(
      1,
    );
  });

  it('a district admin cannot see or assign to another district’s people or schools', async () => {
    const { people, orgs, mcs, call } = world();
    const base = { orgId: orgs.district.id, microCredentialId: mcs.freeToo.id, kind: 'assigned' };
    const farPerson = await ask(people.districtAdmin.cookie, {
      ...base,
      targets: [{ type: 'user', id: people.omar.id }],
    });
    expect(farPerson.statusCode).toBe(404);
    const farSchool = await ask(people.districtAdmin.cookie, {
      ...base,
      targets: [
        { type: 'org', id: orgs.otherSchool.id },
        { type: 'org', id: orgs.farSchool.id },
      ],
    });
    expect(farSchool.statusCode).toBe(404);
    expect(farSchool.json().error.details).toEqual([
      { path: 'targets.1', message: 'No such school or district here.' },
    ]);
    // Nothing was half-written.
    expect((await call('GET', '/api/v1/me/recommendations', people.zara.cookie)).json().items).toHaveLength(
      0,
    );
    const otherOrg = await ask(people.districtAdmin.cookie, {
      ...base,
      orgId: orgs.farDistrict.id,
      targets: [{ type: 'user', id: people.omar.id }],
    });
    expect(otherOrg.statusCode).toBe(404);
    expect(
      (
        await call(
          'GET',
          `/api/v1/admin/recommendations?orgId=${orgs.farDistrict.id}`,
          people.districtAdmin.cookie,
        )
      ).statusCode,
    ).toBe(404);

    const fars = await ask(people.farAdmin.cookie, {
      ...base,
      orgId: orgs.farDistrict.id,
      targets: [{ type: 'user', id: people.omar.id }],
    });
    expect(fars.statusCode).toBe(201);
    const mine = (await call('GET', '/api/v1/admin/recommendations', people.districtAdmin.cookie)).json()
      .items;
    expect(mine.map((m: { id: string }) => m.id)).not.toContain(fars.json().items[0].id);
    const state = (await call('GET', '/api/v1/admin/recommendations', people.stateAdmin.cookie)).json().items;
    expect(state.map((m: { id: string }) => m.id)).toContain(fars.json().items[0].id);
    // Educators use neither the admin list nor the assign route.
    expect((await call('GET', '/api/v1/admin/recommendations', people.omar.cookie)).statusCode).toBe(403);
    expect(
      (await ask(people.omar.cookie, { ...base, targets: [{ type: 'user', id: people.omar.id }] }))
        .statusCode,
    ).toBe(403);
  });

  it('cannot assign a draft or retired micro-credential, or a due date already past', async () => {
    const { people, orgs, mcs } = world();
    const base = {
      orgId: orgs.district.id,
      kind: 'assigned',
      targets: [{ type: 'user', id: people.zara.id }],
    };
    expect(
      (await ask(people.districtAdmin.cookie, { ...base, microCredentialId: mcs.draft.id })).statusCode,
    ).toBe(404);
    const retired = await ask(people.districtAdmin.cookie, { ...base, microCredentialId: mcs.retired.id });
    expect(retired.statusCode).toBe(409);
    expect(retired.json().error.message).toMatch(/retired/);
    const past = await ask(people.districtAdmin.cookie, {
      ...base,
      microCredentialId: mcs.free.id,
      dueOn: '2026-10-01',
    });
    expect(past.statusCode).toBe(400);
    expect(
      (await ask(people.districtAdmin.cookie, { ...base, microCredentialId: mcs.free.id, targets: [] }))
        .statusCode,
    ).toBe(400);
  });
});
