import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../../server/errors.js';

/** A file's columns: those it must have and those it may have (names compared case-insensitively). */
export type CsvSpec = {
  file: string;
  required: string[];
  optional: string[];
  /** Groups of columns of which the file needs at least one (e.g. OneRoster `role` or `roles`). */
  oneOf?: string[][];
};

export type CsvRow = { line: number; cells: ReadonlyMap<string, string>; width: number };

export type OpenCsv = {
  file: string;
  columns: string[];
  rows: AsyncIterable<CsvRow>;
  /** Stops reading (when the caller gives up early). */
  close: () => void;
};

const invalid = (message: string, details?: Record<string, unknown>) =>
  new AppError('INVALID_FILE', message, details);

/**
 * Decodes UTF-8 as it streams, refusing anything else with a message a person can act on: UTF-16
 * (what Excel's "Unicode text" writes) and bytes that are not UTF-8 (Latin-1, Windows-1252). A
 * UTF-8 byte-order mark is dropped.
 */
function utf8Only(file: string) {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let offset = 0;
  let first = true;
  const refuse = (why: string) =>
    invalid(`${file} is ${why}. Save it as "CSV UTF-8" and try again.`, { file, encoding: why });
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      if (first) {
        first = false;
        if (
          chunk.length >= 2 &&
          ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
        )
          return done(refuse('in UTF-16, not UTF-8'));
        if (chunk.subarray(0, 512).includes(0))
          return done(refuse('not text (it contains zero bytes; UTF-16?)'));
      }
      try {
        const text = decoder.decode(chunk, { stream: true });
        offset += chunk.length;
        done(null, text);
      } catch {
        done(refuse(`not UTF-8 (an invalid byte within the first ${offset + chunk.length} bytes; Latin-1?)`));
      }
    },
    flush(done) {
      try {
        const rest = decoder.decode();
        done(null, rest || undefined);
      } catch {
        done(refuse('not UTF-8 (it ends in the middle of a character)'));
      }
    },
  });
}

const normalize = (column: string) => column.trim().toLowerCase();

/**
 * Opens a CSV stream and checks its header against `spec` before any row is read: a file with
 * missing columns is refused naming them. Rows then stream one at a time (never the whole file);
 * cells are trimmed and kept as text. A line that is not CSV at all (an unclosed quote) refuses the
 * whole file naming the line, since what follows it cannot be trusted.
 */
export async function openCsv(input: Readable, spec: CsvSpec): Promise<OpenCsv> {
  const decoded = utf8Only(spec.file);
  const parser = parse({
    bom: true,
    trim: true,
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    max_record_size: 64 * 1024,
  });
  input.on('error', (err) => decoded.destroy(err));
  decoded.on('error', (err) => parser.destroy(err));
  input.pipe(decoded).pipe(parser);
  const close = () => {
    input.destroy();
    decoded.destroy();
    parser.destroy();
  };
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { lines: number };
  }>;
  const next = async () => {
    try {
      return await iterator.next();
    } catch (err) {
      close();
      if (err instanceof AppError) throw err;
      const e = err as { code?: string; lines?: number; message?: string };
      if (e.code?.startsWith('CSV_'))
        throw invalid(`${spec.file} is not a readable CSV file near line ${e.lines ?? '?'}: ${e.message}`, {
          file: spec.file,
          line: e.lines,
        });
      throw err;
    }
  };

  const head = await next();
  if (head.done) throw invalid(`${spec.file} is empty: it needs a header line.`, { file: spec.file });
  const columns = head.value.record.map(normalize);
  const missing = [
    ...spec.required.filter((c) => !columns.includes(normalize(c))),
    ...(spec.oneOf ?? [])
      .filter((group) => !group.some((c) => columns.includes(normalize(c))))
      .map((group) => group.join(' or ')),
  ];
  if (missing.length) {
    close();
    throw invalid(
      `${spec.file} is missing the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}. ` +
        `Its first line must name the columns: ${[...spec.required, ...(spec.oneOf ?? []).map((g) => g.join(' or '))].join(', ')}` +
        (spec.optional.length ? ` (and optionally ${spec.optional.join(', ')}).` : '.'),
      { file: spec.file, missing, found: columns },
    );
  }
  const repeated = columns.filter((c, i) => c && columns.indexOf(c) !== i);
  if (repeated.length) {
    close();
    throw invalid(`${spec.file} names the column ${repeated[0]} twice.`, { file: spec.file, repeated });
  }

  async function* rows(): AsyncGenerator<CsvRow> {
    for (;;) {
      const r = await next();
      if (r.done) return;
      const cells = new Map<string, string>();
      columns.forEach((c, i) => cells.set(c, r.value.record[i] ?? ''));
      yield { line: r.value.info.lines, cells, width: r.value.record.length };
    }
  }
  return { file: spec.file, columns, rows: rows(), close };
}
