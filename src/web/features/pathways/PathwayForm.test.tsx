// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeView } from '../../../contracts/auth.js';
import { renderWithQuery } from '../../test-support/render-with-query.js';
import { PathwayForm } from './PathwayForm.js';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const mc = (id: string, title: string, issuer: string) => ({
  id,
  slug: id,
  title,
  summary: '',
  topic: 'formative-assessment',
  subject: 'all',
  gradeBand: 'k-12',
  creditHours: 6,
  estimatedHours: 6,
  priceCents: 0,
  version: 1,
  imageUrl: '',
  issuer: { id: issuer, name: issuer === 'nf' ? 'Northfield' : 'Brightwater', slug: issuer },
});

const DISTRICT_ADMIN: MeView = {
  id: 'u1',
  name: 'Marcus Delgado',
  email: 'district@example.org',
  memberships: [
    { orgId: 'riverside', orgName: 'Riverside USD', orgKind: 'district', role: 'district_admin' },
  ],
} as MeView;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PathwayForm', () => {
  it('offers as signer only issuers in the stack, keeps the ticked order and sends the definition', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        json(200, {
          items: [mc('a', 'Checking for Understanding', 'nf'), mc('b', 'Leading a Data Team', 'bw')],
          total: 2,
        }),
      ),
    );
    const onSubmit = vi.fn();
    renderWithQuery(
      <PathwayForm me={DISTRICT_ADMIN} editing={null} busy={false} error={null} onSubmit={onSubmit} />,
    );
    expect(screen.getByLabelText(/Signed by/).textContent).toBe('Choose micro-credentials first');
    fireEvent.click(await screen.findByLabelText('Leading a Data Team'));
    fireEvent.click(screen.getByLabelText('Checking for Understanding'));
    const signer = screen.getByLabelText(/Signed by/) as HTMLSelectElement;
    expect([...signer.options].map((o) => o.textContent)).toEqual(['Brightwater', 'Northfield']);
    fireEvent.change(signer, { target: { value: 'nf' } });
    fireEvent.change(screen.getByLabelText(/Title/), { target: { value: 'Teacher Leader: Data' } });
    fireEvent.change(screen.getByLabelText(/Description/), {
      target: { value: 'Two practices that lead to the role.' },
    });
    fireEvent.change(screen.getByLabelText('Rule'), { target: { value: 'n_of' } });
    fireEvent.change(screen.getByLabelText('N (how many)'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText(/Advanced role/), { target: { value: 'Teacher Leader' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create draft' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      orgId: 'riverside',
      issuerId: 'nf',
      slug: 'teacher-leader-data',
      title: 'Teacher Leader: Data',
      description: 'Two practices that lead to the role.',
      rule: 'n_of',
      requiredCount: 1,
      ordered: false,
      items: ['b', 'a'],
      roleTitle: 'Teacher Leader',
      payStep: null,
    });
  });
});
