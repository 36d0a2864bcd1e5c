import { fromTransition, initialTransition, transition } from 'xstate';
import { getAdjacencyMap, type AdjacencyValue } from 'xstate/graph';
import type { TransitionSnapshot } from 'xstate';
import {
  assignmentStatuses,
  bodyInput,
  bodyMachinesOf,
  type AssignmentEventType,
  type BodyEvent,
  type BodyMachine,
  type BodySnapshot,
} from './body-machine';
import { settleFacts } from './facts-sync';
import type { PlanModel } from './model';
import { ASSIGNMENT_STATUSES } from '../domain/assignment-status';
import { changedTasks, emptyFactSets, isClosed, updateTaskFacts, type AssignmentStatus } from './status';

/**
 * The oracle: an independent checker that explores the full product of the compiled body machines with
 * `xstate/graph`, every interleaving and every cancellation included. Exponential in the number of
 * assignments; it exists to test the verifier on small plans, never to run on real ones.
 */

type OracleEvent = { type: AssignmentEventType; assigneeId: string; taskId: string };

interface ProductState {
  snapshots: Record<string, BodySnapshot>;
}

const EVENTS_BY_STATUS: Record<AssignmentStatus, AssignmentEventType[]> = {
  notStarted: ['START', 'CANCEL'],
  inProgress: ['REPORT', 'CANCEL'],
  reported: ['APPROVE', 'RETURN', 'CANCEL'],
  returned: ['START', 'CANCEL'],
  approved: ['DELIVER'],
  completed: [],
  cancelled: [],
};

/** Events that only close an assignment without its work: not progress. */
const CLOSING: ReadonlySet<AssignmentEventType> = new Set(['CANCEL', 'DECLINE']);

/** Every event the oracle tries on an assignment in a status (a request may also be declined). */
function eventsFor(status: AssignmentStatus, request: boolean): AssignmentEventType[] {
  const events = EVENTS_BY_STATUS[status];
  return request && events.includes('CANCEL') && status !== 'reported' ? [...events, 'DECLINE'] : events;
}

function statusIn(state: ProductState, assigneeId: string, taskId: string): AssignmentStatus {
  const snapshot = state.snapshots[assigneeId];
  return (snapshot && assignmentStatuses(snapshot)[taskId]) ?? 'notStarted';
}

function productLogic(model: PlanModel) {
  const machines = bodyMachinesOf(model);
  const snapshots: Record<string, BodySnapshot> = {};
  for (const a of model.assignees.values()) {
    snapshots[a.id] = initialTransition(machines.get(a.id) as BodyMachine, bodyInput(model, a))[0];
  }
  /** Facts every body already knows in `known`; bring `snapshotsIn` up to date after `dirty` changed. */
  const settle = (
    known: ProductState | null,
    snapshotsIn: Record<string, BodySnapshot>,
    dirty: Iterable<string>,
  ): ProductState => {
    const next: ProductState = { snapshots: { ...snapshotsIn } };
    const sets = emptyFactSets();
    if (known)
      for (const task of model.tasks.values()) updateTaskFacts(sets, task, (a, t) => statusIn(known, a, t));
    settleFacts(
      model,
      sets,
      dirty,
      (a, t) => statusIn(next, a, t),
      (a, facts) => {
        const machine = machines.get(a);
        const s = next.snapshots[a];
        if (!machine || !s || s.status !== 'active') return [];
        const after = transition(machine, s, { type: 'FACTS', facts })[0];
        next.snapshots[a] = after;
        return changedTasks(assignmentStatuses(s), assignmentStatuses(after));
      },
    );
    return next;
  };
  const step = (state: ProductState, event: OracleEvent): ProductState => {
    const machine = machines.get(event.assigneeId);
    const snapshot = state.snapshots[event.assigneeId];
    if (!machine || !snapshot || snapshot.status !== 'active') return state;
    const bodyEvent: BodyEvent =
      event.type === 'CANCEL'
        ? { type: 'CANCEL', task: event.taskId, reason: 'oracle' }
        : { type: event.type as Exclude<AssignmentEventType, 'CANCEL'>, task: event.taskId };
    const [next] = transition(machine, snapshot, bodyEvent);
    const dirty = changedTasks(assignmentStatuses(snapshot), assignmentStatuses(next));
    return settle(state, { ...state.snapshots, [event.assigneeId]: next }, dirty);
  };
  return fromTransition(step, settle(null, snapshots, model.tasks.keys()));
}

export interface OracleResult {
  /** assignee id → can it always still reach completion (AG EF completion, progress events only). */
  verdicts: Map<string, boolean>;
  states: number;
  transitions: number;
}

export function runOracle(model: PlanModel, limit = 500_000): OracleResult {
  const keys = [...model.assignees.values()].flatMap((a) => a.taskIds.map((t) => [a.id, t] as const));
  const requests = new Set(
    [...model.tasks.values()].filter((t) => t.task.mode === 'request').map((t) => t.id),
  );
  const serialize = (state: ProductState) =>
    keys.map(([a, t]) => ASSIGNMENT_STATUSES.indexOf(statusIn(state, a, t))).join('');
  const adjacency = getAdjacencyMap(productLogic(model), {
    limit,
    serializeState: (snapshot) => serialize(snapshot.context),
    serializeEvent: (e) => `${e.type}:${e.assigneeId}/${e.taskId}`,
    events: (snapshot) =>
      keys.flatMap(([assigneeId, taskId]) =>
        eventsFor(statusIn(snapshot.context, assigneeId, taskId), requests.has(taskId)).map((type) => ({
          type,
          assigneeId,
          taskId,
        })),
      ),
  });

  const nodes = new Map(
    Object.entries(adjacency) as [string, AdjacencyValue<TransitionSnapshot<ProductState>, OracleEvent>][],
  );
  const reverse = new Map<string, string[]>();
  let transitions = 0;
  for (const [from, node] of nodes) {
    for (const { event, state } of Object.values(node.transitions)) {
      transitions++;
      if (CLOSING.has(event.type)) continue;
      const to = serialize(state.context);
      if (to === from) continue;
      const list = reverse.get(to);
      if (list) list.push(from);
      else reverse.set(to, [from]);
    }
  }

  const all = [...nodes.keys()];
  const verdicts = new Map<string, boolean>();
  for (const a of model.assignees.values()) {
    const goal = [...nodes]
      .filter(([, node]) => a.taskIds.every((t) => isClosed(statusIn(node.state.context, a.id, t))))
      .map(([key]) => key);
    const canReach = new Set(goal);
    const queue = [...goal];
    while (queue.length > 0) {
      for (const prev of reverse.get(queue.pop()!) ?? []) {
        if (!canReach.has(prev)) {
          canReach.add(prev);
          queue.push(prev);
        }
      }
    }
    verdicts.set(
      a.id,
      all.every((s) => canReach.has(s)),
    );
  }
  return { verdicts, states: all.length, transitions };
}
