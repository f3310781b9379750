// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HEIC_MESSAGE } from '../../../domain/evidence-file.js';
import type { UploadItem } from './upload-queue.js';
import { UploadRow } from './UploadRow.js';

afterEach(cleanup);

const MB = 1024 * 1024;
const item = (over: Partial<UploadItem> = {}): UploadItem => ({
  key: 'k1',
  submissionId: 's1',
  requirementId: 'r1',
  name: 'lesson.mp4',
  size: 40 * MB,
  phase: 'uploading',
  sent: 18 * MB,
  rate: 2 * MB,
  message: null,
  refusedBeforeUpload: false,
  resumed: false,
  ...over,
});

const show = (over: Partial<UploadItem> = {}) => {
  const actions = { pause: vi.fn(), resume: vi.fn(), cancel: vi.fn(), dismiss: vi.fn() };
  render(
    <ul>
      <UploadRow item={item(over)} actions={actions} />
    </ul>,
  );
  return actions;
};

describe('UploadRow', () => {
  it('shows the name, size, progress, speed and time left, with Pause and Cancel', () => {
    const actions = show();
    expect(screen.getByText('lesson.mp4', { ignore: '.sr-only' })).toBeTruthy();
    expect(screen.getByText('40.0 MB')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Uploading lesson.mp4' });
    expect(bar.getAttribute('aria-valuenow')).toBe('45');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    // Each part kept on one line when the row wraps on a phone.
    const facts = screen.getByText('2.0 MB/s', { exact: false }).parentElement!;
    expect(facts.textContent).toBe('45% · 18.0 MB of 40.0 MB · 2.0 MB/s · 15 s left');
    expect(within(facts).getByText('15 s left').className).toContain('whitespace-nowrap');
    fireEvent.click(screen.getByRole('button', { name: 'Pause lesson.mp4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel lesson.mp4' }));
    expect(actions.pause).toHaveBeenCalledWith('k1');
    expect(actions.cancel).toHaveBeenCalledWith('k1');
    expect(screen.queryByRole('button', { name: /Resume|Retry/ })).toBeNull();
  });

  it('says when it continues an upload begun before a reload', () => {
    show({ resumed: true, rate: null });
    const note = screen.getByText('Continuing the upload you started earlier.');
    expect(note.parentElement!.textContent).toBe(
      '45% · 18.0 MB of 40.0 MB' + 'Continuing the upload you started earlier.',
    );
  });

  it('offers Resume when paused, and says it will resume by itself when the connection dropped', () => {
    const actions = show({ phase: 'paused', rate: null });
    expect(screen.getByText('Paused at 45%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resume lesson.mp4' }));
    expect(actions.resume).toHaveBeenCalledWith('k1');
    cleanup();
    show({ phase: 'waiting', rate: null });
    expect(screen.getByText(/Connection lost — will resume/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Pause|Resume|Retry/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel lesson.mp4' })).toBeTruthy();
  });

  it('offers Retry after a network failure, with the reason', () => {
    const actions = show({
      phase: 'failed',
      message: 'Could not reach microcred. Check your connection and try again.',
    });
    expect(screen.getByText(/Stopped at 45%: Could not reach microcred/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry lesson.mp4' }));
    expect(actions.resume).toHaveBeenCalledWith('k1');
  });

  it('shows the server checking the file with nothing to press, then done', () => {
    show({ phase: 'processing', sent: 40 * MB });
    expect(screen.getByText('Sent — checking the file…')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('shows a refusal as an alert with the reason and no progress, to dismiss', () => {
    const actions = show({
      name: 'IMG_0042.HEIC',
      phase: 'refused',
      sent: 0,
      message: HEIC_MESSAGE,
      refusedBeforeUpload: true,
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Not uploaded: IMG_0042.HEIC');
    expect(alert.textContent).toContain(HEIC_MESSAGE);
    expect(screen.queryByRole('progressbar')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss IMG_0042.HEIC' }));
    expect(actions.dismiss).toHaveBeenCalledWith('k1');
  });
});
