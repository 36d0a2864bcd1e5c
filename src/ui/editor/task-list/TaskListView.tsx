import { useMemo } from 'react';
import '../../plan-view/plan-view.css';
import type { Plan } from '../../../domain/plan';
import { STAGES } from '../../../domain/stage';
import { useDomainLabels } from '../../i18n/labels';
import { namesById } from '../canvas/decorations';
import { withoutMarkup } from '../canvas/task-nodes';
import { useEditorMessages } from '../messages';

interface TaskListViewProps {
  plan: Plan;
  /** Opens a task in the inspector, focus in its title. */
  onOpenTask: (taskId: string) => void;
}

/**
 * The plan as a table, stage by stage: the same tasks as the diagram, for screen readers and the keyboard.
 * Each task's code opens it in the inspector.
 */
export function TaskListView({ plan, onOpenTask }: TaskListViewProps) {
  const m = useEditorMessages();
  const labels = useDomainLabels();
  const names = useMemo(() => namesById(plan.bodies, plan.groups), [plan.bodies, plan.groups]);
  const codes = useMemo(() => new Map(plan.tasks.map((t) => [t.id, t.code])), [plan.tasks]);
  const name = (id: string) => names.get(id) ?? id;
  const ordered = STAGES.flatMap((stage) => plan.tasks.filter((t) => t.stage === stage));
  return (
    <div className="table-scroll task-list">
      <table className="body-table">
        <caption>{m.taskList.caption(plan.tasks.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.taskList.task}</th>
            <th scope="col">{m.taskList.stage}</th>
            <th scope="col">{m.taskList.lead}</th>
            <th scope="col">{m.taskList.participants}</th>
            <th scope="col">{m.taskList.deadline}</th>
            <th scope="col">{m.taskList.needs}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((t) => (
            <tr key={t.id} data-task-id={t.id}>
              <th scope="row">
                <button type="button" className="entry-button" onClick={() => onOpenTask(t.id)}>
                  <span className="task-node__code">{t.code}</span> {withoutMarkup(t.title)}
                </button>
              </th>
              <td>{labels.stages[t.stage]}</td>
              <td>{t.leadId ? name(t.leadId) : m.taskList.none}</td>
              <td>{t.participantIds.length > 0 ? t.participantIds.map(name).join(', ') : m.taskList.none}</td>
              <td>{t.deadline ? withoutMarkup(t.deadline) : m.taskList.none}</td>
              <td>
                {t.prerequisiteIds.length > 0
                  ? t.prerequisiteIds.map((id) => codes.get(id) ?? id).join(', ')
                  : m.taskList.none}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
