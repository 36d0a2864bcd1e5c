/** The byte order mark that makes spreadsheet programs read a CSV file as UTF-8 (and show Vietnamese). */
export const UTF8_BOM = '\uFEFF';

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV (RFC 4180: commas, quotes doubled, CRLF line ends), UTF-8 with a BOM. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return UTF8_BOM + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
