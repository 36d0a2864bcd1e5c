import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../domain/plan';
import { checkPlan } from '../../engine/check-plan';
import {
  isCurrentResponse,
  toLiveReport,
  type LiveReport,
  type VerifyRequest,
  type VerifyResponse,
} from './verify-protocol';

export type { LiveReport } from './verify-protocol';

/** From this many tasks on, the plan is checked in a Web Worker. */
export const WORKER_THRESHOLD = 150;

interface Checked {
  plan: Plan | null;
  report: LiveReport | null;
}

const NO_PLANS: ReadonlyMap<string, Plan> = new Map();

const checkNow = (plan: Plan, plans: ReadonlyMap<string, Plan>): Checked => ({
  plan,
  report: toLiveReport(checkPlan(plan, { plans })),
});

/** Posts plans to one lazily started worker and reports only the answer to the newest one. */
function useVerifyWorker(
  onChecked: (checked: Checked) => void,
): (plan: Plan, plans: ReadonlyMap<string, Plan>) => void {
  const worker = useRef<Worker | null>(null);
  const latest = useRef<{ seq: number; plan: Plan | null; plans: ReadonlyMap<string, Plan> }>({
    seq: 0,
    plan: null,
    plans: NO_PLANS,
  });
  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );
  return useCallback(
    (plan: Plan, plans: ReadonlyMap<string, Plan>) => {
      if (!worker.current) {
        worker.current = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
        worker.current.onmessage = (event: MessageEvent<VerifyResponse>) => {
          if (isCurrentResponse(event.data, latest.current.seq))
            onChecked({ plan: latest.current.plan, report: event.data.report });
        };
        // A worker that cannot start must not leave the editor waiting: check on the main thread instead.
        worker.current.onerror = () => {
          if (latest.current.plan) onChecked(checkNow(latest.current.plan, latest.current.plans));
        };
      }
      latest.current = { seq: latest.current.seq + 1, plan, plans };
      worker.current.postMessage({ seq: latest.current.seq, plan, plans } satisfies VerifyRequest);
    },
    [onChecked],
  );
}

/**
 * The verdicts and findings of the plan being edited, recomputed after every change: deferred on the main
 * thread for small plans, in a Web Worker from `WORKER_THRESHOLD` tasks on, keeping only the newest answer.
 * The child plans it links are looked up among `plans` (the library's, by id). `pending` is true while the
 * report shown is not yet the one of `plan`.
 */
export function useLiveReport(
  plan: Plan,
  plans: ReadonlyMap<string, Plan> = NO_PLANS,
): { report: LiveReport | null; pending: boolean } {
  const [checked, setChecked] = useState<Checked>({ plan: null, report: null });
  const post = useVerifyWorker(setChecked);
  const inWorker = plan.tasks.length >= WORKER_THRESHOLD && typeof Worker !== 'undefined';
  useEffect(() => {
    if (inWorker) {
      post(plan, plans);
      return;
    }
    const timer = setTimeout(() => setChecked(checkNow(plan, plans)), 0);
    return () => clearTimeout(timer);
  }, [plan, plans, inWorker, post]);
  return { report: checked.report, pending: checked.plan !== plan };
}
