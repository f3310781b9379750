// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IssuedCredential } from './issuer-api.js';
import { StatusChangeDialog } from './StatusChangeDialog.js';

afterEach(cleanup);

const credential: IssuedCredential = {
  id: 'c1',
  title: 'Wait Time',
  recipientName: 'Maya Thompson',
  status: 'valid',
  statusReason: null,
  statusChangedAt: null,
  issuedAt: '2026-01-01T00:00:00Z',
  validUntil: null,
  reissuedAt: null,
};

describe('StatusChangeDialog', () => {
  it('will not revoke without a reason of at least 3 characters, then sends it trimmed', () => {
    const onConfirm = vi.fn();
    render(
      <StatusChangeDialog
        target={{ credential, action: 'revoke' }}
        busy={false}
        error={null}
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByText(/Revocation is permanent/)).toBeTruthy();
    const confirm = screen.getByRole('button', { name: 'Revoke for good' });
    fireEvent.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
    expect(screen.getByText(/at least 3 characters/)).toBeTruthy();
    expect(screen.getByLabelText(/Reason/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(screen.getByLabelText(/Reason/), { target: { value: '  Plagiarised evidence  ' } });
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledWith('Plagiarised evidence');
  });

  it('lifts a suspension without asking for a reason, and shows the API’s refusal', () => {
    const onConfirm = vi.fn();
    render(
      <StatusChangeDialog
        target={{ credential: { ...credential, status: 'suspended' }, action: 'unsuspend' }}
        busy={false}
        error="This credential is revoked; it cannot be restored now."
        onConfirm={onConfirm}
        onCancel={() => {}}
      />,
    );
    expect(screen.queryByLabelText(/Reason/)).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/cannot be restored/);
    fireEvent.click(screen.getByRole('button', { name: 'Lift suspension' }));
    expect(onConfirm).toHaveBeenCalledWith(undefined);
  });
});
