import { assign, setup, type SnapshotFrom } from 'xstate';
import type { Assignee, PlanModel } from './model';
import { NO_FACTS, type AssignmentStatus, type Facts } from './status';

/** What one assigned body can be told to do with one of its assignments. */
export type AssignmentEventType = 'START' | 'REPORT' | 'APPROVE' | 'RETURN' | 'CANCEL';

export type BodyEvent =
  | { type: 'START'; task: string }
  | { type: 'REPORT'; task: string }
  | { type: 'APPROVE'; task: string }
  | { type: 'RETURN'; task: string; reason?: string }
  | { type: 'CANCEL'; task: string; reason: string }
  | { type: 'FACTS'; facts: Facts };

/** Per task: what it waits for (copied from the model, so guards need nothing else). */
export interface TaskNeeds {
  result: string[];
  closure: string[];
}

export interface BodyContext {
  bodyId: string;
  active: boolean;
  needs: Record<string, TaskNeeds>;
  facts: Facts;
  /** Why an assignment was cancelled or returned, by task id. */
  notes: Record<string, string>;
}

type TaskParams = { task: string };

const forTask = (event: BodyEvent, params: TaskParams): boolean =>
  'task' in event && event.task === params.task;

export const bodyMachineSetup = setup({
  types: {
    context: {} as BodyContext,
    events: {} as BodyEvent,
    input: {} as BodyContext,
  },
  guards: {
    /** The event names this region's task. */
    isTask: ({ event }, params: TaskParams) => forTask(event, params),
    /** The body exists and every result it needs exists, and every report it collects is closed. */
    canStart: ({ context, event }, params: TaskParams) => {
      if (!forTask(event, params) || !context.active) return false;
      const needs = context.needs[params.task];
      if (!needs) return false;
      return (
        needs.result.every((t) => context.facts.done.includes(t)) &&
        needs.closure.every((t) => context.facts.closed.includes(t))
      );
    },
    /** A task whose result this one needs was cancelled: this one can never start. */
    prerequisiteVoid: ({ context }, params: TaskParams) =>
      (context.needs[params.task]?.result ?? []).some((t) => context.facts.void.includes(t)),
  },
  actions: {
    learnFacts: assign({ facts: ({ event }) => (event.type === 'FACTS' ? event.facts : NO_FACTS) }),
    noteEvent: assign({
      notes: ({ context, event }) =>
        'task' in event && 'reason' in event && event.reason
          ? { ...context.notes, [event.task]: event.reason }
          : context.notes,
    }),
    noteCascade: assign({
      notes: ({ context }, params: TaskParams) => {
        const voided = (context.needs[params.task]?.result ?? []).filter((t) =>
          context.facts.void.includes(t),
        );
        return { ...context.notes, [params.task]: `prerequisite-cancelled:${voided.join(',')}` };
      },
    }),
  },
});

function regionFor(task: string) {
  const p = { task };
  const cancel = { guard: { type: 'isTask', params: p }, target: 'cancelled', actions: 'noteEvent' } as const;
  return {
    initial: 'notStarted',
    states: {
      notStarted: {
        always: {
          guard: { type: 'prerequisiteVoid', params: p },
          target: 'cancelled',
          actions: { type: 'noteCascade', params: p },
        },
        on: { START: { guard: { type: 'canStart', params: p }, target: 'inProgress' }, CANCEL: cancel },
      },
      inProgress: {
        on: { REPORT: { guard: { type: 'isTask', params: p }, target: 'reported' }, CANCEL: cancel },
      },
      reported: {
        on: {
          APPROVE: { guard: { type: 'isTask', params: p }, target: 'completed' },
          RETURN: { guard: { type: 'isTask', params: p }, target: 'returned', actions: 'noteEvent' },
          CANCEL: cancel,
        },
      },
      returned: {
        on: { START: { guard: { type: 'isTask', params: p }, target: 'inProgress' }, CANCEL: cancel },
      },
      completed: { type: 'final' },
      cancelled: { type: 'final' },
    },
  } as const;
}

/**
 * The machine of one assigned body: one parallel region per assignment, each walking
 * not started → in progress → reported → completed, with returns for rework and cancellation by the assigner.
 * Other bodies' progress reaches it only as FACTS, which only ever grow.
 */
export function createBodyMachine(assignee: Assignee) {
  const states = Object.fromEntries(assignee.taskIds.map((t) => [t, regionFor(t)]));
  return bodyMachineSetup.createMachine({
    id: `body-${assignee.id}`,
    type: 'parallel',
    context: ({ input }) => input,
    on: { FACTS: { actions: 'learnFacts' } },
    states,
  });
}

export type BodyMachine = ReturnType<typeof createBodyMachine>;

const compiled = new WeakMap<PlanModel, Map<string, BodyMachine>>();

/** The body machines of a compiled plan, built once per model and shared by every run of it. */
export function bodyMachinesOf(model: PlanModel): Map<string, BodyMachine> {
  let machines = compiled.get(model);
  if (!machines) {
    machines = new Map([...model.assignees.values()].map((a) => [a.id, createBodyMachine(a)]));
    compiled.set(model, machines);
  }
  return machines;
}
export type BodySnapshot = SnapshotFrom<BodyMachine>;

export function bodyInput(model: PlanModel, assignee: Assignee, facts: Facts = NO_FACTS): BodyContext {
  const needs: Record<string, TaskNeeds> = {};
  for (const taskId of assignee.taskIds) {
    const node = model.tasks.get(taskId);
    needs[taskId] = { result: node?.resultDeps ?? [], closure: node?.closureDeps ?? [] };
  }
  return { bodyId: assignee.id, active: assignee.active, needs, facts, notes: {} };
}

/** The status of each of the body's assignments in a snapshot. */
export function assignmentStatuses(snapshot: BodySnapshot): Record<string, AssignmentStatus> {
  return snapshot.value as Record<string, AssignmentStatus>;
}
