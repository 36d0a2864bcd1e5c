import { assign, setup, type SnapshotFrom } from 'xstate';
import { approverOf, assignmentFor, type Assignee, type PlanModel } from './model';
import { NO_FACTS, type AssignmentStatus, type Facts } from './status';

/** What one assigned body can be told to do with one of its assignments. */
export type AssignmentEventType =
  'START' | 'REPORT' | 'APPROVE' | 'DELIVER' | 'RETURN' | 'CANCEL' | 'DECLINE';

export type BodyEvent =
  | { type: 'START'; task: string }
  | { type: 'REPORT'; task: string }
  /** `by`, when given, must be the assignment's approver. */
  | { type: 'APPROVE'; task: string; by?: string }
  /** The report owed on the task reaches its receiver. */
  | { type: 'DELIVER'; task: string }
  | { type: 'RETURN'; task: string; reason?: string }
  | { type: 'CANCEL'; task: string; reason: string }
  /** The assignee declines a request ("đề nghị"): final, like a cancellation. */
  | { type: 'DECLINE'; task: string; reason?: string }
  | { type: 'FACTS'; facts: Facts };

/** Per task: what it waits for and what static conditions hold (copied from the model, so guards need nothing else). */
export interface TaskNeeds {
  result: string[];
  closure: string[];
  /** The body can act within the task's time window (rule 1). */
  canAct: boolean;
  /** The approver (and adopter, and child plan) can approve. */
  canApprove: boolean;
  /** The report's receivers can receive it. */
  canDeliver: boolean;
}

export interface BodyContext {
  bodyId: string;
  needs: Record<string, TaskNeeds>;
  facts: Facts;
  /** Why an assignment was cancelled, declined or returned, by task id. */
  notes: Record<string, string>;
}

type TaskParams = { task: string };
type ApproveParams = { task: string; approver: string };
/** `to`: the report's receiver, read by people in the machine view. */
type DeliverParams = { task: string; to: string };

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
    /** The body can act in the task's window, every result it needs exists, every report it collects is in. */
    canStart: ({ context, event }, params: TaskParams) => {
      const needs = context.needs[params.task];
      if (!forTask(event, params) || !needs?.canAct) return false;
      return (
        needs.result.every((t) => context.facts.done.includes(t)) &&
        needs.closure.every((t) => context.facts.closed.includes(t))
      );
    },
    /** The approver named in the model approves, and can act (so can the adopter; the child plan completes). */
    canApprove: ({ context, event }, params: ApproveParams) =>
      forTask(event, params) &&
      context.needs[params.task]?.canApprove === true &&
      (event.type !== 'APPROVE' || event.by === undefined || event.by === params.approver),
    /** The report's receiver (and the body forwarding it) can receive it. */
    canDeliver: ({ context, event }, params: DeliverParams) =>
      forTask(event, params) && context.needs[params.task]?.canDeliver === true,
    /** A task whose result this one needs was cancelled or declined: this one can never start. */
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
    noteDecline: assign({
      notes: ({ context }, params: TaskParams) => ({ ...context.notes, [params.task]: 'declined' }),
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

/** The relations of one assignment that shape its region. */
export interface RegionShape {
  task: string;
  approver: string;
  /** The receiver of the report owed after approval (approved → DELIVER → completed), if any. */
  reportTo: string | null;
  /** A request: the assignee may decline it. */
  request: boolean;
}

function regionFor({ task, approver, reportTo, request }: RegionShape) {
  const p = { task };
  const cancel = { guard: { type: 'isTask', params: p }, target: 'cancelled', actions: 'noteEvent' } as const;
  const decline = request
    ? {
        DECLINE: {
          guard: { type: 'isTask', params: p },
          target: 'cancelled',
          actions: { type: 'noteDecline', params: p },
        } as const,
      }
    : {};
  const approve = {
    guard: { type: 'canApprove', params: { task, approver } },
    target: reportTo !== null ? 'approved' : 'completed',
  } as const;
  const approved = {
    on: {
      DELIVER: { guard: { type: 'canDeliver', params: { task, to: reportTo ?? '' } }, target: 'completed' },
    },
  } as const;
  const states = {
    notStarted: {
      always: {
        guard: { type: 'prerequisiteVoid', params: p },
        target: 'cancelled',
        actions: { type: 'noteCascade', params: p },
      },
      on: {
        START: { guard: { type: 'canStart', params: p }, target: 'inProgress' },
        CANCEL: cancel,
        ...decline,
      },
    },
    inProgress: {
      on: {
        REPORT: { guard: { type: 'isTask', params: p }, target: 'reported' },
        CANCEL: cancel,
        ...decline,
      },
    },
    reported: {
      on: {
        APPROVE: approve,
        RETURN: { guard: { type: 'isTask', params: p }, target: 'returned', actions: 'noteEvent' },
        CANCEL: cancel,
      },
    },
    returned: {
      on: {
        START: { guard: { type: 'isTask', params: p }, target: 'inProgress' },
        CANCEL: cancel,
        ...decline,
      },
    },
    completed: { type: 'final' },
    cancelled: { type: 'final' },
  } as const;
  return { initial: 'notStarted', states: reportTo !== null ? { ...states, approved } : states } as const;
}

/** The shape of each of the assignee's regions, read from the model. */
export function regionShapes(model: PlanModel, assignee: Assignee): RegionShape[] {
  return assignee.taskIds.map((task) => {
    const node = model.tasks.get(task);
    return {
      task,
      approver: approverOf(model, assignee.id, task) ?? '',
      reportTo: node?.task.report?.toId ?? null,
      request: node?.task.mode === 'request',
    };
  });
}

/**
 * The machine of one assigned body: one parallel region per assignment, each walking
 * not started → in progress → reported → completed (through approved and DELIVER when a report is owed),
 * with returns for rework, cancellation by the assigner, and declining a request.
 * Other bodies' progress reaches it only as FACTS, which only ever grow.
 */
export function createBodyMachine(id: string, shapes: RegionShape[]) {
  const states = Object.fromEntries(shapes.map((shape) => [shape.task, regionFor(shape)]));
  return bodyMachineSetup.createMachine({
    id: `body-${id}`,
    type: 'parallel',
    context: ({ input }) => input,
    on: { FACTS: { actions: 'learnFacts' } },
    states,
  });
}

export type BodyMachine = ReturnType<typeof createBodyMachine>;

const compiled = new WeakMap<PlanModel, Map<string, BodyMachine>>();

/** The machine of one assignee of a compiled plan, built on first use and shared by every run of the model. */
export function bodyMachineOf(model: PlanModel, assignee: Assignee): BodyMachine {
  let machines = compiled.get(model);
  if (!machines) compiled.set(model, (machines = new Map()));
  let machine = machines.get(assignee.id);
  if (!machine)
    machines.set(assignee.id, (machine = createBodyMachine(assignee.id, regionShapes(model, assignee))));
  return machine;
}

/** The body machines of a compiled plan, built once per model and shared by every run of it. */
export function bodyMachinesOf(model: PlanModel): Map<string, BodyMachine> {
  return new Map([...model.assignees.values()].map((a) => [a.id, bodyMachineOf(model, a)]));
}
export type BodySnapshot = SnapshotFrom<BodyMachine>;

export function bodyInput(model: PlanModel, assignee: Assignee, facts: Facts = NO_FACTS): BodyContext {
  const needs: Record<string, TaskNeeds> = {};
  for (const taskId of assignee.taskIds) {
    const node = model.tasks.get(taskId);
    const assignment = assignmentFor(model, assignee.id, taskId);
    needs[taskId] = {
      result: node?.resultDeps ?? [],
      closure: node?.closureDeps ?? [],
      canAct: !assignment?.startBlock,
      canApprove: !assignment?.approveBlock,
      canDeliver: !assignment?.deliverBlock,
    };
  }
  return { bodyId: assignee.id, needs, facts, notes: {} };
}

/** The status of each of the body's assignments in a snapshot. */
export function assignmentStatuses(snapshot: BodySnapshot): Record<string, AssignmentStatus> {
  return snapshot.value as Record<string, AssignmentStatus>;
}
