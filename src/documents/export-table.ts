/**
 * The assignment table as CSV (UTF-8 with BOM, every field quoted, CRLF: opens correctly in Excel) and as .xlsx
 * (our small writer, xlsx-writer.ts).
 */
import type { Plan } from '../domain/plan';
import { ASSIGNMENT_COLUMNS, assignmentCells, assignmentRows } from './assignment-rows';
import { xlsxBytes } from './xlsx-writer';

function quote(value: string | number): string {
  return `"${String(value).replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV with a byte-order mark, so spreadsheet programs read it as UTF-8. */
export function exportAssignmentsCsv(plan: Plan): string {
  const lines = [ASSIGNMENT_COLUMNS.map(quote).join(',')];
  assignmentRows(plan).forEach((row, i) => lines.push(assignmentCells(row, i).map(quote).join(',')));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The table as an .xlsx workbook's bytes: one sheet, a bold frozen header row, filters on. */
export function exportAssignmentsXlsx(plan: Plan): Uint8Array {
  const rows = assignmentRows(plan).map((row, i) => ({ cells: assignmentCells(row, i) }));
  return xlsxBytes({
    creator: 'Rollout Studio',
    sheets: [
      {
        name: 'Phân công',
        rows: [{ cells: ASSIGNMENT_COLUMNS, style: { bold: true } }, ...rows],
        header: 0,
        widths: [6, 12, 60, 30, 30, 30, 12, 22, 16],
      },
    ],
  });
}
