import type { Plan } from '../../../domain/plan';
import { STAGES, type Stage } from '../../../domain/stage';
import type { OutlineCall, OutlineState, OutlineTransition } from '../../../engine/machine-outline';
import { useDomainLabels } from '../../i18n/labels';
import { useMachineMessages } from './messages';

/** Shows a guard's or action's parameters readably: task ids as the codes printed in the plan. */
function useCallText(plan: Plan) {
  const labels = useDomainLabels();
  const value = (key: string, v: string) => {
    if (key === 'task') return plan.tasks.find((t) => t.id === v)?.code ?? v;
    if (key === 'stage' && (STAGES as readonly string[]).includes(v)) return labels.stages[v as Stage];
    return v;
  };
  return (call: OutlineCall) => {
    const params = Object.entries(call.params).map(([k, v]) => `${k}: ${value(k, v)}`);
    return params.length > 0 ? `${call.name}(${params.join(', ')})` : call.name;
  };
}

function TransitionLine({ transition, plan }: { transition: OutlineTransition; plan: Plan }) {
  const m = useMachineMessages();
  const callText = useCallText(plan);
  const targets = transition.targets.map((t) => t.split('.').pop() ?? t);
  return (
    <li className="outline-transition">
      <code>{transition.event ?? m.always}</code> →{' '}
      <strong>{targets.length > 0 ? targets.join(', ') : m.stay}</strong>
      {transition.guard && (
        <>
          {' '}
          <span className="outline-label">{m.guard}</span>{' '}
          <code className="outline-guard">{callText(transition.guard)}</code>
        </>
      )}
      {transition.actions.length > 0 && (
        <>
          {' '}
          <span className="outline-label">{m.actions}</span>{' '}
          <code>{transition.actions.map(callText).join(', ')}</code>
        </>
      )}
    </li>
  );
}

/** One state with its transitions and, nested, its child states. */
export function OutlineTree({ state, plan, root }: { state: OutlineState; plan: Plan; root?: boolean }) {
  const m = useMachineMessages();
  const task = plan.tasks.find((t) => t.id === state.key);
  const name = !root && task && state.states.length > 0 ? m.region(task.code, task.title) : state.key;
  return (
    <div className="outline-state">
      <span className="outline-state__name">{name}</span>{' '}
      <span className="muted">({m.types[state.type]})</span>
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
