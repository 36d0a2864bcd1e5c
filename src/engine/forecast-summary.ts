import type { ForecastSetup } from './forecast-setup';
import type { BodyForecast, CriticalChain, TaskForecast } from './forecast-types';

/**
 * What the runs so far have gathered: times per task and per assignee, one row of `capacity` runs each
 * (row i holds runs 0…runs-1 of task or assignee i), so that a row is read in one piece.
 */
export interface RunTally {
  runs: number;
  capacity: number;
  done: Float64Array;
  started: Float64Array;
  bodies: Float64Array;
  ends: Float64Array;
  chains: Map<string, number>;
  critical: Int32Array;
}

/** Row `row` of `values` (the runs of one task or assignee), sorted: NaN last, after Infinity. */
function sortedRow(values: Float64Array, tally: RunTally, row: number): Float64Array {
  return values
    .subarray(row * tally.capacity, row * tally.capacity + tally.runs)
    .slice()
    .sort();
}

/** The value at quantile `q` (nearest rank) of a sorted row. */
function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number;
}

/** Share of a sorted row at most `limit` (binary search: the row is sorted). */
function shareUpTo(sorted: Float64Array, limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] as number) <= limit) low = mid + 1;
    else high = mid;
  }
  return sorted.length > 0 ? low / sorted.length : 0;
}

export function summariseTasks(setup: ForecastSetup, tally: RunTally): TaskForecast[] {
  const { clock, tasks } = setup;
  const { runs } = tally;
  return tasks.map((t, i) => {
    const sorted = sortedRow(tally.done, tally, i);
    const finite = t.mode === 'work' || t.mode === 'event';
    const dateOf = (time: number) => {
      if (!finite || runs === 0 || !Number.isFinite(time)) return null;
      return time === t.fixedTime && t.fixedDate ? t.fixedDate : clock.dateAt(time);
    };
    const [p10, p50, p90] = [0.1, 0.5, 0.9].map((q) => dateOf(quantile(sorted, q)));
    const begin = quantile(sortedRow(tally.started, tally, i), 0.5);
    const start =
      !finite || runs === 0 || !Number.isFinite(begin)
        ? null
        : t.mode === 'event'
          ? p50
          : clock.startDateAt(begin);
    const due = t.deadlineTime + 1e-9;
    return {
      taskId: t.id,
      mode: t.mode,
      deadline: t.deadline,
      tentative: t.tentative,
      onTime: finite && t.deadline ? shareUpTo(sorted, due) : null,
      finishes: finite ? shareUpTo(sorted, Number.MAX_VALUE) : 0,
      start: start ?? null,
      p10: p10 ?? null,
      p50: p50 ?? null,
      p90: p90 ?? null,
      critical: runs > 0 ? (tally.critical[i] as number) / runs : 0,
      band: t.band,
    };
  });
}

export function summariseBodies(setup: ForecastSetup, tally: RunTally): BodyForecast[] {
  const { clock, assignees } = setup;
  const { runs } = tally;
  return assignees.map((a, i) => {
    const sorted = sortedRow(tally.bodies, tally, i);
    const dateOf = (time: number) => (runs > 0 && Number.isFinite(time) ? clock.dateAt(time) : null);
    const [p50, p90] = [0.5, 0.9].map((q) => dateOf(quantile(sorted, q)));
    return {
      assigneeId: a.id,
      p50: p50 ?? null,
      p90: p90 ?? null,
      finishes: shareUpTo(sorted, Number.MAX_VALUE),
    };
  });
}

export function endOf(setup: ForecastSetup, tally: RunTally): { p50: string | null; p90: string | null } {
  const sorted = sortedRow(tally.ends, tally, 0);
  const [p50, p90] = [0.5, 0.9]
    .map((q) => quantile(sorted, q))
    .map((t) => (tally.runs > 0 && Number.isFinite(t) ? setup.clock.dateAt(t) : null));
  return { p50: p50 ?? null, p90: p90 ?? null };
}

/** The chain that ended the plan in most runs (ties: the one seen first). */
export function criticalChainOf(setup: ForecastSetup, tally: RunTally): CriticalChain | null {
  let best: [string, number] | null = null;
  for (const entry of tally.chains) if (!best || entry[1] > best[1]) best = entry;
  if (!best || tally.runs === 0) return null;
  const taskIds = best[0].split(',').map((i) => setup.tasks[Number(i)]?.id ?? '');
  return { taskIds, share: best[1] / tally.runs };
}
