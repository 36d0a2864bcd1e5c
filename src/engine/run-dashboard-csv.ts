import { toCsv } from '../domain/csv';
import { formatDateVi } from '../domain/date';
import type { Language } from '../domain/localized';
import { DASHBOARD_LABELS as L, TIMELINESS_LABELS, WORKING_STATUS_LABELS } from '../domain/run-labels';
import type { Stage } from '../domain/stage';
import { TIMELINESS } from '../domain/timeliness';
import type { ProgressRow, RunDashboard } from './run-dashboard';

/**
 * The dashboard as a CSV file (UTF-8 with BOM) laid out like an office's progress report: the as-of date, the
 * categories in all, per body and per stage, then the overdue list. `stageNames` are the stages' labels in
 * the chosen language.
 */
export function dashboardCsv(d: RunDashboard, language: Language, stageNames: Record<Stage, string>): string {
  const say = (label: { vi: string; en: string }) => label[language];
  const counts = (group: string, name: string, r: ProgressRow) => [
    group,
    name,
    r.total,
    r.completed,
    ...TIMELINESS.map((c) => r.counts[c]),
  ];
  return toCsv([
    [say(L.title)],
    [say(L.asOf), formatDateVi(d.asOf)],
    [say(L.dueSoonDays), d.dueSoonDays],
    [],
    [
      say(L.group),
      say(L.name),
      say(L.total),
      say(L.completed),
      ...TIMELINESS.map((c) => say(TIMELINESS_LABELS[c])),
    ],
    counts(say(L.whole), '', d.total),
    ...d.byBody.map((r) => counts(say(L.body), r.name, r)),
    ...d.byStage.map((r) => counts(say(L.stage), stageNames[r.id], r)),
    [],
    [say(L.overdueList)],
    [say(L.code), say(L.task), say(L.body), say(L.due), say(L.daysLate), say(L.status)],
    ...d.overdue.map((o) => [
      o.code,
      o.title,
      o.assignee,
      formatDateVi(o.due),
      o.daysLate,
      say(WORKING_STATUS_LABELS[o.status]),
    ]),
  ]);
}
