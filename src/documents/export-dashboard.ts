/**
 * A run's deadline dashboard as an .xlsx workbook (exceljs; the run screen loads this module lazily): the
 * progress report in the government's reporting categories on one sheet, each category's column in its
 * colour, and the overdue list on another.
 */
import ExcelJS from 'exceljs';
import type { Language } from '../domain/localized';
import type { Stage } from '../domain/stage';
import { CATEGORY_COLOURS, TIMELINESS, type TimelinessColour } from '../domain/timeliness';
import type { RunDashboard } from '../engine/run-dashboard';
import { dashboardReport, type DashboardRow } from '../engine/run-dashboard-csv';

/** The fills of the categories' colours (the screen's light backgrounds). */
const FILLS: Record<TimelinessColour, string> = {
  green: 'FFDCF5E3',
  blue: 'FFE3F0FC',
  amber: 'FFFFF3D6',
  red: 'FFFDE4E7',
  grey: 'FFF5F6F8',
};

export const DASHBOARD_SHEETS = { vi: ['Tiến độ', 'Quá hạn'], en: ['Progress', 'Overdue'] } as const;

function table(sheet: ExcelJS.Worksheet, head: DashboardRow, rows: DashboardRow[], widths: number[]): void {
  const headRow = sheet.addRow(head);
  headRow.font = { bold: true };
  headRow.alignment = { wrapText: true, vertical: 'top' };
  rows.forEach((r) => sheet.addRow(r));
  sheet.views = [{ state: 'frozen', ySplit: headRow.number }];
  sheet.autoFilter = {
    from: { row: headRow.number, column: 1 },
    to: { row: headRow.number, column: head.length },
  };
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
}

/** The workbook's bytes, in `language`; `stageNames` are the stages' labels in it. */
export async function exportDashboardXlsx(
  d: RunDashboard,
  language: Language,
  stageNames: Record<Stage, string>,
): Promise<Uint8Array> {
  const report = dashboardReport(d, language, stageNames);
  const book = new ExcelJS.Workbook();
  book.creator = 'Rollout Studio';
  const [progressName, overdueName] = DASHBOARD_SHEETS[language];
  const progress = book.addWorksheet(progressName);
  report.heading.forEach((r) => progress.addRow(r));
  progress.getRow(1).font = { bold: true, size: 14 };
  progress.addRow([]);
  table(progress, report.countsHead, report.counts, [16, 36, 10, 12, ...TIMELINESS.map(() => 16)]);
  TIMELINESS.forEach((category, i) => {
    const fill = FILLS[CATEGORY_COLOURS[category]];
    progress.getRow(report.heading.length + 2).getCell(5 + i).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: fill },
    };
  });
  const overdue = book.addWorksheet(overdueName);
  overdue.addRow([report.overdueTitle]).font = { bold: true, size: 14 };
  table(overdue, report.overdueHead, report.overdue, [14, 60, 36, 12, 14, 18]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
