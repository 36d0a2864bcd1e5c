/**
 * The assignment table as CSV (UTF-8 with BOM, every field quoted, CRLF: opens correctly in Excel) and as .xlsx
 * (exceljs; a browser screen loads this module lazily).
 */
import ExcelJS from 'exceljs';
import type { Plan } from '../domain/plan';
import { ASSIGNMENT_COLUMNS, assignmentCells, assignmentRows } from './assignment-rows';

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
export async function exportAssignmentsXlsx(plan: Plan): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Rollout Studio';
  const sheet = book.addWorksheet('Phân công');
  sheet.addRow([...ASSIGNMENT_COLUMNS]);
  assignmentRows(plan).forEach((row, i) => sheet.addRow(assignmentCells(row, i)));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ASSIGNMENT_COLUMNS.length } };
  [6, 12, 60, 30, 30, 30, 12, 22, 16].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
