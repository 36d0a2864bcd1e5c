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

/** A buffer for one row of runs: summarising the tasks reuses one, allocating nothing per task. */
function scratchOf(tally: RunTally): Float64Array {
  return new Float64Array(tally.runs);
}

/** The runs of row `row` (one task or assignee) copied into `into` (its first `runs` values). */
function copyRow(values: Float64Array, tally: RunTally, row: number, into: Float64Array): Float64Array {
  into.set(values.subarray(row * tally.capacity, row * tally.capacity + tally.runs));
  return into;
}

/** Row `row` of `values`, sorted: NaN last, after Infinity. */
function sortedRow(values: Float64Array, tally: RunTally, row: number): Float64Array {
  return copyRow(values, tally, row, scratchOf(tally)).sort();
}

/**
 * Puts the value of rank `k` at index `k` of `a[low..high]`, smaller values before it and larger after
 * (Hoare's quickselect: linear on average, where sorting the row would not be); `a` must hold no NaN.
 */
function select(a: Float64Array, k: number, low: number, high: number): number {
  while (low < high) {
    const pivot = a[(low + high) >> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = t;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else break;
  }
  return a[k] as number;
}

/** Nearest-rank quantiles `qs` (ascending) of a row without NaN, by selection. */
function quantilesOf(row: Float64Array, runs: number, qs: readonly number[]): number[] {
  let low = 0;
  return qs.map((q) => {
    const k = Math.max(0, Math.ceil(q * runs) - 1);
    const value = select(row, k, low, runs - 1);
    low = k;
    return value;
  });
}

/** Share of the runs of row `row` at most `limit`. */
function shareAtMost(values: Float64Array, tally: RunTally, row: number, limit: number): number {
  let count = 0;
  const end = row * tally.capacity + tally.runs;
  for (let r = row * tally.capacity; r < end; r++) if ((values[r] as number) <= limit) count++;
  return tally.runs > 0 ? count / tally.runs : 0;
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

/**
 * Per task: P10/P50/P90 finish, chance on time and of finishing, P50 start. Finite tasks' rows hold no NaN
 * (Infinity when a run never finishes them), so quantiles are selected rather than sorted.
 */
export function summariseTasks(setup: ForecastSetup, tally: RunTally): TaskForecast[] {
  const { clock, tasks } = setup;
  const { runs } = tally;
  const scratch = scratchOf(tally);
  return tasks.map((t, i) => {
    const finite = (t.mode === 'work' || t.mode === 'event') && runs > 0;
    const dateOf = (time: number) => {
      if (!Number.isFinite(time)) return null;
      return time === t.fixedTime && t.fixedDate ? t.fixedDate : clock.dateAt(time);
    };
    const finish = finite ? quantilesOf(copyRow(tally.done, tally, i, scratch), runs, [0.1, 0.5, 0.9]) : [];
    const [p10, p50, p90] = finish.map(dateOf);
    const [begin] = finite ? quantilesOf(copyRow(tally.started, tally, i, scratch), runs, [0.5]) : [NaN];
    const start = !Number.isFinite(begin)
      ? null
      : t.mode === 'event'
        ? p50
        : clock.startDateAt(begin as number);
    return {
      taskId: t.id,
      mode: t.mode,
      deadline: t.deadline,
      tentative: t.tentative,
      onTime: finite && t.deadline ? shareAtMost(tally.done, tally, i, t.deadlineTime + 1e-9) : null,
      finishes: finite ? shareAtMost(tally.done, tally, i, Number.MAX_VALUE) : 0,
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
