import type { Body } from '../../../domain/body';
import type { Plan } from '../../../domain/plan';
import { useInspectorMessages } from './messages';
import type { Dispatch } from './use-edit-dispatch';

/** What every part of the plan inspector receives. */
export interface PlanPanelProps {
  plan: Plan;
  directory: readonly Body[];
  dispatch: Dispatch;
}

export type PlanChanges = Partial<Omit<Plan, 'id' | 'tasks' | 'bodies' | 'groups'>>;

export function usePlanEditing({ dispatch }: PlanPanelProps) {
  return {
    m: useInspectorMessages(),
    update: (changes: PlanChanges) => dispatch({ type: 'updatePlan', changes }),
  };
}
