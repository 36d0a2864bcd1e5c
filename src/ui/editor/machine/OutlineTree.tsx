import type { Plan } from '../../../domain/plan';
import { STAGES, type Stage } from '../../../domain/stage';
import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '../../../domain/assignment-status';
import type { OutlineCall, OutlineState, OutlineTransition } from '../../../engine/machine-outline';
import { useDomainLabels } from '../../i18n/labels';
import { useMachineMessages } from './messages';

/** A body or group of the plan by name, else its id (an issuer not listed among the bodies). */
function partyName(plan: Plan, id: string): string {
  return plan.bodies.find((b) => b.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? id;
}

const isStage = (key: string): key is Stage => (STAGES as readonly string[]).includes(key);
const isStatus = (key: string): key is AssignmentStatus =>
  (ASSIGNMENT_STATUSES as readonly string[]).includes(key);

/**
 * The words for what the machines are made of: a state by its status, stage, task or body name; an
 * event, a guard and an action as a phrase, their parameters as the plan prints them (task codes,
 * stage and body names). What has no words yet keeps its code.
 */
function useWording(plan: Plan) {
  const m = useMachineMessages();
  const labels = useDomainLabels();
  const value = (key: string, v: string) => {
    if (key === 'task') return plan.tasks.find((t) => t.id === v)?.code ?? v;
    if (key === 'stage' && isStage(v)) return labels.stages[v];
    if (key === 'approver' || key === 'to') return partyName(plan, v);
    return v;
  };
  const params = (call: OutlineCall) =>
    Object.fromEntries(Object.entries(call.params).map(([k, v]) => [k, value(k, v)]));
  return {
    state: (key: string, root: boolean) => {
      if (root) return key === 'plan' ? m.planRoot : partyName(plan, key);
      if (isStatus(key)) return labels.statuses[key];
      if (isStage(key)) return labels.stages[key];
      const task = plan.tasks.find((t) => t.id === key);
      return task ? m.region(task.code, task.title) : key;
    },
    event: (event: string | null) => (event === null ? m.always : (m.events[event] ?? event)),
    guard: (call: OutlineCall) => m.guards[call.name]?.(params(call)) ?? call.name,
    action: (call: OutlineCall) => m.actionNames[call.name] ?? call.name,
  };
}

function TransitionLine({ transition, plan }: { transition: OutlineTransition; plan: Plan }) {
  const m = useMachineMessages();
  const words = useWording(plan);
  const targets = transition.targets.map((t) => words.state(t.split('.').pop() ?? t, false));
  return (
    <li className="outline-transition">
      <span className="outline-event">{words.event(transition.event)}</span> →{' '}
      <strong>{targets.length > 0 ? targets.join(', ') : m.stay}</strong>
      {transition.guard && (
        <>
          {' '}
          <span className="outline-label">{m.guard}</span>{' '}
          <span className="outline-guard">{words.guard(transition.guard)}</span>
        </>
      )}
      {transition.actions.length > 0 && (
        <>
          {' '}
          <span className="outline-label">{m.actions}</span>{' '}
          <span className="outline-actions">{transition.actions.map(words.action).join(', ')}</span>
        </>
      )}
    </li>
  );
}

/** One state with its transitions and, nested, its child states; its id only as a small aside. */
export function OutlineTree({ state, plan, root }: { state: OutlineState; plan: Plan; root?: boolean }) {
  const m = useMachineMessages();
  const words = useWording(plan);
  return (
    <div className="outline-state">
      <span className="outline-state__name">{words.state(state.key, root ?? false)}</span>{' '}
      <span className="muted">
        ({m.types[state.type]}; {m.stateId} <span className="outline-state__id">{state.key}</span>)
      </span>
      {state.transitions.length > 0 && (
        <ul>
          {state.transitions.map((t, i) => (
            <TransitionLine key={i} transition={t} plan={plan} />
          ))}
        </ul>
      )}
      {state.states.length > 0 && (
        <ul>
          {state.states.map((child) => (
            <li key={child.key}>
              {state.initial === child.key && <span className="panel-tag">{m.initial}</span>}
              <OutlineTree state={child} plan={plan} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
