import type { Localized } from '../domain/localized';
import type { Plan } from '../domain/plan';
import { makeCalendar } from '../domain/working-days';
import { isRefusal, startForecast } from './forecast';
import type { Forecast, ForecastOptions } from './forecast-types';

/**
 * Messages between a screen and the forecast's Web Worker (plain data: structured-clone safe). The
 * calendar travels as its holidays; the worker answers with progress after each slice, then the result.
 */
export interface ForecastStart {
  type: 'start';
  id: number;
  plan: Plan;
  options: Omit<ForecastOptions, 'calendar'> & { holidays: [string, string][] };
}

/** Stop request `id` at its next slice (it answers `cancelled` with the runs done so far). */
export interface ForecastCancel {
  type: 'cancel';
  id: number;
}

export type ForecastRequest = ForecastStart | ForecastCancel;

export type ForecastReply =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'result'; id: number; forecast: Forecast }
  /** Stopped by a cancel: the forecast of the runs done so far (`complete: false`). */
  | { type: 'cancelled'; id: number; forecast: Forecast }
  | { type: 'refused'; id: number; refused: Localized };

export interface SliceControl {
  /** True once a cancel for this request has arrived. */
  isCancelled: () => boolean;
  /** Lets the worker read its messages between slices (default: a macrotask). */
  pause?: () => Promise<void>;
  /** Runs per slice (default 50). */
  sliceRuns?: number;
}

const nextMacrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Runs a forecast request in slices, posting progress after each and the result (or the partial one) at the end. */
export async function runForecastInSlices(
  request: ForecastStart,
  post: (reply: ForecastReply) => void,
  control: SliceControl,
): Promise<void> {
  const { id } = request;
  const { holidays, ...options } = request.options;
  const session = startForecast(request.plan, { ...options, calendar: makeCalendar(new Map(holidays)) });
  if (isRefusal(session)) {
    post({ type: 'refused', id, refused: session.refused });
    return;
  }
  const slice = Math.max(1, control.sliceRuns ?? 50);
  const pause = control.pause ?? nextMacrotask;
  while (session.done < session.total) {
    if (control.isCancelled()) {
      post({ type: 'cancelled', id, forecast: session.result() });
      return;
    }
    post({ type: 'progress', id, done: session.runNext(slice), total: session.total });
    await pause();
  }
  post({ type: 'result', id, forecast: session.result() });
}
