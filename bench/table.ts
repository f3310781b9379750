/** Prints rows as a table: the first column left-aligned, the others right-aligned. */
export function printTable(log: (line?: string) => void, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  log();
  log(line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r) => log(line(r)));
}
