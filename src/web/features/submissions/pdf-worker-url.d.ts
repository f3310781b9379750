/** Vite's `?url` import of pdf.js's worker: the address of the file it copies into the build. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url' {
  const url: string;
  export default url;
}
