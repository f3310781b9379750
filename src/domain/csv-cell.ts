/**
 * One CSV cell, safe to open in a spreadsheet: text starting with = + - @ a tab or a carriage
 * return would be read as a formula, so it gets a leading apostrophe; then the cell is quoted
 * (RFC 4180) when it holds a comma, a quote or a line break.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line (CRLF-terminated) of neutralized cells. */
export const csvRow = (cells: (string | number | null | undefined)[]) =>
  `${cells.map(csvCell).join(',')}\r\n`;
