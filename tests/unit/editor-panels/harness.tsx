import { useState } from 'react';
import type { Plan } from '../../../src/domain/plan';
import { applyCommand, type EditResult, type PlanCommand } from '../../../src/domain/plan-edit';

/**
 * Holds a plan the way the editor does: every command goes through `applyCommand`, accepted ones replace
 * the plan. `log` records every command a panel sent, accepted or not.
 */
export function useCommandLog(initial: Plan, log: PlanCommand[]) {
  const [plan, setPlan] = useState(initial);
  const onCommand = (command: PlanCommand): EditResult => {
    log.push(command);
    const result = applyCommand(plan, command);
    if (result.ok) setPlan(result.plan);
    return result;
  };
  return { plan, onCommand };
}
