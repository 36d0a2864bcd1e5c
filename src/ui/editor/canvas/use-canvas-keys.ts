import { useCallback, type KeyboardEvent } from 'react';
import type { Task } from '../../../domain/task';
import { useEditorStore } from '../editor-context';
import { copyTasks, pasteCommand } from './clipboard';
import { deleteCommand } from './delete-command';
import type { DependencyEdge } from './dependency-edges';
import { nudgeCommand } from './move-command';
import type { Point } from './geometry';
import type { CanvasNode } from './use-canvas-model';

const STEP = 10;
const BIG_STEP = 50;
const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

export function isTextEntry(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

interface CanvasKeyInputs {
  placeOf: (task: Task) => Point;
  edges: readonly DependencyEdge[];
  /** The canvas's nodes: the task nodes come in reading order, the order Tab follows. */
  nodes: readonly CanvasNode[];
  focusTask: (taskId: string) => void;
}

/** The task after (or, backwards, before) `id` in the nodes' reading order; null past either end. */
function neighbourTask(nodes: readonly CanvasNode[], id: string, backwards: boolean): string | null {
  const tasks = nodes.filter((n) => n.type === 'task');
  const i = tasks.findIndex((n) => n.id === id);
  return tasks[i + (backwards ? -1 : 1)]?.id ?? null;
}

/**
 * Keys on the canvas (only while focus is in it), taken before React Flow's own: Tab and Shift+Tab go
 * from task to task in reading order (also to tasks a large plan has not rendered yet; past the first or
 * last task, focus leaves the tasks as usual), Enter opens the focused
 * task in the inspector, arrows move the selected tasks by 10 (Shift: 50) as one saved command per
 * press, Delete or Backspace removes the selected tasks and dependencies, Ctrl+C / Ctrl+V copy and paste.
 */
export function useCanvasKeys({ placeOf, edges, nodes, focusTask }: CanvasKeyInputs) {
  const store = useEditorStore();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (isTextEntry(event.target) || event.altKey) return;
      const { history, selection } = store.getState();
      const plan = history.present;
      const focused = (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node-task')?.dataset
        .id;
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (command && key === 'c') {
        if (copyTasks(plan, selection.length > 0 ? selection : focused ? [focused] : [], placeOf) > 0)
          event.preventDefault();
        return;
      }
      if (command && key === 'v') {
        const paste = pasteCommand(plan);
        if (!paste) return;
        event.preventDefault();
        const before = new Set(plan.tasks.map((t) => t.id));
        const result = store.dispatch(paste, { announce: true });
        if (result.ok) store.select(result.plan.tasks.filter((t) => !before.has(t.id)).map((t) => t.id));
        return;
      }
      if (command) return;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        const tasks = selection.length > 0 ? selection : focused ? [focused] : [];
        const remove = deleteCommand(
          tasks,
          edges.filter((e) => e.selected),
        );
        if (!remove) return;
        event.preventDefault();
        store.dispatch(remove, { announce: true });
        return;
      }
      if (!focused) return;
      if (event.key === 'Tab') {
        const next = neighbourTask(nodes, focused, event.shiftKey);
        if (!next) return;
        event.preventDefault();
        event.stopPropagation();
        focusTask(next);
        return;
      }
      const arrow = ARROWS[event.key];
      if (event.key === 'Enter') {
        event.preventDefault();
        event.stopPropagation();
        store.revealTask(focused, true);
      } else if (arrow) {
        event.preventDefault();
        event.stopPropagation();
        const ids = selection.includes(focused) ? selection : [focused];
        const step = event.shiftKey ? BIG_STEP : STEP;
        const move = nudgeCommand(plan, ids, arrow[0] * step, arrow[1] * step, placeOf);
        if (ids !== selection) store.select(ids);
        if (move) store.dispatch(move, { announce: true });
      }
    },
    [store, placeOf, edges, nodes, focusTask],
  );
}
