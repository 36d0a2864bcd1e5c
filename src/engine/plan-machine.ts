import { assign, setup } from 'xstate';
import { STAGES, type Stage } from '../domain/stage';
import type { PlanModel } from './model';

export type PlanStageState = Stage | 'completed';

export interface PlanContext {
  /** The stage of each task. */
  stageOf: Record<string, Stage>;
  /** How many tasks of each stage are not yet closed. */
  open: Record<Stage, number>;
}

/** Tasks whose every assignment has just closed; a task closes once and for all, so each comes once. */
export type PlanEvent = { type: 'CLOSED'; taskIds: string[] };

export const planMachineSetup = setup({
  types: { context: {} as PlanContext, events: {} as PlanEvent, input: {} as PlanContext },
  guards: {
    /** Every task of the stage is closed (an empty stage is passed at once). */
    stageClosed: ({ context }, params: { stage: Stage }) => context.open[params.stage] === 0,
  },
  actions: {
    learnClosed: assign({
      open: ({ context, event }) => {
        const open = { ...context.open };
        for (const id of event.taskIds) {
          const stage = context.stageOf[id];
          if (stage) open[stage]--;
        }
        return open;
      },
    }),
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
  const open = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const stageOf: Record<string, Stage> = {};
  for (const node of model.tasks.values()) {
    open[node.task.stage]++;
    stageOf[node.id] = node.task.stage;
  }
  return { stageOf, open };
}
