import '../panels.css';
import type { Plan } from '../../../domain/plan';
import { STAGES, type Stage } from '../../../domain/stage';
import type { Task } from '../../../domain/task';
import { sortByVi } from '../../i18n/format';
import { VerdictBadge } from '../../plan-view/VerdictBadge';
import { useDomainLabels } from '../../i18n/labels';
import type { LiveReport } from '../verify-protocol';
import { useMatrixMessages } from './messages';

interface BodyMatrixProps {
  plan: Plan;
  report: LiveReport | null;
  onSelectTask: (taskId: string) => void;
}

interface Row {
  id: string;
  name: string;
  group: boolean;
}

interface Entry {
  task: Task;
  role: 'lead' | 'participant';
}

function tasksOf(plan: Plan, id: string, stage: Stage): Entry[] {
  return plan.tasks.flatMap((task): Entry[] => {
    if (task.stage !== stage) return [];
    if (task.leadId === id) return [{ task, role: 'lead' }];
    return task.participantIds.includes(id) ? [{ task, role: 'participant' }] : [];
  });
}

function RowVerdict({ report, id }: { report: LiveReport | null; id: string }) {
  const m = useMatrixMessages();
  if (!report) return <span className="muted">{m.pending}</span>;
  const verdict = report.bodies.find((b) => b.assigneeId === id);
  if (!verdict) return <span className="muted">{m.noVerdict}</span>;
  return <VerdictBadge ok={verdict.completes} label={verdict.completes ? m.completes : m.stuck} />;
}

function CellTasks({ entries, onSelectTask }: { entries: Entry[]; onSelectTask: (taskId: string) => void }) {
  const m = useMatrixMessages();
  if (entries.length === 0) return null;
  return (
    <ul className="body-matrix__tasks">
      {entries.map(({ task, role }) => (
        <li key={task.id}>
          <button type="button" className="entry-button" onClick={() => onSelectTask(task.id)}>
            <span className="panel-code">{task.code}</span> {task.title}{' '}
            <span className={`role role--${role}`}>({m[role]})</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Bodies and groups against the five stages: each cell lists what the body leads (chủ trì) or takes part in
 * (phối hợp) in that stage, each task a button that selects it; the row header carries the body's verdict.
 */
export function BodyMatrix({ plan, report, onSelectTask }: BodyMatrixProps) {
  const m = useMatrixMessages();
  const labels = useDomainLabels();
  const rows: Row[] = sortByVi(
    [
      ...plan.bodies.map((b) => ({ id: b.id, name: b.name, group: false })),
      ...plan.groups.map((g) => ({ id: g.id, name: g.name, group: true })),
    ],
    (r) => r.name,
  );
  if (rows.length === 0) return <p>{m.empty}</p>;
  return (
    <div className="body-matrix editor-panel">
      <table>
        <caption>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.body}</th>
            {STAGES.map((s) => (
              <th key={s} scope="col">
                {labels.stages[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <span className="body-matrix__name">{row.name}</span>
                {row.group && <span className="panel-tag">{m.group}</span>}{' '}
                <RowVerdict report={report} id={row.id} />
              </th>
              {STAGES.map((stage) => (
                <td key={stage}>
                  <CellTasks entries={tasksOf(plan, row.id, stage)} onSelectTask={onSelectTask} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
