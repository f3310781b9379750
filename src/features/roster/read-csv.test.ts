import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { openCsv, type CsvSpec } from './read-csv.js';
import { openRoster, STAFF_CSV } from './roster-files.js';

const SPEC: CsvSpec = { file: 'staff.csv', required: ['email', 'first_name'], optional: ['role'] };
const bytes = (...parts: (string | Buffer)[]) =>
  Readable.from([Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)))]);

async function all(input: Readable, spec = SPEC) {
  const csv = await openCsv(input, spec);
  const rows = [];
  for await (const r of csv.rows) rows.push({ line: r.line, cells: Object.fromEntries(r.cells) });
  return rows;
}

describe('reading a roster CSV', () => {
  it('drops a UTF-8 byte-order mark, keeps accents, numbers lines from the header', async () => {
    const rows = await all(
      bytes(Buffer.from([0xef, 0xbb, 0xbf]), 'Email,First_Name\nzoë@example.test,Zoë\n\nb@x.org,B\n'),
    );
    expect(rows).toEqual([
      { line: 2, cells: { email: 'zoë@example.test', first_name: 'Zoë' } },
      { line: 4, cells: { email: 'b@x.org', first_name: 'B' } },
    ]);
  });

  it('names every missing column', async () => {
    await expect(openCsv(bytes('mail,role\n'), SPEC)).rejects.toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringContaining('missing the columns email, first_name'),
      details: { missing: ['email', 'first_name'] },
    });
    await expect(openCsv(bytes(''), SPEC)).rejects.toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringContaining('empty'),
    });
  });

  it('refuses UTF-16 and Latin-1 with a message saying to save as CSV UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('email,first_name\n', 'utf16le')]);
    await expect(openCsv(bytes(utf16), SPEC)).rejects.toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringMatching(/UTF-16.*CSV UTF-8/),
    });
    const latin1 = Buffer.from('email,first_name\nrene@x.org,René\n', 'latin1');
    await expect(all(bytes(latin1))).rejects.toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringContaining('not UTF-8'),
    });
  });

  it('keeps formula-looking cells as plain text', async () => {
    const rows = await all(
      bytes('email,first_name\na@x.org,"=HYPERLINK(""http://x"",""y"")"\nb@x.org,+1\nc@x.org,@SUM(A1)\n'),
    );
    expect(rows.map((r) => r.cells.first_name)).toEqual(['=HYPERLINK("http://x","y")', '+1', '@SUM(A1)']);
  });

  it('refuses a file that is not CSV, naming the line', async () => {
    await expect(all(bytes('email,first_name\na@x.org,"unclosed\n'))).rejects.toMatchObject({
      code: 'INVALID_FILE',
    });
  });

  it('streams 100,000 generated rows with bounded memory', async () => {
    const N = 100_000;
    let i = 0;
    // Generated as it is read: the file never exists whole, in memory or on disk.
    const source = new Readable({
      read() {
        if (i === 0) this.push(STAFF_CSV.required.join(',') + ',role,staff_id\n');
        const lines: string[] = [];
        for (let k = 0; k < 1000 && i < N; k++, i++)
          lines.push(`person${i}@example.test,First${i},Last${i},SCH-${i % 50},educator,S${i}\n`);
        this.push(lines.length ? lines.join('') : null);
      },
    });
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const roster = await openRoster({ format: 'csv', name: 'big.csv', staff: () => source });
    let n = 0;
    let last = 0;
    for await (const p of roster.people) {
      n++;
      if ('line' in p) last = p.line;
      if (n % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(n).toBe(N);
    expect(last).toBe(N + 1);
    // The whole file is about 7 MB of text and far more as objects; streaming keeps well under that.
    expect(peak - before).toBeLessThan(64 * 1024 * 1024);
  }, 30_000);
});
