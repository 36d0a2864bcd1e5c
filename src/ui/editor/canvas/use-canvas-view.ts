import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Task } from '../../../domain/task';
import { useEditor, useEditorStore } from '../editor-context';
import { NODE_HEIGHT, NODE_WIDTH, type Point } from './geometry';
import type { CanvasNode } from './use-canvas-model';

/**
 * The zoom at which a card's smallest text (14 px, see `.task-node` in editor.css) is at least 12 px on
 * screen: the first view, and a task brought into view, are never smaller.
 */
export const READABLE_ZOOM = 0.86;

type PlaceOf = (task: Task) => Point;

/** Pans the canvas so that a task is in view (unless it is), at least at `minZoom`. */
function useBringIntoView(shownPlaceOf: PlaceOf) {
  const store = useEditorStore();
  const flow = useStoreApi<CanvasNode>();
  const { setCenter } = useReactFlow();
  return useCallback(
    (taskId: string, options: { minZoom: number; duration: number }) => {
      const task = store.getState().history.present.tasks.find((t) => t.id === taskId);
      if (!task) return;
      const at = shownPlaceOf(task);
      const { width, height, transform } = flow.getState();
      const [x, y, zoom] = transform;
      const left = at.x * zoom + x;
      const top = at.y * zoom + y;
      const inView =
        left >= 0 && top >= 0 && left + NODE_WIDTH * zoom <= width && top + NODE_HEIGHT * zoom <= height;
      if (!inView)
        void setCenter(at.x + NODE_WIDTH / 2, at.y + NODE_HEIGHT / 2, {
          zoom: Math.max(zoom, options.minZoom),
          duration: options.duration,
        });
    },
    [store, flow, shownPlaceOf, setCenter],
  );
}

/**
 * Pans to the task the editor asks to reveal (a problem chosen, a task added), unless it is in view (the
 * editor store has opened its lane, were it collapsed).
 */
export function useRevealOnCanvas(shownPlaceOf: PlaceOf) {
  const bringIntoView = useBringIntoView(shownPlaceOf);
  const reveal = useEditor((s) => s.reveal);
  const shown = useRef(0);
  useEffect(() => {
    if (!reveal || reveal.seq === shown.current) return;
    shown.current = reveal.seq;
    bringIntoView(reveal.taskId, { minZoom: READABLE_ZOOM, duration: 250 });
  }, [reveal, bringIntoView]);
}

/** How many frames focus waits for a task scrolled into view to be rendered. */
const FOCUS_FRAMES = 30;

/**
 * Moves keyboard focus to a task's node. A large plan renders only the nodes in view, so a task off
 * screen is first brought into view, and focused once its node exists.
 */
export function useFocusTask(shownPlaceOf: PlaceOf, canvas: RefObject<HTMLElement | null>) {
  const bringIntoView = useBringIntoView(shownPlaceOf);
  return useCallback(
    (taskId: string) => {
      const nodeOf = () =>
        canvas.current?.querySelector<HTMLElement>(`.react-flow__node-task[data-id="${CSS.escape(taskId)}"]`);
      const now = nodeOf();
      if (now) return now.focus();
      bringIntoView(taskId, { minZoom: 0, duration: 0 });
      let frames = 0;
      const attempt = () => {
        const node = nodeOf();
        if (node) node.focus();
        else if (++frames < FOCUS_FRAMES) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    [bringIntoView, canvas],
  );
}
