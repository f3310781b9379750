// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArtifactView } from '../../../contracts/submissions.js';
import { HEIC_MESSAGE } from '../../../domain/evidence-file.js';
import { ArtifactsPart } from './ArtifactsPart.js';

// pdf.js draws on a canvas jsdom does not have; its viewer has its own tests.
vi.mock('./PdfViewer.js', () => ({ PdfViewer: () => null }));

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const STARTED = '2026-12-01T09:00:00.000Z';
const artifact = (id: string, over: Partial<ArtifactView> = {}): ArtifactView => ({
  id,
  requirementId: 'work',
  kind: 'file',
  title: `Student work ${id}`,
  text: null,
  url: null,
  file: {
    name: `${id}.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    size: 2048,
    downloadUrl: `/api/v1/artifacts/${id}/file`,
    thumbnailUrl: null,
    viewer: 'download',
  },
  privacy: {},
  purged: false,
  createdAt: STARTED,
  ...over,
});
const requirements = [
  {
    id: 'work',
    title: 'Student work',
    prompt: 'Samples.',
    kinds: ['file', 'link'] as const,
    count: { min: 1, max: 2 },
  },
];

function show(props: Partial<Parameters<typeof ArtifactsPart>[0]> & { submissionId: string }) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <ArtifactsPart
        requirements={requirements}
        artifacts={[]}
        editable
        onChanged={() => Promise.resolve()}
        {...props}
      />
    </QueryClientProvider>,
  );
  return screen.getByRole('region', { name: /Student work/ });
}

describe('ArtifactsPart', () => {
  it('refuses an iPhone HEIC photo before sending anything, and drops files on the zone', async () => {
    const network = vi.fn();
    vi.stubGlobal('fetch', network);
    vi.stubGlobal('XMLHttpRequest', network);
    const block = show({ submissionId: 'heic-draft' });
    fireEvent.click(within(block).getByRole('button', { name: 'Upload files' }));
    const input = within(block).getByLabelText('Choose files');
    expect(input.getAttribute('accept')).toMatch(/^image\/\*,video\/\*/);
    expect(input.hasAttribute('multiple')).toBe(true);
    fireEvent.change(input, {
      target: { files: [new File(['x'], 'IMG_0042.HEIC', { type: 'image/heic' })] },
    });
    const uploads = await within(block).findByRole('list', { name: 'Uploads for Student work' });
    expect(within(uploads).getByRole('alert').textContent).toContain(HEIC_MESSAGE);

    fireEvent.drop(within(block).getByTestId('upload-drop-zone'), {
      dataTransfer: { files: [new File(['MZ'], 'setup.exe')] },
    });
    await waitFor(() => expect(within(uploads).getAllByRole('alert')).toHaveLength(2));
    expect(within(uploads).getAllByRole('alert')[1]!.textContent).toMatch(/is a program/);
    expect(network).not.toHaveBeenCalled();
  });

  it('takes no more files than the requirement has room for', () => {
    const block = show({ submissionId: 'full-draft', artifacts: [artifact('a'), artifact('b')] });
    expect(within(block).queryByRole('button', { name: 'Upload files' })).toBeNull();
    expect(within(block).getByText(/as many items as it takes/)).toBeTruthy();
    cleanup();
    const one = show({ submissionId: 'one-left', artifacts: [artifact('a')] });
    fireEvent.click(within(one).getByRole('button', { name: 'Upload files' }));
    expect(within(one).getByLabelText('Choose files').hasAttribute('multiple')).toBe(false);
    expect(within(one).getByText(/One more file fits here/)).toBeTruthy();
  });

  it('gives every uploaded file its privacy check, and marks what a resubmission carried forward', () => {
    const block = show({
      submissionId: 'resubmission',
      artifacts: [
        artifact('old', { privacy: { noStudentNames: true, facesConsented: true } }),
        artifact('new', { createdAt: '2026-12-02T10:00:00.000Z' }),
      ],
      attempt: { number: 2, startedAt: STARTED },
    });
    expect(screen.getByText('Your evidence from attempt 1 is carried forward')).toBeTruthy();
    const [old, fresh] = within(block).getAllByRole('group', { name: /Privacy check/ });
    expect(old!.textContent).toContain('Checked');
    expect(fresh!.textContent).toContain('Needed before you submit');
    expect(within(old!).getAllByRole('checkbox')).toHaveLength(2);
    const notes = within(block).getAllByText('Carried forward from attempt 1 — no need to upload again');
    expect(notes).toHaveLength(1);
    expect(within(block).getAllByRole('button', { name: /^Remove/ })).toHaveLength(2);
  });

  it('carries nothing forward in a first attempt, and links and texts need no privacy check', () => {
    const block = show({
      submissionId: 'first',
      artifacts: [artifact('link', { kind: 'link', file: null, url: 'https://example.org/x' })],
      attempt: { number: 1, startedAt: STARTED },
    });
    expect(within(block).queryByText(/Carried forward/)).toBeNull();
    expect(within(block).queryByRole('group', { name: /Privacy check/ })).toBeNull();
  });
});
