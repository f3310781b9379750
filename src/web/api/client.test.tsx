// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_ERROR, toApiError } from './api-error.js';
import { request, setUnauthenticatedHandler, withQuery } from './client.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(() => {});
});

describe('toApiError', () => {
  it('keeps the code, message and details the API sent', () => {
    const err = toApiError(422, {
      error: {
        code: 'INCOMPLETE_SUBMISSION',
        message: 'Not complete',
        details: { problems: [{ path: 'part1.q1', message: 'Part 1, question 1 is not answered yet.' }] },
      },
    });
    expect(err).toBeInstanceOf(ApiError);
    expect(err.status).toBe(422);
    expect(err.code).toBe('INCOMPLETE_SUBMISSION');
    expect(err.message).toBe('Not complete');
    expect(err.problems).toEqual([{ path: 'part1.q1', message: 'Part 1, question 1 is not answered yet.' }]);
  });

  it('reads validation details given as a bare list', () => {
    const err = toApiError(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Please check body.url',
        details: [{ path: 'body.url', message: 'bad' }],
      },
    });
    expect(err.problems).toEqual([{ path: 'body.url', message: 'bad' }]);
  });

  it('falls back to a readable message when the body is not an API error', () => {
    expect(toApiError(502, '<html>').message).toMatch(/on our side/);
    expect(toApiError(413, undefined).message).toMatch(/larger/);
    expect(toApiError(404, { nope: true }).code).toBe('HTTP_404');
  });
});

describe('request', () => {
  it('sends JSON with same-origin credentials and returns the parsed body', async () => {
    const fetch = vi.fn(async () => json(200, { ok: 1 }));
    vi.stubGlobal('fetch', fetch);
    await expect(request('/api/v1/x', { method: 'POST', body: { a: 1 } })).resolves.toEqual({ ok: 1 });
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['content-type']).toBe('application/json');
    expect(init.body).toBe('{"a":1}');
  });

  it('sends no Content-Type without a body (the server refuses empty JSON bodies)', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    await expect(request('/api/v1/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['content-type']).toBeUndefined();
  });

  it('turns an error answer into an ApiError and reports 401 to the app', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } })),
    );
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    await expect(request('/api/v1/submissions')).rejects.toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'Sign in first.',
    });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('does not send the user to sign in for wrong credentials or anonymous-friendly calls', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(401, { error: { code: 'INVALID_CREDENTIALS', message: 'No match.' } })),
    );
    await expect(request('/api/v1/auth/login', { method: 'POST', body: {} })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(401, { error: { code: 'UNAUTHENTICATED', message: 'x' } })),
    );
    await expect(request('/api/v1/me', { allowAnonymous: true })).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('reports a network failure as NETWORK_ERROR with status 0', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(request('/api/v1/x')).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR });
  });
});

describe('withQuery', () => {
  it('leaves out empty values', () => {
    expect(withQuery('/a', { q: 'hinge q', topic: undefined, page: 0, x: '', y: null })).toBe(
      '/a?q=hinge+q&page=0',
    );
    expect(withQuery('/a', {})).toBe('/a');
  });
});
