import { useId, useState, type FormEvent } from 'react';
import type { Body } from '../../../domain/body';
import { effortOf } from '../../../domain/effort';
import { effortTexts, readEffortInput, type EffortProblem } from '../../../domain/effort-input';
import type { Plan } from '../../../domain/plan';
import type { WhatIf } from '../../../engine/what-if';
import { EffortFields } from '../../controls/EffortFields';
import { SelectField } from '../../controls/fields';
import { useWhatIfMessages } from './messages';

type Kind = WhatIf['kind'];
type Unit = 'days' | 'months';

const TASK_KINDS: ReadonlySet<Kind> = new Set(['delay-task', 'block-task', 'cancel-task', 'change-effort']);

function ReplacementField(props: {
  plan: Plan;
  directory: readonly Body[];
  bodyId: string;
  value: string;
  onChange: (id: string) => void;
}) {
  const m = useWhatIfMessages();
  const id = useId();
  const inPlan = new Set(props.plan.bodies.map((b) => b.id));
  const others = props.directory.filter((b) => !inPlan.has(b.id));
  return (
    <div className="field">
      <label htmlFor={id}>{m.by}</label>
      <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <optgroup label={m.inPlan}>
          {props.plan.bodies
            .filter((b) => b.id !== props.bodyId)
            .map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
        </optgroup>
        {others.length > 0 && (
          <optgroup label={m.inDirectory}>
            {others.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}

/**
 * The form that adds one what-if change: its kind, then the task or body it is about and its amount.
 * A delay that is not a whole number above 0, or an effort that cannot be read, is named and not applied.
 */
export function ChangeForm({
  plan,
  directory,
  onApply,
}: {
  plan: Plan;
  directory: readonly Body[];
  onApply: (change: WhatIf) => void;
}) {
  const m = useWhatIfMessages();
  const amountId = useId();
  const [kind, setKind] = useState<Kind>('delay-body');
  const [taskId, setTaskId] = useState(plan.tasks[0]?.id ?? '');
  const [bodyId, setBodyId] = useState(plan.bodies[0]?.id ?? '');
  const [byId, setById] = useState('');
  const [amount, setAmount] = useState('1');
  const [unit, setUnit] = useState<Unit>('months');
  const task = plan.tasks.find((t) => t.id === taskId);
  const [effort, setEffort] = useState(() => effortTexts(task?.effort ?? null));
  const [problems, setProblems] = useState<EffortProblem[]>([]);
  const [badAmount, setBadAmount] = useState(false);
  const kindOptions = (Object.keys(m.kinds) as Kind[]).map((value) => ({ value, label: m.kinds[value] }));
  const replacement = byId || plan.bodies.find((b) => b.id !== bodyId)?.id || '';
  const chooseTask = (id: string) => {
    setTaskId(id);
    setEffort(effortTexts(plan.tasks.find((t) => t.id === id)?.effort ?? null));
    setProblems([]);
  };
  const delay = () => {
    const n = /^\s*\d+\s*$/.test(amount) ? Number(amount) : 0;
    setBadAmount(n < 1);
    return n < 1 ? null : { by: n, unit };
  };
  const changeOf = (): WhatIf | null => {
    switch (kind) {
      case 'delay-task': {
        const d = delay();
        return d && { kind, taskId, delay: d };
      }
      case 'delay-body': {
        const d = delay();
        return d && { kind, bodyId, delay: d };
      }
      case 'remove-body':
        return { kind, bodyId };
      case 'replace-body': {
        if (!replacement) return null;
        const known = plan.bodies.some((b) => b.id === replacement);
        return {
          kind,
          bodyId,
          by: known ? replacement : (directory.find((b) => b.id === replacement) ?? replacement),
        };
      }
      case 'block-task':
      case 'cancel-task':
        return { kind, taskId };
      case 'change-effort': {
        const read = readEffortInput(effort);
        setProblems(read.ok ? [] : read.problems);
        return read.ok ? { kind, taskId, effort: read.effort } : null;
      }
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const change = changeOf();
    if (change) onApply(change);
  };
  const onTask = TASK_KINDS.has(kind);
  return (
    <form className="what-if__form" aria-label={m.addTitle} onSubmit={submit}>
      <SelectField label={m.kind} value={kind} options={kindOptions} onChange={setKind} />
      {onTask ? (
        <SelectField
          label={m.task}
          value={taskId}
          options={plan.tasks.map((t) => ({ value: t.id, label: `${t.code} ${t.title}` }))}
          onChange={chooseTask}
        />
      ) : (
        <SelectField
          label={m.body}
          value={bodyId}
          options={plan.bodies.map((b) => ({ value: b.id, label: b.name }))}
          onChange={setBodyId}
        />
      )}
      {(kind === 'delay-task' || kind === 'delay-body') && (
        <>
          <div className="field">
            <label htmlFor={amountId}>{m.amount}</label>
            <input
              id={amountId}
              inputMode="numeric"
              value={amount}
              aria-invalid={badAmount || undefined}
              aria-describedby={badAmount ? `${amountId}-error` : undefined}
              onChange={(e) => setAmount(e.target.value)}
            />
            {badAmount && (
              <span id={`${amountId}-error`} className="field__hint field__hint--error" role="alert">
                {m.badAmount}
              </span>
            )}
          </div>
          <SelectField
            label={m.unit}
            value={unit}
            options={[
              { value: 'days', label: m.units.days },
              { value: 'months', label: m.units.months },
            ]}
            onChange={setUnit}
          />
        </>
      )}
      {kind === 'replace-body' && (
        <ReplacementField
          plan={plan}
          directory={directory}
          bodyId={bodyId}
          value={replacement}
          onChange={setById}
        />
      )}
      {kind === 'change-effort' && task && (
        <EffortFields
          legend={m.effort}
          hint={m.effortHint}
          texts={effort}
          defaults={effortOf({ ...task, effort: null })}
          problems={problems}
          onChange={setEffort}
        />
      )}
      <button type="submit" className="button button--primary what-if__apply">
        {m.apply}
      </button>
    </form>
  );
}
