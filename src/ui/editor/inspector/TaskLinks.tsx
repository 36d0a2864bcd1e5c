import { useMemo } from 'react';
import type { ReportEdge } from '../../../domain/task';
import { planYearOf } from '../../../domain/plan-year';
import { DeadlineField } from './DeadlineField';
import { CheckField } from '../../controls/fields';
import { useInspectorMessages } from './messages';
import { PickList } from '../../controls/PickList';
import { useTaskEditing, type TaskPanelProps } from './task-panel';

/** What the task waits for: other tasks' results. Adding one goes through `connect`, which refuses cycles. */
export function TaskPrerequisites({ plan, task, dispatch }: TaskPanelProps) {
  const m = useInspectorMessages();
  const labels = useMemo(() => new Map(plan.tasks.map((t) => [t.id, `${t.code} ${t.title}`])), [plan.tasks]);
  const label = (id: string) => labels.get(id) ?? id;
  const options = useMemo(
    () =>
      plan.tasks
        .filter((t) => t.id !== task.id)
        .map((t) => ({ id: t.id, label: labels.get(t.id) ?? t.id, search: labels.get(t.id) ?? t.id })),
    [plan.tasks, task.id, labels],
  );
  return (
    <PickList
      label={m.prerequisites}
      chosen={task.prerequisiteIds.map((id) => ({ id, label: label(id) }))}
      options={options}
      onAdd={(from) => dispatch({ type: 'connect', from, to: task.id })}
      onRemove={(from) => dispatch({ type: 'disconnect', from, to: task.id })}
    />
  );
}

/** "báo cáo X (qua Y) trước ngày …": whom the assignees report to, via whom, by when. */
export function TaskReport(props: TaskPanelProps) {
  const { plan, task } = props;
  const { m, options, item, update, assign } = useTaskEditing(props);
  const report: ReportEdge = task.report ?? { toId: '', viaId: null, deadline: null };
  const withBody = (bodyId: string, changes: Partial<ReportEdge>) =>
    assign(bodyId, { report: { ...report, ...changes } });
  return (
    <fieldset className="field-group">
      <legend>{m.report}</legend>
      <PickList
        label={m.reportTo}
        chosen={task.report ? [item(task.report.toId)] : []}
        options={options}
        onAdd={(id) => withBody(id, { toId: id })}
        onRemove={() => update({ report: null })}
      />
      {task.report && (
        <>
          <PickList
            label={m.reportVia}
            chosen={report.viaId ? [item(report.viaId)] : []}
            options={options}
            onAdd={(id) => withBody(id, { viaId: id })}
            onRemove={() => update({ report: { ...report, viaId: null } })}
          />
          <DeadlineField
            label={m.reportDeadline}
            value={report.deadline}
            planYear={planYearOf(plan)}
            onCommit={(deadline) => update({ report: { ...report, deadline } })}
          />
        </>
      )}
      <CheckField
        label={m.collectsReports}
        checked={task.collectsReports}
        onChange={(collectsReports) => update({ collectsReports })}
      />
    </fieldset>
  );
}
