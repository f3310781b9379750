import { useEffect, useReducer, useRef, useState, type RefObject } from 'react';
import type { PDFDocumentProxy, PDFWorker, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
// Vite copies the worker into the build and gives its address; the code itself is not bundled here.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import { Button } from '../../components/Button.js';
import { Icon } from '../../components/Icon.js';
import { Notice } from '../../components/Notice.js';
import { LoadingBlock, Skeleton } from '../../components/Skeleton.js';
import {
  canGoNext,
  canGoPrevious,
  canZoomIn,
  canZoomOut,
  canvasPixelRatio,
  fitWidthScale,
  initialPdfView,
  pdfView,
  scaleOf,
} from './pdf-view.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/*
 * pdf.js is loaded only when a PDF is shown (its own chunk), and once. The legacy build runs on
 * the older iPads and Chromebooks schools keep. One worker serves every PDF on the page.
 */
let pdfjsLoading: Promise<PdfJs> | null = null;
let sharedWorker: PDFWorker | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs').then(
    (pdfjs) => {
      pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
      return pdfjs;
    },
    (error: unknown) => {
      pdfjsLoading = null; // a later attempt may succeed (e.g. back online)
      throw error;
    },
  );
  return pdfjsLoading;
}

function worker(pdfjs: PdfJs): PDFWorker {
  if (!sharedWorker || sharedWorker.destroyed) sharedWorker = new pdfjs.PDFWorker();
  return sharedWorker;
}

/** What to tell the reader when a PDF cannot be shown (pdf.js names its errors). */
export function pdfErrorMessage(error: unknown): string {
  const name = (error as { name?: unknown } | null | undefined)?.name;
  if (name === 'PasswordException') return 'This PDF is protected by a password. Download it to open it.';
  if (name === 'InvalidPDFException') return 'This file could not be read as a PDF. Download it to open it.';
  if (name === 'MissingPDFException' || name === 'UnexpectedResponseException')
    return 'The PDF could not be fetched. Check your connection and try again, or download it.';
  return 'The PDF could not be shown here. Try again, or download it.';
}

/** The width available inside an element, kept up to date as the window changes. */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

type Load =
  { state: 'loading' } | { state: 'ready'; doc: PDFDocumentProxy } | { state: 'error'; message: string };

/**
 * A PDF shown page by page on a canvas with pdf.js: previous/next, "page X of N", zoom to fit the
 * width or in and out, loading and error states. Fetched with range requests (only the pages
 * shown are downloaded), never evaluating code from the file.
 */
export function PdfViewer({
  url,
  title,
  downloadName,
}: {
  url: string;
  title: string;
  downloadName: string;
}) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [view, dispatch] = useReducer(pdfView, initialPdfView);
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(boxRef);

  useEffect(() => {
    let cancelled = false;
    let task: ReturnType<PdfJs['getDocument']> | null = null;
    setLoad({ state: 'loading' });
    loadPdfJs()
      .then((pdfjs) => {
        if (cancelled) return null;
        task = pdfjs.getDocument({
          url,
          worker: worker(pdfjs),
          isEvalSupported: false,
          // Fetch only the byte ranges the pages shown need, not the whole (maybe large) file.
          disableAutoFetch: true,
          disableStream: true,
          enableXfa: false,
        });
        return task.promise;
      })
      .then((doc) => {
        if (cancelled || !doc) return;
        dispatch({ type: 'loaded', pages: doc.numPages });
        setLoad({ state: 'ready', doc });
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoad({ state: 'error', message: pdfErrorMessage(error) });
      });
    return () => {
      cancelled = true;
      void task?.destroy();
    };
  }, [url, attempt]);

  const doc = load.state === 'ready' ? load.doc : null;
  const { zoom } = view;
  useEffect(() => {
    if (!doc) return;
    let cancelled = false;
    let render: RenderTask | null = null;
    doc
      .getPage(view.page)
      .then((page) => {
        if (cancelled) return;
        // The box's inner width less its border, so the fitted page never needs a sideways scroll.
        const fitScale = fitWidthScale(width - 2, page.getViewport({ scale: 1 }).width);
        dispatch({ type: 'measured', fitScale });
        const viewport = page.getViewport({ scale: zoom === 'fit' ? fitScale : zoom });
        const canvas = canvasRef.current;
        const context = canvas?.getContext('2d');
        if (!canvas || !context) return;
        const ratio = canvasPixelRatio(viewport.width, viewport.height, window.devicePixelRatio);
        canvas.width = Math.floor(viewport.width * ratio);
        canvas.height = Math.floor(viewport.height * ratio);
        canvas.style.width = `${Math.floor(viewport.width)}px`;
        canvas.style.height = `${Math.floor(viewport.height)}px`;
        render = page.render({
          canvasContext: context,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
        });
        return render.promise;
      })
      .catch((error: unknown) => {
        if (cancelled || (error as Error | null)?.name === 'RenderingCancelledException') return;
        setLoad({ state: 'error', message: pdfErrorMessage(error) });
      });
    return () => {
      cancelled = true;
      render?.cancel();
    };
  }, [doc, view.page, zoom, width]);

  const download = (
    <a href={url} download={downloadName} className="inline-flex items-center gap-1 text-sm">
      <Icon name="download" className="h-4 w-4" />
      Download the PDF<span className="sr-only">: {downloadName}</span>
    </a>
  );

  return (
    <div className="space-y-2">
      {load.state === 'error' ? (
        <Notice tone="error" title={load.message}>
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <Button size="sm" variant="secondary" icon="refresh" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </Button>
            {download}
          </div>
        </Notice>
      ) : (
        <div
          role="toolbar"
          aria-label={`Pages and zoom of ${title}`}
          className="flex flex-wrap items-center gap-x-3 gap-y-2"
        >
          <div className="flex items-center gap-1">
            <Button
              size="sm"
              variant="secondary"
              onClick={() => dispatch({ type: 'previous' })}
              disabled={!doc || !canGoPrevious(view)}
              aria-label="Previous page"
            >
              <Icon name="chevronLeft" className="h-4 w-4" />
            </Button>
            <p aria-live="polite" className="min-w-[7.5rem] text-center text-sm tabular-nums text-slate-800">
              {doc ? `Page ${view.page} of ${view.pages}` : 'Loading…'}
            </p>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => dispatch({ type: 'next' })}
              disabled={!doc || !canGoNext(view)}
              aria-label="Next page"
            >
              <Icon name="chevronRight" className="h-4 w-4" />
            </Button>
          </div>
          <div className="flex items-center gap-1">
            <Button
              size="sm"
              variant="secondary"
              onClick={() => dispatch({ type: 'zoomOut' })}
              disabled={!doc || !canZoomOut(view)}
              aria-label="Zoom out"
            >
              <span aria-hidden="true" className="w-4 text-center font-semibold">
                −
              </span>
            </Button>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => dispatch({ type: 'fit' })}
              disabled={!doc}
              aria-pressed={view.zoom === 'fit'}
            >
              Fit width
            </Button>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => dispatch({ type: 'zoomIn' })}
              disabled={!doc || !canZoomIn(view)}
              aria-label="Zoom in"
            >
              <span aria-hidden="true" className="w-4 text-center font-semibold">
                +
              </span>
            </Button>
            <span className="sr-only" aria-live="polite">
              {doc ? `Zoom ${Math.round(scaleOf(view) * 100)}%` : ''}
            </span>
          </div>
        </div>
      )}
      <div
        ref={boxRef}
        tabIndex={0}
        role="group"
        aria-label={`${title} (PDF)`}
        className={`max-h-[75vh] overflow-auto rounded-md border border-slate-200 bg-slate-100 ${
          load.state === 'error' ? 'hidden' : ''
        }`}
      >
        {load.state === 'loading' ? (
          <LoadingBlock label="Loading the PDF…">
            <Skeleton className="h-72 w-full rounded-none" />
          </LoadingBlock>
        ) : null}
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={doc ? `${title}, page ${view.page} of ${view.pages}` : title}
          className={`mx-auto block bg-white ${doc ? '' : 'hidden'}`}
        />
      </div>
      {load.state === 'error' ? null : download}
    </div>
  );
}
