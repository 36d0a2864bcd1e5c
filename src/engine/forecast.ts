import type { Plan } from '../domain/plan';
import { ForecastRunner, type RunOutcome } from './forecast-run';
import { forecastStart, setUpForecast, type ForecastSetup } from './forecast-setup';
import { criticalChainOf, endOf, summariseBodies, summariseTasks, type RunTally } from './forecast-summary';
import type { Forecast, ForecastControl, ForecastOptions, ForecastRefusal } from './forecast-types';

export const DEFAULT_RUNS = 1000;
export const DEFAULT_SEED = 1;
export const DEFAULT_LATE_BELOW = 0.5;

const NO_START: ForecastRefusal = {
  refused: {
    vi: 'Kế hoạch không ghi ngày nào để bắt đầu dự báo (ngày ban hành, hiệu lực, thời hạn): hãy chọn ngày bắt đầu.',
    en: 'The plan gives no date to start the forecast from (date, validity, deadlines): choose a start date.',
  },
};

/** The chain of tasks whose finishes determined the end of one run, first task first (indices). */
function chainOf(outcome: RunOutcome, size: number): number[] {
  const chain: number[] = [];
  for (let at = outcome.last; at >= 0 && chain.length < size; at = outcome.cause[at] as number)
    chain.push(at);
  return chain.reverse();
}

/**
 * A Monte Carlo forecast in progress: `runNext` adds runs (so a worker can run it in slices), `result`
 * summarises the runs done so far. Deterministic: run i of a seed is the same whenever it is run.
 */
export class ForecastSession {
  readonly total: number;
  private readonly setup: ForecastSetup;
  private readonly runner: ForecastRunner;
  private readonly tally: RunTally;

  constructor(
    plan: Plan,
    readonly start: string,
    private readonly options: ForecastOptions,
  ) {
    this.total = Math.max(0, Math.floor(options.runs ?? DEFAULT_RUNS));
    this.setup = setUpForecast(plan, start, options);
    this.runner = new ForecastRunner(this.setup);
    const n = this.setup.tasks.length;
    this.tally = {
      runs: 0,
      capacity: this.total,
      done: new Float64Array(this.total * n),
      started: new Float64Array(this.total * n),
      bodies: new Float64Array(this.total * this.setup.assignees.length),
      ends: new Float64Array(this.total),
      chains: new Map(),
      critical: new Int32Array(n),
    };
  }

  get done(): number {
    return this.tally.runs;
  }

  get seed(): number {
    return this.options.seed ?? DEFAULT_SEED;
  }

  /** Runs up to `count` more runs; returns the number of runs done. */
  runNext(count: number): number {
    const { tally } = this;
    const n = this.setup.tasks.length;
    const until = Math.min(this.total, tally.runs + count);
    for (let r = tally.runs; r < until; r++) {
      const outcome = this.runner.run(this.seed, r);
      const { done, started, bodies } = outcome;
      for (let i = 0; i < n; i++) {
        tally.done[i * this.total + r] = done[i] as number;
        tally.started[i * this.total + r] = started[i] as number;
      }
      for (let a = 0; a < bodies.length; a++) tally.bodies[a * this.total + r] = bodies[a] as number;
      tally.ends[r] = outcome.last >= 0 ? (outcome.done[outcome.last] as number) : NaN;
      const chain = chainOf(outcome, n);
      for (const i of chain) tally.critical[i] = (tally.critical[i] as number) + 1;
      if (chain.length > 0) {
        const key = chain.join(',');
        tally.chains.set(key, (tally.chains.get(key) ?? 0) + 1);
      }
      tally.runs = r + 1;
    }
    return tally.runs;
  }

  result(): Forecast {
    const tasks = summariseTasks(this.setup, this.tally);
    const lateBelow = this.options.lateBelow ?? DEFAULT_LATE_BELOW;
    const likelyLate = tasks
      .filter((t) => t.onTime !== null && t.onTime < lateBelow)
      .sort((a, b) => (a.onTime as number) - (b.onTime as number))
      .map((t) => t.taskId);
    return {
      start: this.start,
      seed: this.seed,
      runs: this.tally.runs,
      complete: this.tally.runs === this.total,
      tasks,
      bodies: summariseBodies(this.setup, this.tally),
      end: endOf(this.setup, this.tally),
      criticalChain: criticalChainOf(this.setup, this.tally),
      likelyLate,
    };
  }
}

/** A session for the plan, or a refusal when the plan gives no date to start from. */
export function startForecast(plan: Plan, options: ForecastOptions = {}): ForecastSession | ForecastRefusal {
  const start = forecastStart(plan, options.start);
  return start ? new ForecastSession(plan, start, options) : NO_START;
}

export function isRefusal(value: object): value is ForecastRefusal {
  return 'refused' in value;
}

function stopped(control: ForecastControl): boolean {
  return (control.signal?.aborted ?? false) || (control.shouldStop?.() ?? false);
}

/**
 * Forecasts the plan: N seeded runs on the working-day calendar, summarised per task, per body and for the
 * plan. Stops early (with `complete: false`) when the control says so between two slices.
 */
export function forecastPlan(
  plan: Plan,
  options: ForecastOptions = {},
  control: ForecastControl = {},
): Forecast | ForecastRefusal {
  const session = startForecast(plan, options);
  if (isRefusal(session)) return session;
  const slice = Math.max(1, control.sliceRuns ?? 50);
  while (session.done < session.total && !stopped(control)) {
    const done = session.runNext(slice);
    control.onProgress?.(done, session.total);
  }
  return session.result();
}
