import type { ForecastSetup } from './forecast-setup';
import type { BodyForecast, CriticalChain, TaskForecast } from './forecast-types';

/** What the runs so far have gathered: times per run (row-major: run × task, run × assignee). */
export interface RunTally {
  runs: number;
  done: Float64Array;
  bodies: Float64Array;
  ends: Float64Array;
  chains: Map<string, number>;
  critical: Int32Array;
}

/** The value at quantile `q` (nearest rank) of the column `column` of `width` columns. */
function quantiles(
  values: Float64Array,
  width: number,
  column: number,
  runs: number,
  qs: number[],
): number[] {
  const column_ = new Float64Array(runs);
  for (let r = 0; r < runs; r++) column_[r] = values[r * width + column] as number;
  column_.sort();
  return qs.map((q) => column_[Math.max(0, Math.ceil(q * runs) - 1)] as number);
}

function share(
  values: Float64Array,
  width: number,
  column: number,
  runs: number,
  test: (t: number) => boolean,
) {
  let count = 0;
  for (let r = 0; r < runs; r++) if (test(values[r * width + column] as number)) count++;
  return runs > 0 ? count / runs : 0;
}

export function summariseTasks(setup: ForecastSetup, tally: RunTally): TaskForecast[] {
  const { clock, tasks } = setup;
  const { runs, done } = tally;
  const n = tasks.length;
  return tasks.map((t, i) => {
    const finite = t.mode === 'work' || t.mode === 'event';
    const dateOf = (time: number) => {
      if (!finite || runs === 0 || !Number.isFinite(time)) return null;
      return time === t.fixedTime && t.fixedDate ? t.fixedDate : clock.dateAt(time);
    };
    const [p10, p50, p90] = quantiles(done, n, i, runs, [0.1, 0.5, 0.9]).map(dateOf);
    const due = t.deadlineTime + 1e-9;
    return {
      taskId: t.id,
      mode: t.mode,
      deadline: t.deadline,
      tentative: t.tentative,
      onTime: finite && t.deadline ? share(done, n, i, runs, (time) => time <= due) : null,
      finishes: finite ? share(done, n, i, runs, Number.isFinite) : 0,
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
  const { runs, bodies } = tally;
  const m = assignees.length;
  return assignees.map((a, i) => {
    const dateOf = (time: number) => (runs > 0 && Number.isFinite(time) ? clock.dateAt(time) : null);
    const [p50, p90] = quantiles(bodies, m, i, runs, [0.5, 0.9]).map(dateOf);
    return {
      assigneeId: a.id,
      p50: p50 ?? null,
      p90: p90 ?? null,
      finishes: share(bodies, m, i, runs, Number.isFinite),
    };
  });
}

export function endOf(setup: ForecastSetup, tally: RunTally): { p50: string | null; p90: string | null } {
  const [p50, p90] = quantiles(tally.ends, 1, 0, tally.runs, [0.5, 0.9]).map((t) =>
    tally.runs > 0 && Number.isFinite(t) ? setup.clock.dateAt(t) : null,
  );
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
