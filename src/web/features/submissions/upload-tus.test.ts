import { describe, expect, it } from 'vitest';
import { artifactOf, transferErrorOf, worthRetrying } from './upload-tus.js';

/** A tus DetailedError as the browser client makes it, with the server's answer (if any). */
const tusError = (status?: number, body = '') =>
  Object.assign(new Error('tus: unexpected response'), {
    originalResponse:
      status === undefined
        ? null
        : { getStatus: () => status, getBody: () => body, getHeader: () => undefined },
  });

describe('transferErrorOf', () => {
  it('reads the server’s own error from the response body', () => {
    const e = transferErrorOf(
      tusError(
        413,
        JSON.stringify({
          error: {
            code: 'PAYLOAD_TOO_LARGE',
            message: '“a.mp4” is 3.00 GB; the largest video accepted is 2.00 GB.',
          },
        }),
      ),
    );
    expect([e.status, e.code, e.message]).toEqual([
      413,
      'PAYLOAD_TOO_LARGE',
      '“a.mp4” is 3.00 GB; the largest video accepted is 2.00 GB.',
    ]);
  });

  it('names a failure to reach the server, and a body that is not ours by its status', () => {
    expect(transferErrorOf(tusError()).code).toBe('NETWORK_ERROR');
    expect(transferErrorOf(tusError(0)).status).toBe(0);
    expect(transferErrorOf(new Error('tus: failed to upload chunk')).code).toBe('NETWORK_ERROR');
    expect(transferErrorOf(tusError(413, '<html>Too large</html>')).message).toBe(
      'That file is larger than this server accepts.',
    );
  });
});

describe('worthRetrying', () => {
  const err = (status: number, code = '') =>
    transferErrorOf(tusError(status, code ? JSON.stringify({ error: { code, message: 'm' } }) : ''));

  it('tries again when the server could not be reached, was busy or failed, or the offset moved', () => {
    expect(worthRetrying(err(0), true)).toBe(true);
    expect(worthRetrying(err(502), true)).toBe(true);
    expect(worthRetrying(err(423), true)).toBe(true);
    expect(worthRetrying(err(409, 'UPLOAD_PROTOCOL'), true)).toBe(true);
  });

  it('never repeats a refusal, and waits for the connection rather than trying offline', () => {
    for (const [status, code] of [
      [413, 'PAYLOAD_TOO_LARGE'],
      [415, 'TYPE_MISMATCH'],
      [422, 'UNPROCESSABLE'],
      [409, 'INVALID_STATE'],
      [404, 'NOT_FOUND'],
      [401, 'UNAUTHENTICATED'],
    ] as const)
      expect(worthRetrying(err(status, code), true)).toBe(false);
    expect(worthRetrying(err(0), false)).toBe(false);
  });
});

describe('artifactOf', () => {
  it('takes the artifact a finished upload answers with, and nothing else', () => {
    expect(artifactOf(JSON.stringify({ id: 'a1', title: 'T' }))).toEqual({ id: 'a1', title: 'T' });
    expect(artifactOf('')).toBeNull();
    expect(artifactOf('[1]')).toBeNull();
  });
});
