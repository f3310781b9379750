// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MicroCredentialContent } from '../../../contracts/micro-credential.js';
import type { DraftVersionView } from '../../../contracts/submissions.js';
import { buildContent } from '../../../test-support/sample-content.js';
import { emptyFields, type DraftFields } from './draft-merge.js';
import { DraftHistory } from './DraftHistory.js';
import type { RestoreOutcome } from './use-draft-autosave.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const content = MicroCredentialContent.parse(buildContent());
const versions: Record<number, DraftVersionView> = {
  3: {
    revision: 3,
    savedAt: '2026-11-03T10:42:07Z',
    words: 5,
    answers: { part1: { context: 'My class of 24 readers.' }, part3: {} },
    attestation: { ownWork: false, studentPrivacy: false },
    resubmissionNote: null,
  },
  2: {
    revision: 2,
    savedAt: '2026-11-03T10:41:00Z',
    words: 3,
    answers: { part1: { context: 'My first class.' }, part3: { reflection: 'Exit tickets.' } },
    attestation: { ownWork: false, studentPrivacy: false },
    resubmissionNote: null,
  },
};

const json = (body: unknown, status = 200) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

function stubApi(items = [versions[3]!, versions[2]!]) {
  const fetch = vi.fn((url: string) => {
    if (url.endsWith('/drafts'))
      return json({ items: items.map(({ revision, savedAt, words }) => ({ revision, savedAt, words })) });
    const revision = Number(url.split('/').at(-1));
    return versions[revision]
      ? json(versions[revision])
      : json({ error: { code: 'NOT_FOUND', message: 'gone' } }, 404);
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function setup(opts: { editable?: boolean; outcome?: RestoreOutcome; current?: DraftFields } = {}) {
  const onRestore = vi.fn((_v: DraftVersionView) => Promise.resolve(opts.outcome ?? { ok: true as const }));
  const onRestored = vi.fn();
  const current = opts.current ?? {
    ...emptyFields(),
    answers: { part1: { context: 'My class of 24 readers.' }, part3: {} },
  };
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <DraftHistory
        submissionId="s1"
        content={content}
        current={current}
        editable={opts.editable ?? true}
        onRestore={onRestore}
        onRestored={onRestored}
      />
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Version history' }));
  return { onRestore, onRestored };
}

const drawer = () => screen.getByRole('dialog', { hidden: true });

describe('DraftHistory', () => {
  it('lists the saved versions newest first with their time and word count', async () => {
    const fetch = stubApi();
    setup();
    const list = await screen.findByRole('list', { name: 'Saved versions' });
    const rows = within(list).getAllByRole('button');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toMatch(/latest save/);
    expect(rows[0]!.textContent).toMatch(/5 words/);
    expect(rows[1]!.textContent).toMatch(/3 words/);
    expect(rows[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-03T10:42:07Z');
    expect(fetch).toHaveBeenCalledWith('/api/v1/submissions/s1/drafts', expect.anything());
  });

  it('says so when nothing has been saved yet', async () => {
    stubApi([]);
    setup();
    expect(await screen.findByText('No saved versions yet')).toBeTruthy();
  });

  it('previews a version under its questions, marking what differs from the editor, and restores it once confirmed', async () => {
    stubApi();
    const { onRestore, onRestored } = setup();
    const list = await screen.findByRole('list', { name: 'Saved versions' });
    fireEvent.click(within(list).getAllByRole('button')[1]!);
    const heading = await screen.findByRole('heading', { name: /Saved .* · 3 words/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const context = screen.getByRole('region', { name: /Part 1, question 1: Describe your class\./ });
    // "My first class." against "My class of 24 readers.": the middle differs.
    expect(context.textContent).toMatch(/My \[differs from now: first clas\]s\./);
    expect(context.querySelector('mark')!.textContent).toBe('[differs from now: first clas]');
    const reflection = screen.getByRole('region', { name: /Part 3, question 1/ });
    expect(reflection.textContent).toMatch(/Exit tickets\./);

    fireEvent.click(screen.getByRole('button', { name: 'Restore this version' }));
    expect(onRestore).not.toHaveBeenCalled();
    expect(drawer().textContent).toMatch(/What the editor shows now stays in the history/);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, restore it' }));
    await waitFor(() => expect(onRestored).toHaveBeenCalledWith(versions[2]));
    expect(onRestore).toHaveBeenCalledWith(versions[2]);
    expect(screen.queryByRole('button', { name: 'Restore this version' })).toBeNull();
  });

  it('keeps the drawer open with the reason when a restore is refused', async () => {
    stubApi();
    const { onRestored } = setup({ outcome: { ok: false, message: 'This draft was saved in another tab.' } });
    const list = await screen.findByRole('list', { name: 'Saved versions' });
    fireEvent.click(within(list).getAllByRole('button')[1]!);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore this version' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, restore it' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/saved in another tab/);
    expect(onRestored).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Restore this version' })).toBeTruthy();
  });

  it('a submitted attempt’s history can be read but offers no restore; going back returns to the list', async () => {
    stubApi();
    setup({ editable: false });
    const list = await screen.findByRole('list', { name: 'Saved versions' });
    const second = within(list).getAllByRole('button')[1]!;
    fireEvent.click(second);
    await screen.findByRole('heading', { name: /Saved .* · 3 words/ });
    expect(screen.queryByRole('button', { name: 'Restore this version' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'All versions' }));
    const again = await screen.findByRole('list', { name: 'Saved versions' });
    await waitFor(() => expect(document.activeElement).toBe(within(again).getAllByRole('button')[1]));
  });
});
