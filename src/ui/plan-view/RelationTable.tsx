import { assignmentFor, type ChildLink, type PlanModel, type TaskNode } from '../../engine/model';
import { useReportMessages, type ReportMessages } from './messages';

function childPlanText(m: ReportMessages, link: ChildLink): string {
  switch (link.status) {
    case 'unlinked':
      return m.childPlan.unlinked;
    case 'missing':
      return m.childPlan.missing(link.planId);
    case 'complete':
      return m.childPlan.complete(link.title);
    case 'stuck':
      return m.childPlan.stuck(link.title, link.stuck);
    case 'cycle':
      return m.childPlan.cycle(link.title);
  }
}

/** Who approves the task's result: the approver of its first primary assignment. */
function approverOf(model: PlanModel, task: TaskNode): string | null {
  const first = task.primary[0];
  return first === undefined ? null : (assignmentFor(model, first, task.id)?.approverId ?? null);
}

/**
 * Every task's relations as the machines use them: who approves its result, the report each assignee
 * owes, who adopts it, its child plan, and whether it is a request.
 */
export function RelationTable({ model }: { model: PlanModel }) {
  const m = useReportMessages();
  const name = (id: string | null) => (id === null ? m.none : (model.names.get(id) ?? id));
  return (
    <div className="table-scroll">
      <table className="body-table">
        <caption>{m.relationsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.taskColumn}</th>
            <th scope="col">{m.approverColumn}</th>
            <th scope="col">{m.reportColumn}</th>
            <th scope="col">{m.adoptionColumn}</th>
            <th scope="col">{m.childPlanColumn}</th>
          </tr>
        </thead>
        <tbody>
          {[...model.tasks.values()].map((t) => (
            <tr key={t.id}>
              <th scope="row">
                {t.task.code}
                {t.task.mode === 'request' && <span className="tag">{m.request}</span>}
              </th>
              <td>{name(approverOf(model, t))}</td>
              <td>
                {t.task.report
                  ? m.reportTo(
                      name(t.task.report.toId),
                      t.task.report.viaId && name(t.task.report.viaId),
                      t.task.report.deadline,
                    )
                  : m.none}
              </td>
              <td>{name(t.task.adoptedById)}</td>
              <td>{t.childPlan ? childPlanText(m, t.childPlan) : m.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
