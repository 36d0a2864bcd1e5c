import { STAGES, type Stage } from '../../domain/stage';
import type { Plan } from '../../domain/plan';
import type { Task } from '../../domain/task';
import { useDomainLabels } from '../i18n/labels';
import { DraftParticipants } from './DraftParticipants';
import { useImportMessages } from './messages';

interface DraftTasksProps {
  plan: Plan;
  selected: string | null;
  onSelect: (taskId: string) => void;
  onChange: (taskId: string, change: Partial<Task>) => void;
}

/** The draft's tasks, each correctable: title, lead, participants, deadline phrase and stage; selecting one shows its source. */
export function DraftTasks({ plan, selected, onSelect, onChange }: DraftTasksProps) {
  const m = useImportMessages();
  const labels = useDomainLabels();
  const assignees = [...plan.bodies, ...plan.groups];
  return (
    <ol className="draft-tasks">
      {plan.tasks.map((task) => (
        <li
          key={task.id}
          data-task-id={task.id}
          className={task.id === selected ? 'draft-task draft-task--selected' : 'draft-task'}
          onFocusCapture={() => onSelect(task.id)}
        >
          <button
            type="button"
            className="button button--quiet draft-task__code"
            aria-pressed={task.id === selected}
            aria-label={m.showSource(task.code)}
            onClick={() => onSelect(task.id)}
          >
            {task.code}
          </button>
          <label>
            <span>{m.taskTitle}</span>
            <input value={task.title} onChange={(e) => onChange(task.id, { title: e.target.value })} />
          </label>
          <label>
            <span>{m.leadBody}</span>
            <select
              value={task.leadId ?? ''}
              onChange={(e) => onChange(task.id, { leadId: e.target.value || null })}
            >
              <option value="">{m.noLead}</option>
              {assignees.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
          <DraftParticipants
            task={task}
            assignees={assignees}
            onChange={(participantIds) => onChange(task.id, { participantIds })}
          />
          <label>
            <span>{m.deadline}</span>
            <input
              value={task.deadline ?? ''}
              onChange={(e) => onChange(task.id, { deadline: e.target.value.trim() ? e.target.value : null })}
            />
          </label>
          <label>
            <span>{m.stage}</span>
            <select
              value={task.stage}
              onChange={(e) => onChange(task.id, { stage: e.target.value as Stage })}
            >
              {STAGES.map((s) => (
                <option key={s} value={s}>
                  {labels.stages[s]}
                </option>
              ))}
            </select>
          </label>
        </li>
      ))}
    </ol>
  );
}
