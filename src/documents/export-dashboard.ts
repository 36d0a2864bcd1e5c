/**
 * A run's deadline dashboard as an .xlsx workbook (xlsx-writer.ts; the run screen loads this module lazily): the
 * progress report in the government's reporting categories on one sheet, each category's column in its
 * colour, and the overdue list on another.
 */
import type { Language } from '../domain/localized';
import type { Stage } from '../domain/stage';
import { CATEGORY_COLOURS, TIMELINESS, type TimelinessColour } from '../domain/timeliness';
import type { RunDashboard } from '../engine/run-dashboard';
import { dashboardReport, type DashboardRow } from '../engine/run-dashboard-csv';
import { xlsxBytes, type CellStyle, type SheetRow } from './xlsx-writer';

/** The fills of the categories' colours (the screen's light backgrounds). */
const FILLS: Record<TimelinessColour, string> = {
  green: 'FFDCF5E3',
  blue: 'FFE3F0FC',
  amber: 'FFFFF3D6',
  red: 'FFFDE4E7',
  grey: 'FFF5F6F8',
};

export const DASHBOARD_SHEETS = { vi: ['Tiến độ', 'Quá hạn'], en: ['Progress', 'Overdue'] } as const;

const TITLE: CellStyle = { bold: true, size: 14 };
const HEAD: CellStyle = { bold: true, wrap: true };

const plain = (rows: DashboardRow[]): SheetRow[] => rows.map((cells) => ({ cells }));

/** The workbook's bytes, in `language`; `stageNames` are the stages' labels in it. */
export function exportDashboardXlsx(
  d: RunDashboard,
  language: Language,
  stageNames: Record<Stage, string>,
): Uint8Array {
  const report = dashboardReport(d, language, stageNames);
  const [progressName, overdueName] = DASHBOARD_SHEETS[language];
  const [title, ...heading] = plain(report.heading);
  const fills = new Map(
    TIMELINESS.map((category, i): [number, CellStyle] => [
      4 + i,
      { fill: FILLS[CATEGORY_COLOURS[category]] },
    ]),
  );
  const progress: SheetRow[] = [
    { cells: title?.cells ?? [], style: TITLE },
    ...heading,
    { cells: [] },
    { cells: report.countsHead, style: HEAD, cellStyles: fills },
    ...plain(report.counts),
  ];
  return xlsxBytes({
    creator: 'Rollout Studio',
    sheets: [
      {
        name: progressName,
        rows: progress,
        header: report.heading.length + 1,
        widths: [16, 36, 10, 12, ...TIMELINESS.map(() => 16)],
      },
      {
        name: overdueName,
        rows: [
          { cells: [report.overdueTitle], style: TITLE },
          { cells: report.overdueHead, style: HEAD },
          ...plain(report.overdue),
        ],
        header: 1,
        widths: [14, 60, 36, 12, 14, 18],
      },
    ],
  });
}
