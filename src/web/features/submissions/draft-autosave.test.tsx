// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftVersionView } from '../../../contracts/submissions.js';
import { emptyFields, type ServerDraft } from './draft-merge.js';
import { useDraftAutosave } from './use-draft-autosave.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

type Call = { url: string; method: string; body: Record<string, unknown> | undefined };
let calls: Call[];
let answer: (call: Call) => Response | Promise<Response>;

beforeEach(() => {
  localStorage.clear();
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const call = {
        url,
        method: init.method ?? 'GET',
        body: init.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : undefined,
      };
      calls.push(call);
      return answer(call);
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const server: ServerDraft = { revision: 4, updatedAt: '2026-11-03T10:00:00Z', fields: emptyFields() };
const mount = () =>
  renderHook(() =>
    useDraftAutosave({
      submissionId: 's1',
      attemptId: 'a1',
      editable: true,
      server,
      fetchLatest: async () => null,
      delayMs: 5,
    }),
  );
const saves = () => calls.filter((c) => c.url.endsWith('/draft'));

describe('useDraftAutosave', () => {
  it('flags saves that cannot reach the server, and saves at once when the connection returns', async () => {
    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    const { result } = mount();
    act(() => result.current.setAnswer('part1', 'context', 'Typed on the train.'));
    await waitFor(() => expect(result.current.unreachable).toBe(true));
    expect(saves()).toHaveLength(1);
    expect(localStorage.getItem('microcred:draft:s1:a1')).toMatch(/Typed on the train/);

    answer = () => json({ revision: 5, updatedAt: '2026-11-03T10:01:00Z' });
    act(() => void window.dispatchEvent(new Event('online')));
    // The backoff is two seconds; waitFor gives up after one.
    await waitFor(() => expect(result.current.state.kind).toBe('saved'));
    expect(result.current.unreachable).toBe(false);
    expect(saves()).toHaveLength(2);
    expect(saves()[1]!.body).toMatchObject({
      revision: 4,
      answers: { part1: { context: 'Typed on the train.' } },
    });
    expect(localStorage.getItem('microcred:draft:s1:a1')).toBeNull();
  });

  const version: DraftVersionView = {
    revision: 2,
    savedAt: '2026-11-03T09:00:00Z',
    words: 2,
    answers: { part1: { context: 'Earlier text.' }, part3: {} },
    attestation: { ownWork: false, studentPrivacy: false },
    resubmissionNote: null,
  };

  it('restores a version after saving what was typed, then autosaves from the new revision', async () => {
    answer = (c) =>
      c.url.endsWith('/restore')
        ? json({ revision: 6, updatedAt: '2026-11-03T10:02:00Z' })
        : json({ revision: 5, updatedAt: '2026-11-03T10:01:00Z' });
    const { result } = mount();
    act(() => result.current.setAnswer('part1', 'context', 'Unsaved typing.'));
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.restoreVersion(version);
    });
    expect(outcome).toEqual({ ok: true });
    expect(
      calls.map((c) => [c.method, c.url.replace('/api/v1/submissions/s1', ''), c.body?.revision]),
    ).toEqual([
      ['PATCH', '/draft', 4],
      ['POST', '/drafts/2/restore', 5],
    ]);
    expect(result.current.fields.answers.part1.context).toBe('Earlier text.');

    answer = () => json({ revision: 7, updatedAt: '2026-11-03T10:03:00Z' });
    act(() => result.current.setAnswer('part1', 'context', 'Earlier text, improved.'));
    await waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]!.body).toMatchObject({ revision: 6 });
  });

  it('restores nothing when another tab saved meanwhile, and takes in that tab’s text', async () => {
    answer = () =>
      json(
        {
          error: {
            code: 'STALE_VERSION',
            message: 'changed elsewhere',
            details: {
              current: {
                revision: 9,
                updatedAt: '2026-11-03T10:05:00Z',
                answers: { part1: { context: 'From the other tab.' }, part3: {} },
                attestation: { ownWork: false, studentPrivacy: false },
                resubmissionNote: null,
              },
            },
          },
        },
        409,
      );
    const { result } = mount();
    let outcome: { ok: boolean; message?: string } | undefined;
    await act(async () => {
      outcome = await result.current.restoreVersion(version);
    });
    expect(outcome?.ok).toBe(false);
    expect(outcome?.message).toMatch(/saved in another tab or device meanwhile/);
    expect(result.current.fields.answers.part1.context).toBe('From the other tab.');
    expect(result.current.conflict).toBeNull();
  });
});
