// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DownloadMenu } from './DownloadMenu.js';

afterEach(cleanup);

const FILES = {
  json: '/credentials/c1.json',
  jwt: '/credentials/c1.jwt',
  png: '/credentials/c1.png',
  svg: '/credentials/c1.svg',
  ob2: '/credentials/c1/ob2',
};

describe('DownloadMenu', () => {
  it('opens a list of every format as download links, and closes with Escape back on the button', () => {
    render(<DownloadMenu title="Wait Time" files={FILES} />);
    const button = screen.getByRole('button', { name: /Download Wait Time/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('link')).toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      FILES.json,
      FILES.jwt,
      FILES.png,
      FILES.svg,
      FILES.ob2,
    ]);
    expect(links.every((a) => a.hasAttribute('download'))).toBe(true);
    expect(screen.getByRole('link', { name: /PNG badge/ })).toBeTruthy();

    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('leaves out the VC-JWT when there is none, and closes on a click elsewhere', () => {
    render(
      <>
        <DownloadMenu title="Wait Time" files={{ ...FILES, jwt: null }} />
        <p>elsewhere</p>
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Download/ }));
    expect(screen.queryByRole('link', { name: /VC-JWT/ })).toBeNull();
    expect(screen.getAllByRole('link')).toHaveLength(4);
    fireEvent.pointerDown(screen.getByText('elsewhere'));
    expect(screen.queryByRole('link')).toBeNull();
  });
});
