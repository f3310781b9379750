/**
 * The PDF viewer's controls as pure rules: which page is shown, how far it is zoomed. The canvas
 * drawing lives in PdfViewer.tsx; everything a button decides lives here.
 */

/** `fit` follows the width of the viewer; a number is a fixed scale (1 = the PDF's own size). */
export type Zoom = 'fit' | number;

export type PdfView = {
  page: number;
  /** 0 until the document has loaded. */
  pages: number;
  zoom: Zoom;
  /** The scale at which the current page fills the viewer's width (1 until measured). */
  fitScale: number;
};

export type PdfViewAction =
  | { type: 'loaded'; pages: number }
  | { type: 'previous' }
  | { type: 'next' }
  | { type: 'go'; page: number }
  | { type: 'measured'; fitScale: number }
  | { type: 'zoomIn' }
  | { type: 'zoomOut' }
  | { type: 'fit' };

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 4;
export const ZOOM_STEP = 1.25;

export const initialPdfView: PdfView = { page: 1, pages: 0, zoom: 'fit', fitScale: 1 };

/** A whole page number between 1 and the last page (1 while the count is unknown). */
export function clampPage(page: number, pages: number): number {
  if (!Number.isFinite(page) || pages < 1) return 1;
  return Math.min(Math.max(1, Math.round(page)), Math.floor(pages));
}

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

export const canGoPrevious = (view: PdfView) => view.page > 1;
export const canGoNext = (view: PdfView) => view.page < view.pages;

/** The scale the page is drawn at. */
export const scaleOf = (view: PdfView) => (view.zoom === 'fit' ? view.fitScale : view.zoom);

export const canZoomIn = (view: PdfView) => scaleOf(view) < MAX_SCALE;
export const canZoomOut = (view: PdfView) => scaleOf(view) > MIN_SCALE;

/** The scale at which a page `pageWidth` wide fills `boxWidth`; 1 when either is unknown. */
export function fitWidthScale(boxWidth: number, pageWidth: number): number {
  if (!(boxWidth > 0) || !(pageWidth > 0)) return 1;
  return clampScale(boxWidth / pageWidth);
}

/**
 * How many canvas pixels per CSS pixel: the screen's density, lowered so a zoomed page stays under
 * `maxPixels` (phones refuse to draw larger canvases, and memory is short there).
 */
export function canvasPixelRatio(
  cssWidth: number,
  cssHeight: number,
  devicePixelRatio: number,
  maxPixels = 16_000_000,
): number {
  const dpr = devicePixelRatio > 0 ? devicePixelRatio : 1;
  const area = cssWidth * cssHeight;
  if (!(area > 0)) return dpr;
  return Math.min(dpr, Math.sqrt(maxPixels / area));
}

export function pdfView(view: PdfView, action: PdfViewAction): PdfView {
  switch (action.type) {
    case 'loaded': {
      const pages = Math.max(0, Math.floor(action.pages));
      return { ...view, pages, page: clampPage(view.page, pages) };
    }
    case 'previous':
      return { ...view, page: clampPage(view.page - 1, view.pages) };
    case 'next':
      return { ...view, page: clampPage(view.page + 1, view.pages) };
    case 'go':
      return { ...view, page: clampPage(action.page, view.pages) };
    case 'measured':
      return action.fitScale > 0 && action.fitScale !== view.fitScale
        ? { ...view, fitScale: action.fitScale }
        : view;
    case 'zoomIn':
      return { ...view, zoom: clampScale(scaleOf(view) * ZOOM_STEP) };
    case 'zoomOut':
      return { ...view, zoom: clampScale(scaleOf(view) / ZOOM_STEP) };
    case 'fit':
      return { ...view, zoom: 'fit' };
  }
}
