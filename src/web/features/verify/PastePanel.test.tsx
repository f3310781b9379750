// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PastePanel } from './PastePanel.js';

afterEach(cleanup);

describe('PastePanel', () => {
  it('says what it recognised and sends JSON as an object', () => {
    const onVerify = vi.fn();
    render(<PastePanel onVerify={onVerify} busy={false} />);
    const verify = screen.getByRole('button', { name: 'Verify' });
    expect((verify as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Credential'), { target: { value: '{"id":"urn:uuid:1"}' } });
    expect(screen.getByTestId('detected-kind').textContent).toMatch(/JSON credential/);
    fireEvent.click(verify);
    expect(onVerify).toHaveBeenCalledWith({ id: 'urn:uuid:1' });
  });

  it('recognises a VC-JWT and sends the string', () => {
    const onVerify = vi.fn();
    render(<PastePanel onVerify={onVerify} busy={false} />);
    fireEvent.change(screen.getByLabelText('Credential'), { target: { value: ' eyJh.eyJp.c2ln \n' } });
    expect(screen.getByTestId('detected-kind').textContent).toMatch(/VC-JWT/);
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(onVerify).toHaveBeenCalledWith('eyJh.eyJp.c2ln');
  });
});
