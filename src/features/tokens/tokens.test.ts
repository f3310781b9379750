import { describe, expect, it } from 'vitest';
import { useCredentialWorld } from '../../test-support/credential-world.js';

/** Personal API tokens: shown once, stored hashed, listed without the secret, revocable, limited. */
const { w, call } = useCredentialWorld();

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('API tokens', () => {
  it('the token is shown once, stored only hashed, and never listed', async () => {
    const res = await call('POST', '/api/v1/me/tokens', w.educator.cookie, { name: 'My LMS' });
    expect(res.statusCode, res.body).toBe(201);
    const { id, token, name } = res.json();
    expect(name).toBe('My LMS');
    expect(token).toMatch(/^mct_[\w-]{30,}$/);
    expect(res.headers['cache-control']).toMatch(/no-store/);
    const rows = await w.deps.db.selectFrom('api_tokens').selectAll().execute();
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(token.slice(4));
    expect(stored).not.toContain(token.slice(4, 24));
    const list = await call('GET', '/api/v1/me/tokens', w.educator.cookie);
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token.slice(4, 24));
    expect(list.json().items).toEqual([expect.objectContaining({ id, name: 'My LMS' })]);
    expect(list.json().items[0]).not.toHaveProperty('token');
    // The token signs the user in on the API…
    const me = await call('GET', '/api/v1/me', undefined, undefined, bearer(token));
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe(w.educator.email);
    // …but cannot see, make or revoke tokens: a stolen token cannot outlive its revocation.
    for (const [method, url] of [
      ['GET', '/api/v1/me/tokens'],
      ['POST', '/api/v1/me/tokens'],
      ['DELETE', `/api/v1/me/tokens/${id}`],
    ] as const) {
      const res = await call(
        method,
        url,
        undefined,
        method === 'POST' ? { name: 'more' } : undefined,
        bearer(token),
      );
      expect(res.statusCode, `${method} ${url}`).toBe(403);
    }
    expect((await w.deps.db.selectFrom('api_tokens').selectAll().execute()).length).toBe(1);
  });

  it('revoking works once; the token stops working; another user’s token id is 404 and stays valid', async () => {
    const mine = (await call('POST', '/api/v1/me/tokens', w.admin.cookie, { name: 'CI' })).json();
    const theirs = (await call('POST', '/api/v1/me/tokens', w.assessor.cookie, { name: 'Theirs' })).json();
    const foreign = await call('DELETE', `/api/v1/me/tokens/${theirs.id}`, w.admin.cookie);
    expect(foreign.statusCode).toBe(404);
    expect((await call('GET', '/api/v1/me', undefined, undefined, bearer(theirs.token))).statusCode).toBe(
      200,
    );
    expect((await call('DELETE', `/api/v1/me/tokens/${mine.id}`, w.admin.cookie)).statusCode).toBe(204);
    expect((await call('DELETE', `/api/v1/me/tokens/${mine.id}`, w.admin.cookie)).statusCode).toBe(404);
    const after = await call('GET', '/api/v1/me', undefined, undefined, bearer(mine.token));
    expect(after.statusCode).toBe(401);
    expect(after.json().error.message).toMatch(/token/i);
    expect((await call('GET', '/api/v1/me/tokens', w.admin.cookie)).json().items).toEqual([]);
  });

  it('wrong, malformed or empty tokens are 401, never 500', async () => {
    for (const header of [
      'Bearer mct_nope',
      'Bearer ',
      'Bearer',
      'Basic abc',
      `Bearer mct_${'a'.repeat(5000)}`,
      'bearer  x y',
    ]) {
      const res = await w.app.inject({ url: '/api/v1/me/tokens', headers: { authorization: header } });
      expect(res.statusCode, header).toBe(401);
    }
  });

  it('an Authorization header that is not a Bearer token is ignored, so public routes still answer', async () => {
    const res = await w.app.inject({
      method: 'POST',
      url: '/api/v1/verify',
      headers: { authorization: 'Basic YWJjOmRlZg==' },
      payload: { credential: 'not a credential' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().verified).toBe(false);
  });

  it('anonymous callers are 401; a bad name is 400; the number of tokens is limited', async () => {
    expect((await call('GET', '/api/v1/me/tokens')).statusCode).toBe(401);
    expect((await call('POST', '/api/v1/me/tokens', undefined, { name: 'x' })).statusCode).toBe(401);
    expect((await call('DELETE', '/api/v1/me/tokens/00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      401,
    );
    for (const body of [{}, { name: '' }, { name: '   ' }, { name: 'x'.repeat(81) }, { name: 5 }]) {
      expect(
        (await call('POST', '/api/v1/me/tokens', w.otherAdmin.cookie, body)).statusCode,
        JSON.stringify(body),
      ).toBe(400);
    }
    const made: string[] = [];
    for (let i = 0; i < 20; i++) {
      const res = await call('POST', '/api/v1/me/tokens', w.otherAdmin.cookie, { name: `t${i}` });
      expect(res.statusCode).toBe(201);
      made.push(res.json().id);
    }
    const over = await call('POST', '/api/v1/me/tokens', w.otherAdmin.cookie, { name: 'one too many' });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toMatch(/revoke/i);
    expect((await call('DELETE', `/api/v1/me/tokens/${made[0]}`, w.otherAdmin.cookie)).statusCode).toBe(204);
    expect(
      (await call('POST', '/api/v1/me/tokens', w.otherAdmin.cookie, { name: 'room again' })).statusCode,
    ).toBe(201);
  });

  it('a token acts only as its owner (a token made with a token belongs to the same user)', async () => {
    const t = (await call('POST', '/api/v1/me/tokens', w.educator.cookie, { name: 'script' })).json();
    const viaToken = await call(
      'POST',
      '/api/v1/me/tokens',
      undefined,
      { name: 'from token' },
      bearer(t.token),
    );
    // Either allowed (acting as the user) or refused; never a 500, and never another user's token.
    expect([201, 403]).toContain(viaToken.statusCode);
    const rows = await w.deps.db
      .selectFrom('api_tokens')
      .select(['user_id', 'name'])
      .where('name', '=', 'from token')
      .execute();
    for (const r of rows) expect(r.user_id).toBe(w.educator.id);
  });
});
