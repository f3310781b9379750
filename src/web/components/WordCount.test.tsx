// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WordCount } from './WordCount.js';

afterEach(cleanup);

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('WordCount', () => {
  it('shows the count against the range and says when it is within', () => {
    render(<WordCount id="wc" text={words(142)} range={{ min: 100, max: 300 }} />);
    const el = document.getElementById('wc')!;
    expect(el.textContent).toContain('142 words · 100–300');
    expect(el.dataset.status).toBe('within');
    expect(screen.getByText('(within the range)')).toBeTruthy();
  });

  it('says how far below the minimum or above the maximum, not by color alone', () => {
    const { rerender } = render(<WordCount id="wc" text={words(80)} range={{ min: 100, max: 300 }} />);
    expect(document.getElementById('wc')!.dataset.status).toBe('under');
    expect(screen.getByText('(20 below the minimum)')).toBeTruthy();
    rerender(<WordCount id="wc" text={words(305)} range={{ min: 100, max: 300 }} />);
    expect(document.getElementById('wc')!.dataset.status).toBe('over');
    expect(screen.getByText('(5 over the maximum)')).toBeTruthy();
  });

  it('counts like the server: punctuation alone is not a word, and empty text is neutral', () => {
    const { rerender } = render(<WordCount id="wc" text="  one two — three  " />);
    expect(document.getElementById('wc')!.textContent).toContain('3 words');
    rerender(<WordCount id="wc" text="" range={{ min: 1, max: 5 }} />);
    expect(document.getElementById('wc')!.dataset.status).toBe('empty');
    expect(document.getElementById('wc')!.textContent).toContain('0 words');
  });

  it('uses the singular for one word', () => {
    render(<WordCount id="wc" text="hello" />);
    expect(document.getElementById('wc')!.textContent).toContain('1 word');
    expect(document.getElementById('wc')!.textContent).not.toContain('1 words');
  });
});
