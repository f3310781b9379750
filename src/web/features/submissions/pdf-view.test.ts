import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_SCALE,
  MIN_SCALE,
  canGoNext,
  canGoPrevious,
  canZoomIn,
  canZoomOut,
  canvasPixelRatio,
  clampPage,
  fitWidthScale,
  initialPdfView,
  pdfView,
  scaleOf,
  type PdfView,
  type PdfViewAction,
} from './pdf-view.js';

const run = (actions: PdfViewAction[], from: PdfView = initialPdfView) => actions.reduce(pdfView, from);

describe('PDF viewer pages', () => {
  it('starts on page 1 of a loaded document and cannot go before it', () => {
    const view = run([{ type: 'loaded', pages: 3 }]);
    expect(view).toMatchObject({ page: 1, pages: 3 });
    expect(canGoPrevious(view)).toBe(false);
    expect(canGoNext(view)).toBe(true);
    expect(run([{ type: 'previous' }], view).page).toBe(1);
  });

  it('steps to the last page and stops there', () => {
    const last = run([{ type: 'loaded', pages: 3 }, { type: 'next' }, { type: 'next' }, { type: 'next' }]);
    expect(last.page).toBe(3);
    expect(canGoNext(last)).toBe(false);
    expect(canGoPrevious(last)).toBe(true);
    expect(run([{ type: 'previous' }], last).page).toBe(2);
  });

  it('cannot move at all in a one-page document or before it has loaded', () => {
    const one = run([{ type: 'loaded', pages: 1 }, { type: 'next' }]);
    expect(one.page).toBe(1);
    expect(canGoNext(one) || canGoPrevious(one)).toBe(false);
    expect(canGoNext(initialPdfView)).toBe(false);
    expect(run([{ type: 'next' }]).page).toBe(1);
  });

  it('clamps a page asked for directly', () => {
    expect(clampPage(0, 5)).toBe(1);
    expect(clampPage(-3, 5)).toBe(1);
    expect(clampPage(9, 5)).toBe(5);
    expect(clampPage(2.6, 5)).toBe(3);
    expect(clampPage(Number.NaN, 5)).toBe(1);
    expect(clampPage(4, 0)).toBe(1);
    expect(
      run([
        { type: 'loaded', pages: 4 },
        { type: 'go', page: 40 },
      ]).page,
    ).toBe(4);
  });

  it('always shows a page between 1 and the last, whatever the clicks', () => {
    const action = fc.oneof(
      fc.constant<PdfViewAction>({ type: 'previous' }),
      fc.constant<PdfViewAction>({ type: 'next' }),
      fc.integer({ min: -10, max: 50 }).map((page): PdfViewAction => ({ type: 'go', page })),
      fc.integer({ min: 0, max: 40 }).map((pages): PdfViewAction => ({ type: 'loaded', pages })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (actions) => {
        const view = run(actions);
        expect(view.page).toBeGreaterThanOrEqual(1);
        expect(view.page).toBeLessThanOrEqual(Math.max(1, view.pages));
        expect(Number.isInteger(view.page)).toBe(true);
      }),
    );
  });
});

describe('PDF viewer zoom', () => {
  it('fits the width by default, following the measured width', () => {
    const view = run([{ type: 'measured', fitScale: 0.6 }]);
    expect(view.zoom).toBe('fit');
    expect(scaleOf(view)).toBe(0.6);
  });

  it('zooms in and out from the fitted scale, and back to fit', () => {
    const zoomed = run([{ type: 'measured', fitScale: 0.8 }, { type: 'zoomIn' }]);
    expect(zoomed.zoom).toBeCloseTo(1);
    expect(scaleOf(run([{ type: 'zoomOut' }, { type: 'zoomOut' }], zoomed))).toBeCloseTo(0.64);
    const refitted = run([{ type: 'fit' }, { type: 'measured', fitScale: 0.5 }], zoomed);
    expect(scaleOf(refitted)).toBe(0.5);
  });

  it('stays between the smallest and the largest scale', () => {
    const big = run(Array.from({ length: 30 }, (): PdfViewAction => ({ type: 'zoomIn' })));
    expect(scaleOf(big)).toBe(MAX_SCALE);
    expect(canZoomIn(big)).toBe(false);
    const small = run(Array.from({ length: 30 }, (): PdfViewAction => ({ type: 'zoomOut' })));
    expect(scaleOf(small)).toBe(MIN_SCALE);
    expect(canZoomOut(small)).toBe(false);
  });

  it('computes the fit-width scale, 1 when a size is unknown', () => {
    expect(fitWidthScale(306, 612)).toBe(0.5);
    expect(fitWidthScale(0, 612)).toBe(1);
    expect(fitWidthScale(300, 0)).toBe(1);
    expect(fitWidthScale(100_000, 612)).toBe(MAX_SCALE);
  });

  it('lowers the canvas density so a zoomed page stays drawable on a phone', () => {
    expect(canvasPixelRatio(400, 500, 3)).toBe(3);
    const ratio = canvasPixelRatio(2400, 3200, 3);
    expect(2400 * ratio * 3200 * ratio).toBeLessThanOrEqual(16_000_001);
    expect(canvasPixelRatio(400, 500, 0)).toBe(1);
  });
});
