// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppealForm } from './AppealForm.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const setup = () => {
  const onDone = vi.fn(() => Promise.resolve());
  render(
    <QueryClientProvider client={new QueryClient()}>
      <AppealForm submissionId="s1" onDone={onDone} />
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Appeal this decision' }));
  return onDone;
};

describe('AppealForm', () => {
  it('refuses a short reason or a missing confirmation without calling the API', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    setup();
    const reason = screen.getByLabelText(/Why should the decision be reconsidered/);
    fireEvent.change(reason, { target: { value: 'Too short.' } });
    expect(screen.getByText('10 / 30 characters · 20 more needed')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send my appeal' }));
    expect(screen.getByText('Explain your appeal in at least 30 characters (20 more).')).toBeTruthy();
    fireEvent.change(reason, { target: { value: 'The video shows every step the rubric asks for.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send my appeal' }));
    expect(screen.getByText('Confirm this to send your appeal.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('posts the trimmed reason once confirmed', async () => {
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify({ id: 'a1', status: 'open' }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const onDone = setup();
    fireEvent.change(screen.getByLabelText(/Why should the decision be reconsidered/), {
      target: { value: '  The video shows every step the rubric asks for.  ' },
    });
    fireEvent.click(screen.getByLabelText(/outcome of the appeal is final/));
    fireEvent.click(screen.getByRole('button', { name: 'Send my appeal' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/submissions/s1/appeal',
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ reason: 'The video shows every step the rubric asks for.' }),
      }),
    );
  });
});
