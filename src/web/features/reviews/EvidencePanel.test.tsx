// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EvidencePanel, type EvidenceSource } from './EvidencePanel.js';

vi.mock('../submissions/PdfViewer.js', () => ({ PdfViewer: () => null }));

afterEach(cleanup);

const question = (id: string) => ({ id, prompt: `Prompt ${id}`, words: { min: 1, max: 50 } });

const review = {
  microCredential: {
    content: {
      requirements: {
        part1: { questions: [question('q1')] },
        part2: {
          artifacts: [
            { id: 'r1', title: 'Reflection', prompt: 'Write it', kinds: ['text'], count: { min: 1, max: 1 } },
          ],
        },
        part3: { questions: [question('q3')] },
      },
      rubric: { criteria: [] },
    },
  },
  evidence: {
    answers: {
      part1: { q1: '## Plan\n\n*Objectives* first <svg onload=alert(1)>' },
      part3: { q3: '[rubric](https://example.org) and [bad](javascript:alert(1))' },
    },
    artifacts: [
      {
        id: 'a1',
        requirementId: 'r1',
        kind: 'text',
        title: 'My reflection',
        text: '> quoted <iframe src="javascript:alert(1)"></iframe>',
        url: null,
        file: null,
        privacy: {},
        purged: false,
        createdAt: '2026-11-20T10:00:00Z',
      },
    ],
  },
} as unknown as EvidenceSource;

describe('EvidencePanel', () => {
  it('shows the educator’s answers and written evidence as sanitized Markdown', () => {
    const { container } = render(<EvidencePanel review={review} />);
    expect(container.querySelector('h5')?.textContent).toBe('Plan');
    expect(container.querySelector('em')?.textContent).toBe('Objectives');
    expect(container.querySelector('blockquote')?.textContent).toContain('quoted');
    expect(container.querySelector('svg[onload], iframe, script')).toBeNull();
    const links = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://example.org']);
    expect(screen.getByRole('region', { name: 'My reflection' })).toBeTruthy();
  });
});
