import type { Body } from '../../../domain/body';
import type { Plan } from '../../../domain/plan';
import type { Task } from '../../../domain/task';
import { bodyLabel, bodyOptions, newBody, parentContext, usingBody } from './body-options';
import { useInspectorMessages } from './messages';
import type { Dispatch } from './use-edit-dispatch';

/** What every part of the task inspector receives. */
export interface TaskPanelProps {
  plan: Plan;
  task: Task;
  directory: readonly Body[];
  dispatch: Dispatch;
  /** Keeps a body created here in the shared directory (the app's directory service). */
  onNewBody?: (body: Body) => void;
  /** The library's plans, to link a task's child plan ("cụ thể hóa") to one of them. */
  library?: readonly LibraryPlan[];
}

/** A plan of the library as the inspector offers it: its id and title. */
export interface LibraryPlan {
  id: string;
  title: string;
}

export type TaskChanges = Partial<Omit<Task, 'id'>>;

/** The task inspector's means of editing: body choices and the commands that change the task. */
export function useTaskEditing({ plan, task, directory, dispatch, onNewBody }: TaskPanelProps) {
  const m = useInspectorMessages();
  return {
    m,
    options: bodyOptions(plan, directory, {
      group: m.group,
      fromDirectory: m.fromDirectory,
      partOf: m.partOf,
    }),
    item: (id: string) => ({
      id,
      label: bodyLabel(plan, id, directory),
      context: parentContext(plan, directory, id, m.partOf),
    }),
    update: (changes: TaskChanges) => dispatch({ type: 'updateTask', id: task.id, changes }),
    /** Changes the task to use a body, first adding it to the plan when it comes from the directory. */
    assign: (bodyId: string, changes: TaskChanges) =>
      dispatch(usingBody(plan, directory, bodyId, { type: 'updateTask', id: task.id, changes })),
    /**
     * "Thêm cơ quan mới «…»": a body named as typed goes into the shared directory and the plan, and the
     * task uses it (`changes` of its id).
     */
    create: (changes: (bodyId: string) => TaskChanges) => ({
      label: m.createBody,
      run: (name: string) => {
        const { body, command } = newBody(plan, directory, name, (id) => ({
          type: 'updateTask',
          id: task.id,
          changes: changes(id),
        }));
        if (dispatch(command)) onNewBody?.(body);
      },
    }),
  };
}
