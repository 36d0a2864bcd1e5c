import type { Body } from '../../../domain/body';
import type { Plan } from '../../../domain/plan';
import type { Task } from '../../../domain/task';
import { bodyLabel, bodyOptions, usingBody } from './body-options';
import { useInspectorMessages } from './messages';
import type { Dispatch } from './use-edit-dispatch';

/** What every part of the task inspector receives. */
export interface TaskPanelProps {
  plan: Plan;
  task: Task;
  directory: readonly Body[];
  dispatch: Dispatch;
}

export type TaskChanges = Partial<Omit<Task, 'id'>>;

/** The task inspector's means of editing: body choices and the commands that change the task. */
export function useTaskEditing({ plan, task, directory, dispatch }: TaskPanelProps) {
  const m = useInspectorMessages();
  return {
    m,
    options: bodyOptions(plan, directory, { group: m.group, fromDirectory: m.fromDirectory }),
    item: (id: string) => ({ id, label: bodyLabel(plan, id, directory) }),
    update: (changes: TaskChanges) => dispatch({ type: 'updateTask', id: task.id, changes }),
    /** Changes the task to use a body, first adding it to the plan when it comes from the directory. */
    assign: (bodyId: string, changes: TaskChanges) =>
      dispatch(usingBody(plan, directory, bodyId, { type: 'updateTask', id: task.id, changes })),
  };
}
