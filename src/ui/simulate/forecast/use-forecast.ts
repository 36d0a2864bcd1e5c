import { useCallback, useEffect, useRef, useState } from 'react';
import type { Localized } from '../../../domain/localized';
import type { Plan } from '../../../domain/plan';
import type { ForecastReply, ForecastRequest } from '../../../engine/forecast-protocol';
import type { Forecast, ForecastAdjustments } from '../../../engine/forecast-types';
import { holidaysFor } from './holidays';

export type ForecastState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'done'; forecast: Forecast }
  /** Stopped by the user: the forecast of the runs done so far. */
  | { status: 'cancelled'; forecast: Forecast }
  | { status: 'refused'; refused: Localized }
  | { status: 'failed' };

export interface ForecastInput {
  plan: Plan;
  runs: number;
  seed: number;
  /** First day of work chosen by the user (ISO); null: the plan's own. */
  start: string | null;
  adjustments?: ForecastAdjustments;
}

/**
 * Runs forecasts in a Web Worker (started on first use, ended with the screen): progress after each
 * slice, a cancel that keeps the runs done so far, and only the newest request's answer counts.
 */
export function useForecast() {
  const [state, setState] = useState<ForecastState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const current = useRef(0);
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  const post = (request: ForecastRequest) => worker.current?.postMessage(request);
  const run = useCallback(async (input: ForecastInput) => {
    if (!worker.current) {
      worker.current = new Worker(new URL('./forecast-worker.ts', import.meta.url), { type: 'module' });
      worker.current.onmessage = (event: MessageEvent<ForecastReply>) => {
        const reply = event.data;
        if (reply.id !== current.current) return;
        if (reply.type === 'progress') setState({ status: 'running', done: reply.done, total: reply.total });
        else if (reply.type === 'refused') setState({ status: 'refused', refused: reply.refused });
        else setState({ status: reply.type === 'result' ? 'done' : 'cancelled', forecast: reply.forecast });
      };
      worker.current.onerror = () => setState({ status: 'failed' });
    }
    post({ type: 'cancel', id: current.current });
    const id = ++current.current;
    setState({ status: 'running', done: 0, total: input.runs });
    const holidays = await holidaysFor(input.plan, input.start);
    if (id !== current.current) return;
    const { plan, runs, seed, start, adjustments } = input;
    post({
      type: 'start',
      id,
      plan,
      options: { runs, seed, holidays, adjustments, start: start ?? undefined },
    });
  }, []);
  const cancel = useCallback(() => post({ type: 'cancel', id: current.current }), []);
  return { state, run, cancel };
}
