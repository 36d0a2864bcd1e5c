import type { TaskForecast } from '../../../engine/forecast-types';

/**
 * Tasks by risk: least likely to succeed first, success being meeting the deadline, or finishing at all for
 * a task without one; duties without an end and cancelled tasks last. Ties keep the plan's order.
 */
export function byRisk(tasks: readonly TaskForecast[]): TaskForecast[] {
  const rank = (t: TaskForecast) => (t.mode === 'work' || t.mode === 'event' ? (t.onTime ?? t.finishes) : 2);
  return [...tasks].sort((a, b) => rank(a) - rank(b));
}
