// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArtifactView, FileViewer } from '../../../contracts/submissions.js';
import { ArtifactDisplay, PURGED_MESSAGE } from './ArtifactDisplay.js';

// pdf.js draws on a canvas jsdom does not have; its viewer has its own tests.
vi.mock('./PdfViewer.js', () => ({
  PdfViewer: ({ url, title }: { url: string; title: string }) => (
    <div data-testid="pdf-viewer" data-url={url}>
      {title}
    </div>
  ),
}));

afterEach(cleanup);

const base: ArtifactView = {
  id: 'a1',
  requirementId: 'r1',
  kind: 'file',
  title: 'Lesson evidence',
  text: null,
  url: null,
  file: null,
  privacy: { noStudentNames: true, facesConsented: true },
  purged: false,
  createdAt: '2026-11-20T10:00:00Z',
};

const withFile = (
  viewer: FileViewer,
  file: Partial<NonNullable<ArtifactView['file']>> = {},
): ArtifactView => ({
  ...base,
  kind: viewer === 'video' ? 'video' : 'file',
  file: {
    name: 'evidence.bin',
    contentType: 'application/octet-stream',
    size: 2_516_582,
    downloadUrl: '/api/v1/files/f1',
    thumbnailUrl: null,
    viewer,
    ...file,
  },
});

describe('ArtifactDisplay chooses the viewer the server names', () => {
  it('shows an image’s thumbnail and opens the full image in a dialog', () => {
    render(
      <ArtifactDisplay
        artifact={withFile('image', {
          name: 'board.png',
          contentType: 'image/png',
          thumbnailUrl: '/api/v1/files/f1/thumbnail',
        })}
      />,
    );
    const open = screen.getByRole('button', { name: /View the full image/ });
    expect(open.querySelector('img')?.getAttribute('src')).toBe('/api/v1/files/f1/thumbnail');
    expect(screen.queryByRole('img', { name: 'Lesson evidence' })).toBeNull();
    fireEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Lesson evidence' });
    expect(within(dialog).getByRole('img', { name: 'Lesson evidence' }).getAttribute('src')).toBe(
      '/api/v1/files/f1',
    );
    expect(screen.getAllByRole('link', { name: /board\.png/ })[0]!.textContent).toContain(
      'PNG image · 2.4 MB',
    );
  });

  it('uses the image itself when there is no thumbnail', () => {
    render(<ArtifactDisplay artifact={withFile('image', { name: 'a.jpg', contentType: 'image/jpeg' })} />);
    const open = screen.getByRole('button', { name: /View the full image/ });
    expect(open.querySelector('img')?.getAttribute('src')).toBe('/api/v1/files/f1');
  });

  it('shows a PDF in the PDF viewer', () => {
    render(
      <ArtifactDisplay artifact={withFile('pdf', { name: 'plan.pdf', contentType: 'application/pdf' })} />,
    );
    expect(screen.getByTestId('pdf-viewer').dataset.url).toBe('/api/v1/files/f1');
  });

  it('plays a video inline, seekable, on phones too', () => {
    const { container } = render(
      <ArtifactDisplay artifact={withFile('video', { name: 'lesson.mp4', contentType: 'video/mp4' })} />,
    );
    const video = container.querySelector('video')!;
    expect(video.getAttribute('src')).toBe('/api/v1/files/f1');
    expect(video.hasAttribute('controls')).toBe(true);
    expect(video.getAttribute('preload')).toBe('metadata');
    expect(video.hasAttribute('playsinline')).toBe(true);
    expect(screen.getByRole('link', { name: /lesson\.mp4/ }).textContent).toContain('MP4 video');
    expect(screen.queryByTestId('pdf-viewer')).toBeNull();
  });

  it('plays audio inline', () => {
    const { container } = render(
      <ArtifactDisplay artifact={withFile('audio', { name: 'talk.m4a', contentType: 'audio/mp4' })} />,
    );
    const audio = container.querySelector('audio')!;
    expect(audio.getAttribute('src')).toBe('/api/v1/files/f1');
    expect(audio.hasAttribute('controls')).toBe(true);
    expect(container.querySelector('video')).toBeNull();
  });

  it('offers other files as a download with name, type and size', () => {
    const { container } = render(
      <ArtifactDisplay
        artifact={withFile('download', {
          name: 'unit plan.docx',
          contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        })}
      />,
    );
    const link = screen.getByRole('link', { name: 'Download unit plan.docx' });
    expect(link.getAttribute('href')).toBe('/api/v1/files/f1');
    expect(link.getAttribute('download')).toBe('unit plan.docx');
    expect(screen.getByText('Word document · 2.4 MB')).toBeTruthy();
    expect(container.querySelector('img, video, audio, canvas')).toBeNull();
    expect(screen.queryByTestId('pdf-viewer')).toBeNull();
  });
});

describe('ArtifactDisplay of other evidence', () => {
  it('says evidence was deleted under the retention policy, and shows nothing of it', () => {
    const { container } = render(
      <ArtifactDisplay
        artifact={{ ...withFile('video', { name: 'lesson.mp4', contentType: 'video/mp4' }), purged: true }}
      />,
    );
    expect(screen.getByText(PURGED_MESSAGE)).toBeTruthy();
    expect(PURGED_MESSAGE).toBe("This evidence was deleted under the organization's retention policy.");
    expect(screen.getByText('Lesson evidence')).toBeTruthy();
    expect(container.querySelector('video, img, a')).toBeNull();
  });

  it('says so for a purged text too, without its words', () => {
    render(<ArtifactDisplay artifact={{ ...base, kind: 'text', text: 'secret words', purged: true }} />);
    expect(screen.getByText(PURGED_MESSAGE)).toBeTruthy();
    expect(screen.queryByText(/secret words/)).toBeNull();
  });

  it('renders written text from Markdown, sanitized, with its word count', () => {
    render(
      <ArtifactDisplay
        artifact={{
          ...base,
          kind: 'text',
          text: 'We **co-planned** the lesson <img src=x onerror=alert(1)> [x](javascript:alert(1))',
        }}
        wordRange={{ min: 5, max: 50 }}
      />,
    );
    const region = screen.getByRole('region', { name: 'Lesson evidence' });
    expect(region.querySelector('strong')?.textContent).toBe('co-planned');
    expect(region.querySelector('img, a[href]')).toBeNull();
    expect(region.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(screen.getByText(/words · 5–50/)).toBeTruthy();
  });

  it('shows a link in a new tab without the opener', () => {
    render(<ArtifactDisplay artifact={{ ...base, kind: 'link', url: 'https://example.org/video' }} />);
    const link = screen.getByRole('link', { name: /example\.org\/video/ });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
