import { STAGES } from '../../../domain/stage';
import { planYearOf } from '../../../domain/plan-year';
import { DeadlineField } from './DeadlineField';
import { CheckField, CommitField, optionsOf, orNull, SelectField } from '../../controls/fields';
import { useDomainLabels } from '../../i18n/labels';
import { TaskAssignees } from './TaskAssignees';
import { LeadCapacity, TaskEffort } from './TaskEffort';
import { TaskPrerequisites, TaskReport } from './TaskLinks';
import { useTaskEditing, type TaskPanelProps } from './task-panel';

/** Everything about one task, each field committing one command. */
export function TaskInspector(props: TaskPanelProps) {
  const { plan, task, library } = props;
  const { m, update } = useTaskEditing(props);
  const labels = useDomainLabels();
  return (
    <>
      <h2>{m.taskHeading(task.code)}</h2>
      <CommitField label={m.code} value={task.code} onCommit={(code) => update({ code })} />
      <CommitField label={m.title} value={task.title} onCommit={(title) => update({ title })} />
      <CommitField
        label={m.text}
        value={task.text}
        multiline
        hint={m.textHint}
        onCommit={(text) => update({ text })}
      />
      <SelectField
        label={m.stage}
        value={task.stage}
        options={STAGES.map((s) => ({ value: s, label: labels.stages[s] }))}
        onChange={(stage) => update({ stage })}
      />
      <SelectField
        label={m.kind}
        value={task.kind}
        options={optionsOf(labels.taskKinds)}
        onChange={(kind) => update({ kind })}
      />
      <SelectField
        label={m.mode}
        value={task.mode}
        options={optionsOf(labels.modes)}
        onChange={(mode) => update({ mode })}
      />
      <TaskAssignees {...props} />
      <DeadlineField
        label={m.deadline}
        value={task.deadline}
        planYear={planYearOf(plan)}
        onCommit={(deadline) => update({ deadline })}
      />
      <TaskEffort {...props} />
      <LeadCapacity {...props} />
      <TaskPrerequisites {...props} />
      <TaskReport {...props} />
      <CommitField
        label={m.deliverable}
        value={task.deliverable}
        onCommit={(text) => update({ deliverable: orNull(text) })}
      />
      <CheckField
        label={m.childPlan}
        checked={task.childPlan}
        onChange={(childPlan) => update(childPlan ? { childPlan } : { childPlan, childPlanId: null })}
      />
      {task.childPlan ? (
        <SelectField
          label={m.childPlanId}
          value={task.childPlanId ?? ''}
          options={[
            { value: '', label: m.childPlanNone },
            ...(library ?? []).filter((p) => p.id !== plan.id).map((p) => ({ value: p.id, label: p.title })),
            ...(task.childPlanId && !library?.some((p) => p.id === task.childPlanId)
              ? [{ value: task.childPlanId, label: m.childPlanElsewhere(task.childPlanId) }]
              : []),
          ]}
          onChange={(id) => update({ childPlanId: orNull(id) })}
        />
      ) : null}
    </>
  );
}
