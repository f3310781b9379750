// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A fake pdf.js: a document of `pages` pages, each drawn instantly.
const pdfjs = vi.hoisted(() => {
  const state = { pages: 3, failWith: null as Error | null, rendered: [] as number[] };
  const getDocument = vi.fn((_params: Record<string, unknown>) => ({
    promise: state.failWith
      ? Promise.reject(state.failWith)
      : Promise.resolve({
          numPages: state.pages,
          getPage: (n: number) =>
            Promise.resolve({
              getViewport: ({ scale }: { scale: number }) => ({ width: 612 * scale, height: 792 * scale }),
              render: () => {
                state.rendered.push(n);
                return { promise: Promise.resolve(), cancel: () => {} };
              },
            }),
        }),
    destroy: () => Promise.resolve(),
  }));
  class PDFWorker {
    destroyed = false;
  }
  return { state, module: { getDocument, PDFWorker, GlobalWorkerOptions: { workerSrc: '' } } };
});
vi.mock('pdfjs-dist/legacy/build/pdf.mjs', () => pdfjs.module);

const { PdfViewer, pdfErrorMessage } = await import('./PdfViewer.js');

beforeEach(() => {
  pdfjs.state.pages = 3;
  pdfjs.state.failWith = null;
  pdfjs.state.rendered = [];
  pdfjs.module.getDocument.mockClear();
  // jsdom has no canvas drawing; the fake page ignores the context.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const named = (name: string) => Object.assign(new Error(name), { name });

describe('PdfViewer', () => {
  it('loads the file without eval, through its worker, and shows page 1 of N', async () => {
    render(<PdfViewer url="/api/v1/files/f1" title="Unit plan" downloadName="plan.pdf" />);
    expect(screen.getByText('Loading the PDF…')).toBeTruthy();
    expect(await screen.findByText('Page 1 of 3')).toBeTruthy();
    const params = pdfjs.module.getDocument.mock.calls[0]![0];
    expect(params).toMatchObject({ url: '/api/v1/files/f1', isEvalSupported: false });
    expect(pdfjs.module.GlobalWorkerOptions.workerSrc).toMatch(/pdf\.worker\.min\.mjs/);
    expect(screen.getByRole('img', { name: 'Unit plan, page 1 of 3' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Download the PDF/ }).getAttribute('download')).toBe('plan.pdf');
  });

  it('moves between pages and stops at the first and the last', async () => {
    render(<PdfViewer url="/f" title="Plan" downloadName="plan.pdf" />);
    await screen.findByText('Page 1 of 3');
    const previous = screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement;
    const next = screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement;
    expect(previous.disabled).toBe(true);
    fireEvent.click(next);
    fireEvent.click(next);
    expect(await screen.findByText('Page 3 of 3')).toBeTruthy();
    expect(next.disabled).toBe(true);
    expect(previous.disabled).toBe(false);
    await act(async () => {});
    expect(pdfjs.state.rendered).toContain(3);
  });

  it('zooms in and back to the width', async () => {
    render(<PdfViewer url="/f" title="Plan" downloadName="plan.pdf" />);
    await screen.findByText('Page 1 of 3');
    const fit = screen.getByRole('button', { name: 'Fit width' });
    expect(fit.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(fit.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(fit);
    expect(fit.getAttribute('aria-pressed')).toBe('true');
  });

  it('says why a PDF cannot be shown and offers a retry and the download', async () => {
    pdfjs.state.failWith = named('PasswordException');
    render(<PdfViewer url="/f" title="Plan" downloadName="plan.pdf" />);
    expect((await screen.findByRole('alert')).textContent).toContain('protected by a password');
    expect(screen.getByRole('link', { name: /Download the PDF/ })).toBeTruthy();
    pdfjs.state.failWith = null;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Page 1 of 3')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names each kind of failure in words', () => {
    expect(pdfErrorMessage(named('InvalidPDFException'))).toMatch(/could not be read as a PDF/);
    expect(pdfErrorMessage(named('MissingPDFException'))).toMatch(/could not be fetched/);
    expect(pdfErrorMessage(new TypeError('x'))).toMatch(/could not be shown/);
    expect(pdfErrorMessage(null)).toMatch(/could not be shown/);
  });
});
