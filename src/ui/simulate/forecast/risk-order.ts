import type { TaskForecast } from '../../../engine/forecast-types';

/** Tasks by risk: least likely to be on time first; tasks without a chance (no deadline, bands) last. */
export function byRisk(tasks: readonly TaskForecast[]): TaskForecast[] {
  const rank = (t: TaskForecast) => t.onTime ?? 2 - t.finishes / 10;
  return [...tasks].sort((a, b) => rank(a) - rank(b));
}
