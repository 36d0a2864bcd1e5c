import type { AnyStateMachine } from 'xstate';
import type { Plan } from '../domain/plan';
import { bodyMachinesOf } from './body-machine';
import { compilePlanModel } from './model';
import { createPlanMachine } from './plan-machine';

/** A named guard or action with its parameters, as the machine definition holds it. */
export interface OutlineCall {
  name: string;
  params: Record<string, string>;
}

export interface OutlineTransition {
  /** The event that triggers it, or null for an eventless ("always") transition. */
  event: string | null;
  /** Target states as paths from the machine's root ("t1.inProgress"); empty for a targetless transition. */
  targets: string[];
  guard: OutlineCall | null;
  actions: OutlineCall[];
}

export interface OutlineState {
  key: string;
  /** Path from the machine's root, "" for the root itself. */
  path: string;
  type: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
  /** The initial child of a compound state. */
  initial: string | null;
  transitions: OutlineTransition[];
  states: OutlineState[];
}

/** A plain, serialisable picture of a machine definition: what will run, for a reviewer to read. */
export interface MachineOutline {
  id: string;
  root: OutlineState;
}

export interface BodyMachineOutline {
  assigneeId: string;
  name: string;
  kind: 'body' | 'open-group';
  outline: MachineOutline;
}

type StateNodeOf = AnyStateMachine['root'];
type TransitionOf = NonNullable<StateNodeOf['always']>[number];

function paramsOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
}

/** A guard or action is a name, a `{ type, params }` object, or an inline function. */
function callOf(item: unknown): OutlineCall {
  if (typeof item === 'string') return { name: item, params: {} };
  if (typeof item === 'function') return { name: item.name || 'inline', params: {} };
  if (typeof item === 'object' && item !== null && 'type' in item) {
    return { name: String(item.type), params: 'params' in item ? paramsOf(item.params) : {} };
  }
  return { name: 'inline', params: {} };
}

function transitionOf(transition: TransitionOf, event: string | null): OutlineTransition {
  return {
    event,
    targets: (transition.target ?? []).map((t) => t.path.join('.')),
    guard: transition.guard === undefined ? null : callOf(transition.guard),
    actions: transition.actions.map(callOf),
  };
}

function stateOf(node: StateNodeOf): OutlineState {
  const transitions = [
    ...[...node.transitions].flatMap(([event, list]) => list.map((t) => transitionOf(t, event))),
    ...(node.always ?? []).map((t) => transitionOf(t, null)),
  ];
  return {
    key: node.key,
    path: node.path.join('.'),
    type: node.type,
    initial: node.type === 'compound' ? (node.initial.target[0]?.key ?? null) : null,
    transitions,
    states: Object.values(node.states).map(stateOf),
  };
}

/** Walks a machine definition (its root state node and every child) into an outline. */
export function outlineMachine(machine: AnyStateMachine): MachineOutline {
  return { id: machine.id, root: stateOf(machine.root) };
}

/** The outlines of every machine a plan compiles to: the plan's stage machine and one per assigned body. */
export function planMachineOutlines(plan: Plan): { plan: MachineOutline; bodies: BodyMachineOutline[] } {
  const model = compilePlanModel(plan);
  const machines = bodyMachinesOf(model);
  const bodies = [...model.assignees.values()].flatMap((a) => {
    const machine = machines.get(a.id);
    return machine
      ? [{ assigneeId: a.id, name: a.name, kind: a.kind, outline: outlineMachine(machine) }]
      : [];
  });
  return { plan: outlineMachine(createPlanMachine()), bodies };
}
