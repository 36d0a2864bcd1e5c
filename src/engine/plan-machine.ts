import { assign, setup } from 'xstate';
import { STAGES, type Stage } from '../domain/stage';
import type { PlanModel } from './model';

export type PlanStageState = Stage | 'completed';

export interface PlanContext {
  /** Task ids in each stage. */
  stageTasks: Record<Stage, string[]>;
  /** Tasks whose every assignment is closed (a fact that only grows). */
  closed: string[];
}

export type PlanEvent = { type: 'CLOSED'; closed: string[] };

export const planMachineSetup = setup({
  types: { context: {} as PlanContext, events: {} as PlanEvent, input: {} as PlanContext },
  guards: {
    /** Every task of the stage is closed (an empty stage is passed at once). */
    stageClosed: ({ context }, params: { stage: Stage }) =>
      context.stageTasks[params.stage].every((t) => context.closed.includes(t)),
  },
  actions: {
    learnClosed: assign({ closed: ({ event }) => event.closed }),
  },
});

/**
 * The plan itself: drafting → disseminating → studying → implementing → reviewing → completed.
 * It follows the bodies (a stage ends when all its tasks are closed) and never gates them: tasks of
 * later stages may run early, as they do in practice.
 */
export function createPlanMachine() {
  const states = Object.fromEntries(
    STAGES.map((stage, i) => [
      stage,
      {
        always: {
          guard: { type: 'stageClosed' as const, params: { stage } },
          target: STAGES[i + 1] ?? 'completed',
        },
      },
    ]),
  );
  return planMachineSetup.createMachine({
    id: 'plan',
    initial: 'drafting',
    context: ({ input }) => input,
    on: { CLOSED: { actions: 'learnClosed' } },
    states: { ...states, completed: { type: 'final' } },
  });
}

export function planMachineInput(model: PlanModel): PlanContext {
  const stageTasks = Object.fromEntries(STAGES.map((s) => [s, [] as string[]])) as Record<Stage, string[]>;
  for (const task of model.tasks.values()) stageTasks[task.stage].push(task.id);
  return { stageTasks, closed: [] };
}
