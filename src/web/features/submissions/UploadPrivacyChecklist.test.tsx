// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArtifactView } from '../../../contracts/submissions.js';
import { UploadPrivacyChecklist } from './UploadPrivacyChecklist.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const artifact: ArtifactView = {
  id: 'a1',
  requirementId: 'r1',
  kind: 'file',
  title: 'Student work 1',
  text: null,
  url: null,
  file: {
    name: 'work.pdf',
    contentType: 'application/pdf',
    size: 1000,
    downloadUrl: '/api/v1/artifacts/a1/file',
    thumbnailUrl: null,
    viewer: 'pdf',
  },
  privacy: {},
  purged: false,
  createdAt: '2026-11-20T10:00:00Z',
};

const NAMES = /No student names or other identifying details can be seen or heard/;
const FACES = /No student faces, or media consent is on file for every student shown/;
const json = (body: unknown, status = 200) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );

describe('UploadPrivacyChecklist', () => {
  it('saves each box as it is ticked, one save at a time, and shows it saved', async () => {
    const bodies: unknown[] = [];
    const fetch = vi.fn((_url: string, init: RequestInit) => {
      bodies.push(JSON.parse(String(init.body)));
      return json(artifact);
    });
    vi.stubGlobal('fetch', fetch);
    const onSaved = vi.fn(() => Promise.resolve());
    render(<UploadPrivacyChecklist submissionId="s1" artifact={artifact} editable onSaved={onSaved} />);
    expect(screen.getByText('Needed before you submit')).toBeTruthy();
    expect(screen.getByText(/Assessors and the public never see names/)).toBeTruthy();

    fireEvent.click(screen.getByLabelText(NAMES));
    fireEvent.click(screen.getByLabelText(FACES));
    // Shown ticked at once, while saving.
    expect((screen.getByLabelText(NAMES) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Checked')).toBeTruthy();
    expect(screen.getByText('Saving…')).toBeTruthy();
    await waitFor(() => expect(screen.getByText(/Saved at/)).toBeTruthy());
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[0]![0]).toBe('/api/v1/submissions/s1/artifacts/a1');
    expect(fetch.mock.calls[0]![1]).toMatchObject({ method: 'PATCH' });
    expect(bodies).toEqual([{ privacy: { noStudentNames: true } }, { privacy: { facesConsented: true } }]);
    expect(onSaved).toHaveBeenCalledTimes(2);
  });

  it('sends the second box only after the first is saved, so saves arrive in order', async () => {
    let release: () => void = () => {};
    const fetch = vi.fn(() =>
      fetch.mock.calls.length === 1
        ? new Promise<Response>((resolve) => {
            release = () => void json(artifact).then(resolve);
          })
        : json(artifact),
    );
    vi.stubGlobal('fetch', fetch);
    render(
      <UploadPrivacyChecklist
        submissionId="s1"
        artifact={artifact}
        editable
        onSaved={() => Promise.resolve()}
      />,
    );
    fireEvent.click(screen.getByLabelText(NAMES));
    fireEvent.click(screen.getByLabelText(FACES));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await new Promise((r) => setTimeout(r, 20));
    expect(fetch).toHaveBeenCalledTimes(1);
    release();
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(screen.getByText(/Saved at/)).toBeTruthy());
  });

  it('shows the box as the server has it when a save fails, with the reason', async () => {
    vi.stubGlobal('fetch', () =>
      json(
        { error: { code: 'INVALID_STATE', message: 'This attempt was submitted; its evidence is frozen.' } },
        409,
      ),
    );
    render(
      <UploadPrivacyChecklist
        submissionId="s1"
        artifact={artifact}
        editable
        onSaved={() => Promise.resolve()}
      />,
    );
    await act(async () => {
      fireEvent.click(screen.getByLabelText(NAMES));
    });
    await waitFor(() => expect(screen.getByText(/evidence is frozen/)).toBeTruthy());
    expect(screen.getByText(/Couldn’t save/)).toBeTruthy();
    expect((screen.getByLabelText(NAMES) as HTMLInputElement).checked).toBe(false);
  });

  it('reads as a list once the attempt is sent', () => {
    render(
      <UploadPrivacyChecklist
        submissionId="s1"
        artifact={{ ...artifact, privacy: { noStudentNames: true } }}
        editable={false}
        onSaved={() => Promise.resolve()}
      />,
    );
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByRole('img', { name: 'Checked' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Not checked' })).toBeTruthy();
  });
});
