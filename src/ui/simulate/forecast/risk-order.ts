import type { TaskForecast } from '../../../engine/forecast-types';

/** The columns the task table sorts by: risk (the chance on time), item code, deadline, P50 or P90 finish. */
export const TASK_SORTS = ['risk', 'code', 'deadline', 'p50', 'p90'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];

/**
 * Tasks by risk: least likely to succeed first, success being meeting the deadline, or finishing at all for
 * a task without one; duties without an end and cancelled tasks last. Ties keep the plan's order.
 */
export function byRisk(tasks: readonly TaskForecast[]): TaskForecast[] {
  const rank = (t: TaskForecast) => (t.mode === 'work' || t.mode === 'event' ? (t.onTime ?? t.finishes) : 2);
  return [...tasks].sort((a, b) => rank(a) - rank(b));
}

/** Earliest date first, tasks without that date last; ties keep the order given. */
function byDate(tasks: readonly TaskForecast[], date: (t: TaskForecast) => string | null): TaskForecast[] {
  return [...tasks].sort((a, b) => (date(a) ?? '\uffff').localeCompare(date(b) ?? '\uffff'));
}

/** The tasks in the order of `sort`; `compareCodes` orders item codes ("II.2" before "II.10"). */
export function sortTasks(
  tasks: readonly TaskForecast[],
  sort: TaskSort,
  codeOf: (taskId: string) => string,
  compareCodes: (a: string, b: string) => number,
): TaskForecast[] {
  switch (sort) {
    case 'risk':
      return byRisk(tasks);
    case 'code':
      return [...tasks].sort((a, b) => compareCodes(codeOf(a.taskId), codeOf(b.taskId)));
    case 'deadline':
    case 'p50':
    case 'p90':
      return byDate(tasks, (t) => t[sort]);
  }
}
