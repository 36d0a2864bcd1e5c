import { useId, useState } from 'react';
import { freeTaskId } from '../../domain/plan-edit';
import { STAGES, type Stage } from '../../domain/stage';
import { TaskSchema } from '../../domain/task';
import { useEditorStore } from './editor-context';
import { useDomainLabels } from '../i18n/labels';
import { layoutTasks } from './layout';
import { useEditorMessages } from './messages';

/** Adds a task to the chosen stage, placed in that stage's column, and opens it in the inspector. */
export function AddTaskControl() {
  const store = useEditorStore();
  const m = useEditorMessages();
  const labels = useDomainLabels();
  const id = useId();
  const [stage, setStage] = useState<Stage>('drafting');
  const add = () => {
    const plan = store.getState().history.present;
    const taskId = freeTaskId(plan, 'nv');
    const task = TaskSchema.parse({
      id: taskId,
      code: String(plan.tasks.length + 1),
      title: m.newTaskTitle,
      stage,
    });
    const position = layoutTasks([...plan.tasks, task], { all: false }).get(taskId) ?? null;
    if (store.dispatch({ type: 'addTask', task: { ...task, position } }, { announce: true }).ok)
      store.revealTask(taskId, true);
  };
  return (
    <div className="add-task">
      <label htmlFor={id} className="visually-hidden">
        {m.addToStage}
      </label>
      <select id={id} value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {labels.stages[s]}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={add}>
        {m.addTask}
      </button>
    </div>
  );
}
