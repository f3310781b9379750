// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownField } from './MarkdownField.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function Harness({ initial = '', seen = [] as string[] }: { initial?: string; seen?: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <MarkdownField
      id="answer-q1"
      label="Describe your lesson"
      value={value}
      onChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
      range={{ min: 3, max: 10 }}
      error={value.includes('bad') ? 'That is not allowed' : undefined}
    />
  );
}

const describedBy = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('MarkdownField', () => {
  it('is a labelled textarea that reports each change, with the word count and the Markdown hint', () => {
    const seen: string[] = [];
    render(<Harness seen={seen} />);
    const box = screen.getByLabelText('Describe your lesson') as HTMLTextAreaElement;
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.id).toBe('answer-q1');
    fireEvent.change(box, { target: { value: 'We **planned** together' } });
    expect(seen).toEqual(['We **planned** together']);
    const description = describedBy(box);
    expect(description).toContain('3 words · 3–10');
    expect(description).toContain('Markdown supported');
    expect(description).toContain('**bold**');
  });

  it('ties an error to the textarea', () => {
    render(<Harness initial="a bad answer" />);
    const box = screen.getByLabelText('Describe your lesson');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(box)).toContain('That is not allowed');
  });

  it('previews the Markdown rendered, keeping the text being written', () => {
    render(<Harness initial={'## Plan\n\n- **first** step\n- [notes](https://example.org)'} />);
    expect(screen.getByRole('tab', { name: 'Write' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    const panel = screen.getByRole('tabpanel');
    expect(panel.querySelector('h5')?.textContent).toBe('Plan');
    expect(panel.querySelector('li strong')?.textContent).toBe('first');
    expect(panel.querySelector('a')?.getAttribute('href')).toBe('https://example.org');
    // The textarea stays in the page (hidden), so the label keeps its control and nothing is lost.
    const box = document.getElementById('answer-q1') as HTMLTextAreaElement;
    expect(box.value).toContain('**first**');
    expect(box.closest('[hidden]')).not.toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Write' }));
    expect(box.closest('[hidden]')).toBeNull();
  });

  it('moves between Write and Preview with the arrow keys', () => {
    render(<Harness initial="Some *text*" />);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Write' }), { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Preview' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').querySelector('em')?.textContent).toBe('text');
  });

  it('shows typed HTML as text in the preview, never as elements', () => {
    render(<Harness initial={'<img src=x onerror="alert(1)"> [x](javascript:alert(1))'} />);
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    const panel = screen.getByRole('tabpanel');
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelector('a[href]')).toBeNull();
    expect(panel.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('says when there is nothing to preview', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    expect(screen.getByText('Nothing to preview yet.')).toBeTruthy();
  });

  it('shows a live preview beside the text on wide screens', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: true,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    render(<Harness initial="**bold**" />);
    const live = screen.getByRole('group', { name: 'Live preview' });
    expect(live.querySelector('strong')?.textContent).toBe('bold');
  });

  it('has no side preview on narrow screens', () => {
    render(<Harness initial="**bold**" />);
    expect(screen.queryByRole('group', { name: 'Live preview' })).toBeNull();
  });
});

describe('MarkdownField without an id', () => {
  it('makes one, so the label still names the textarea', () => {
    render(<MarkdownField label="Text" value="" onChange={() => {}} />);
    expect(screen.getByLabelText('Text').tagName).toBe('TEXTAREA');
  });
});
