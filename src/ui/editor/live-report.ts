import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../domain/plan';
import { checkPlan } from '../../engine/check-plan';
import { isCurrentResponse, toLiveReport, type LiveReport, type VerifyResponse } from './verify-protocol';

export type { LiveReport } from './verify-protocol';

/** From this many tasks on, the plan is checked in a Web Worker. */
export const WORKER_THRESHOLD = 150;

interface Checked {
  plan: Plan | null;
  report: LiveReport | null;
}

const checkNow = (plan: Plan): Checked => ({ plan, report: toLiveReport(checkPlan(plan)) });

/** Posts plans to one lazily started worker and reports only the answer to the newest one. */
function useVerifyWorker(onChecked: (checked: Checked) => void): (plan: Plan) => void {
  const worker = useRef<Worker | null>(null);
  const latest = useRef<{ seq: number; plan: Plan | null }>({ seq: 0, plan: null });
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  return useCallback(
    (plan: Plan) => {
      if (!worker.current) {
        worker.current = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
        worker.current.onmessage = (event: MessageEvent<VerifyResponse>) => {
          if (isCurrentResponse(event.data, latest.current.seq))
            onChecked({ plan: latest.current.plan, report: event.data.report });
        };
        // A worker that cannot start must not leave the editor waiting: check on the main thread instead.
        worker.current.onerror = () => {
          if (latest.current.plan) onChecked(checkNow(latest.current.plan));
        };
      }
      latest.current = { seq: latest.current.seq + 1, plan };
      worker.current.postMessage({ seq: latest.current.seq, plan });
    },
    [onChecked],
  );
}

/**
 * The verdicts and findings of the plan being edited, recomputed after every change: deferred on the main
 * thread for small plans, in a Web Worker from `WORKER_THRESHOLD` tasks on, keeping only the newest answer.
 * `pending` is true while the report shown is not yet the one of `plan`.
 */
export function useLiveReport(plan: Plan): { report: LiveReport | null; pending: boolean } {
  const [checked, setChecked] = useState<Checked>({ plan: null, report: null });
  const post = useVerifyWorker(setChecked);
  const inWorker = plan.tasks.length >= WORKER_THRESHOLD && typeof Worker !== 'undefined';
  useEffect(() => {
    if (inWorker) {
      post(plan);
      return;
    }
    const timer = setTimeout(() => setChecked(checkNow(plan)), 0);
    return () => clearTimeout(timer);
  }, [plan, inWorker, post]);
  return { report: checked.report, pending: checked.plan !== plan };
}
