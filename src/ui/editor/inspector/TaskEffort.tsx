import { useId, useState } from 'react';
import { capacityOf, DEFAULT_BODY_CAPACITY, effortOf } from '../../../domain/effort';
import { effortTexts, readEffortInput, type EffortProblem } from '../../../domain/effort-input';
import { EffortFields } from '../../controls/EffortFields';
import { useTaskEditing, type TaskPanelProps } from './task-panel';

/**
 * The task's effort estimate (optimistic, most likely, pessimistic working days), the defaults of its stage
 * and kind as placeholders. Committed when focus leaves the three fields; input that cannot be read is
 * named field by field and nothing is saved.
 */
export function TaskEffort(props: TaskPanelProps) {
  const { task } = props;
  const { m, update } = useTaskEditing(props);
  const [texts, setTexts] = useState(() => effortTexts(task.effort));
  const [shown, setShown] = useState(task.effort);
  const [problems, setProblems] = useState<EffortProblem[]>([]);
  if (shown !== task.effort) {
    setShown(task.effort);
    setTexts(effortTexts(task.effort));
    setProblems([]);
  }
  const commit = () => {
    const read = readEffortInput(texts);
    setProblems(read.ok ? [] : read.problems);
    if (!read.ok) return;
    const same =
      read.effort === task.effort ||
      (read.effort !== null &&
        task.effort !== null &&
        read.effort.optimistic === task.effort.optimistic &&
        read.effort.likely === task.effort.likely &&
        read.effort.pessimistic === task.effort.pessimistic);
    if (!same) update({ effort: read.effort });
  };
  return (
    <EffortFields
      legend={m.effort}
      hint={m.effortHint}
      texts={texts}
      defaults={effortOf({ ...task, effort: null })}
      problems={problems}
      onChange={setTexts}
      onCommit={commit}
    />
  );
}

/**
 * How many tasks the lead body runs at once (its capacity in the forecast), the default as placeholder;
 * anything but a whole number ≥ 1 is refused with the reason, an empty field means the default.
 */
export function LeadCapacity(props: TaskPanelProps) {
  const { plan, task, dispatch } = props;
  const { m } = useTaskEditing(props);
  const id = useId();
  const lead = plan.bodies.find((b) => b.id === task.leadId);
  const value = lead?.capacity == null ? '' : String(lead.capacity);
  const [text, setText] = useState(value);
  const [shown, setShown] = useState(value);
  const [bad, setBad] = useState(false);
  if (shown !== value) {
    setShown(value);
    setText(value);
    setBad(false);
  }
  if (!lead) return null;
  const commit = () => {
    const trimmed = text.trim();
    const capacity =
      trimmed === '' ? null : /^\d+$/.test(trimmed) && Number(trimmed) >= 1 ? Number(trimmed) : NaN;
    setBad(Number.isNaN(capacity));
    if (Number.isNaN(capacity) || capacity === lead.capacity) return;
    dispatch({ type: 'putBody', body: { ...lead, capacity } });
  };
  return (
    <div className="field">
      <label htmlFor={id}>{m.capacity(lead.name)}</label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        placeholder={String(DEFAULT_BODY_CAPACITY)}
        aria-invalid={bad || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <span
        id={`${id}-hint`}
        className={bad ? 'field__hint field__hint--error' : 'field__hint'}
        role={bad ? 'alert' : undefined}
      >
        {bad ? m.badCapacity(lead.name) : m.capacityHint(capacityOf(lead))}
      </span>
    </div>
  );
}
