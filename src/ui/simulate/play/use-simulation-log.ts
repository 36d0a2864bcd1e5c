import { useMemo, useReducer, useState } from 'react';
import type { PlanModel } from '../../../engine/model';
import { SimulationLog } from '../../../engine/simulation-log';
import type { RunEvent } from '../../../engine/verdict';

/** What the Play view does to its log; every change re-renders the view. */
export interface LogControls {
  log: SimulationLog;
  /** Changes with every step, rewind and branch (for memoised views of the session). */
  version: number;
  fire: (event: RunEvent, days?: number) => boolean;
  goTo: (n: number) => void;
  returnToKept: () => void;
  reset: () => void;
}

/** A simulation log of the plan's machines, kept for the life of the view (one per model). */
export function useSimulationLog(model: PlanModel): LogControls {
  const [log] = useState(() => new SimulationLog(model));
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  return useMemo(
    () => ({
      log,
      version,
      fire: (event, days) => {
        const step = log.fire(event, days);
        bump();
        return step !== null;
      },
      goTo: (n) => {
        log.goTo(n);
        bump();
      },
      returnToKept: () => {
        log.returnToKept();
        bump();
      },
      reset: () => {
        log.reset();
        bump();
      },
    }),
    [log, version],
  );
}
