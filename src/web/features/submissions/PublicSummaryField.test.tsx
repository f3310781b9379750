// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PublicSummaryField, PublicSummaryView } from './PublicSummaryField.js';

afterEach(cleanup);

describe('PublicSummaryField', () => {
  it('is labelled, warns what becomes public, stops at the server’s limit and reports each change', () => {
    const seen: string[] = [];
    render(<PublicSummaryField value="We wrote objectives." onChange={(v) => seen.push(v)} />);
    const box = screen.getByLabelText('Public summary of your evidence (optional)') as HTMLTextAreaElement;
    expect(box.maxLength).toBe(1000);
    const described = (box.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain('public page');
    expect(described).toContain('Do not include student names');
    expect(described).toContain('20 / 1,000 characters');
    fireEvent.change(box, { target: { value: 'We wrote objectives in pairs.' } });
    expect(seen).toEqual(['We wrote objectives in pairs.']);
  });

  it('shows the sent summary read-only with where it is visible', () => {
    render(<PublicSummaryView text="We wrote objectives." visibility="if-earned" />);
    expect(screen.getByRole('heading', { name: 'Public summary of your evidence' })).toBeTruthy();
    expect(screen.getByText('We wrote objectives.')).toBeTruthy();
    expect(screen.getByText(/if you earn it/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
