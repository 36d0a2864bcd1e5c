import type { Localized } from '../domain/localized';
import type { WorkingCalendar } from '../domain/working-days';

/** A later start: by calendar days or months, or not before a date (ISO). */
export type Delay = { by: number; unit: 'days' | 'months' } | { until: string };

/**
 * What-if changes that live beside the plan, never in it: the saved plan stays as it was.
 * A task delayed `by` starts that much later than it could; `until` means not before that date.
 * A body delayed `by` starts nothing before the plan's start plus the delay.
 */
export interface ForecastAdjustments {
  taskDelays: Readonly<Record<string, Delay>>;
  bodyDelays: Readonly<Record<string, Delay>>;
  /** Tasks that never finish (and everything waiting for them waits forever). */
  blocked: readonly string[];
  /** Tasks cancelled by the assigner: closed, and the tasks needing their result are cancelled too. */
  cancelled: readonly string[];
}

export const NO_ADJUSTMENTS: ForecastAdjustments = {
  taskDelays: {},
  bodyDelays: {},
  blocked: [],
  cancelled: [],
};

export interface ForecastOptions {
  /** The office calendar (weekends only when absent; pass `vietnamCalendar(...)` for public holidays). */
  calendar?: WorkingCalendar;
  /** Number of Monte Carlo runs (default 1,000). */
  runs?: number;
  /** The same seed gives the same forecast (default 1). */
  seed?: number;
  /** First day of work (ISO); default the plan's date, else the start of its validity, else inferred. */
  start?: string;
  /** A task is likely late when its probability of meeting its deadline is below this (default 0.5). */
  lateBelow?: number;
  adjustments?: ForecastAdjustments;
}

/**
 * How the forecast treats a task: finite `work` (sampled effort, takes a slot of each assignee), an `event`
 * on a fixed day (a point), a `band` (ongoing or recurring duty over the period, never finite work),
 * `cancelled` (by a what-if, or in cascade because a result it needs was cancelled).
 */
export type TaskMode = 'work' | 'event' | 'band' | 'cancelled';

export interface Band {
  from: string;
  /** Null when the plan states no end. */
  to: string | null;
}

export interface TaskForecast {
  taskId: string;
  mode: TaskMode;
  /** Last compliant day (ISO), from the deadline phrase; null when it gives none. */
  deadline: string | null;
  /** "Dự kiến": the deadline is a planned window that may slip. */
  tentative: boolean;
  /** Probability of finishing by the deadline; null without a deadline, for bands and cancelled tasks. */
  onTime: number | null;
  /** Probability of finishing at all (0 when it waits forever). */
  finishes: number;
  /** The day work on it starts at the 50th percentile (an event: its day); null when it never starts. */
  start: string | null;
  /** Finish dates at the 10th, 50th and 90th percentile; null when that share of runs never finishes. */
  p10: string | null;
  p50: string | null;
  p90: string | null;
  /** Share of runs in which the task is on the chain that ends the plan. */
  critical: number;
  band: Band | null;
}

export interface BodyForecast {
  assigneeId: string;
  /** Finish of the body's last assignment at the 50th and 90th percentile; null when it never finishes. */
  p50: string | null;
  p90: string | null;
  finishes: number;
}

export interface CriticalChain {
  /** Task ids from the first to the one that ends the plan. */
  taskIds: string[];
  /** Share of runs in which exactly this chain ended the plan. */
  share: number;
}

export interface Forecast {
  start: string;
  seed: number;
  /** Runs done (fewer than asked when stopped). */
  runs: number;
  complete: boolean;
  tasks: TaskForecast[];
  bodies: BodyForecast[];
  /** End of the plan's finite work (P50, P90). */
  end: { p50: string | null; p90: string | null };
  criticalChain: CriticalChain | null;
  /** Tasks with a deadline whose probability of meeting it is below `lateBelow`, least likely first. */
  likelyLate: string[];
}

/** The forecast cannot start: the plan gives no date to start from. */
export interface ForecastRefusal {
  refused: Localized;
}

/** Progress and cancellation, so that a worker can run a forecast in slices. */
export interface ForecastControl {
  onProgress?: (done: number, total: number) => void;
  shouldStop?: () => boolean;
  signal?: AbortSignal;
  /** Runs between two progress reports (default 50). */
  sliceRuns?: number;
}
