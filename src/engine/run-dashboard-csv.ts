import { toCsv } from '../domain/csv';
import { formatDateVi } from '../domain/date';
import type { Language } from '../domain/localized';
import { DASHBOARD_LABELS as L, TIMELINESS_LABELS, WORKING_STATUS_LABELS } from '../domain/run-labels';
import type { Stage } from '../domain/stage';
import { TIMELINESS } from '../domain/timeliness';
import type { ProgressRow, RunDashboard } from './run-dashboard';

/** A row of the progress report: text and counts. */
export type DashboardRow = Array<string | number>;

/** The dashboard laid out like an office's progress report (báo cáo tiến độ), in one language. */
export interface DashboardReport {
  /** The title, the as-of date and the number of days that count as due soon. */
  heading: DashboardRow[];
  /** The reporting categories in all, per body and per stage: a head row and one row per group. */
  countsHead: DashboardRow;
  counts: DashboardRow[];
  overdueTitle: string;
  /** Assignments not completed and past due, most days late first. */
  overdueHead: DashboardRow;
  overdue: DashboardRow[];
}

/** The report's rows; `stageNames` are the stages' labels in the chosen language. */
export function dashboardReport(
  d: RunDashboard,
  language: Language,
  stageNames: Record<Stage, string>,
): DashboardReport {
  const say = (label: { vi: string; en: string }) => label[language];
  const counts = (group: string, name: string, r: ProgressRow) => [
    group,
    name,
    r.total,
    r.completed,
    ...TIMELINESS.map((c) => r.counts[c]),
  ];
  return {
    heading: [[say(L.title)], [say(L.asOf), formatDateVi(d.asOf)], [say(L.dueSoonDays), d.dueSoonDays]],
    countsHead: [
      say(L.group),
      say(L.name),
      say(L.total),
      say(L.completed),
      ...TIMELINESS.map((c) => say(TIMELINESS_LABELS[c])),
    ],
    counts: [
      counts(say(L.whole), '', d.total),
      ...d.byBody.map((r) => counts(say(L.body), r.name, r)),
      ...d.byStage.map((r) => counts(say(L.stage), stageNames[r.id], r)),
    ],
    overdueTitle: say(L.overdueList),
    overdueHead: [say(L.code), say(L.task), say(L.body), say(L.due), say(L.daysLate), say(L.status)],
    overdue: d.overdue.map((o) => [
      o.code,
      o.title,
      o.assignee,
      formatDateVi(o.due),
      o.daysLate,
      say(WORKING_STATUS_LABELS[o.status]),
    ]),
  };
}

/**
 * The dashboard as a CSV file (UTF-8 with BOM, so spreadsheet programs show Vietnamese): the heading, the
 * categories in all, per body and per stage, then the overdue list.
 */
export function dashboardCsv(d: RunDashboard, language: Language, stageNames: Record<Stage, string>): string {
  const r = dashboardReport(d, language, stageNames);
  return toCsv([
    ...r.heading,
    [],
    r.countsHead,
    ...r.counts,
    [],
    [r.overdueTitle],
    r.overdueHead,
    ...r.overdue,
  ]);
}
