import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { Task } from '../../../domain/task';
import { useEditor, useEditorStore } from '../editor-context';
import { CARD_TEXT_PX, NODE_HEIGHT, NODE_WIDTH, type Point } from './geometry';
import { overlays } from '../use-side-drawer';
import type { CanvasNode } from './use-canvas-model';

/**
 * The zoom at which a card's text (`CARD_TEXT_PX`) is at least 12 px on screen: the first view, and a
 * task brought into view, are never smaller.
 */
export const READABLE_ZOOM = 12 / CARD_TEXT_PX;

type PlaceOf = (task: Task) => Point;

/** How many pixels of the canvas's right side are covered (0 unless the side panels open over it). */
export type Covered = () => number;

/** The part of `canvas` that the side panels cover, when they are shown over it (narrow windows). */
export function coveredWidth(cover: HTMLElement | null, canvas: HTMLElement | null): number {
  if (!canvas || !overlays(cover)) return 0;
  const panel = (cover as HTMLElement).getBoundingClientRect();
  if (panel.width === 0) return 0;
  return Math.max(0, canvas.getBoundingClientRect().right - panel.left);
}

/** How far a task brought into view stays from the edges of the part of the canvas shown. */
const VIEW_MARGIN = 16;

/** The shift (in screen pixels) that brings the span [start, end] within [0, size], or 0 if it is. */
function shiftInto(start: number, end: number, size: number): number {
  if (start < 0) return VIEW_MARGIN - start;
  if (end > size) return Math.max(size - VIEW_MARGIN - end, VIEW_MARGIN - start);
  return 0;
}

/**
 * Pans the canvas the least that brings a task into view (unless it is), in the part of the canvas not
 * covered by the side panels; below `minZoom` it zooms in, centred on the task.
 */
function useBringIntoView(shownPlaceOf: PlaceOf, covered: Covered) {
  const store = useEditorStore();
  const flow = useStoreApi<CanvasNode>();
  const { setCenter, setViewport } = useReactFlow();
  return useCallback(
    (taskId: string, options: { minZoom: number; duration: number }) => {
      const task = store.getState().history.present.tasks.find((t) => t.id === taskId);
      if (!task) return;
      const at = shownPlaceOf(task);
      const { width, height, transform } = flow.getState();
      const [x, y, zoom] = transform;
      const hidden = covered();
      if (zoom < options.minZoom) {
        void setCenter(at.x + NODE_WIDTH / 2 + hidden / 2 / options.minZoom, at.y + NODE_HEIGHT / 2, {
          zoom: options.minZoom,
          duration: options.duration,
        });
        return;
      }
      const left = at.x * zoom + x;
      const top = at.y * zoom + y;
      const dx = shiftInto(left, left + NODE_WIDTH * zoom, width - hidden);
      const dy = shiftInto(top, top + NODE_HEIGHT * zoom, height);
      if (dx !== 0 || dy !== 0)
        void setViewport({ x: x + dx, y: y + dy, zoom }, { duration: options.duration });
    },
    [store, flow, shownPlaceOf, setCenter, setViewport, covered],
  );
}

/**
 * Pans to the task the editor asks to reveal (a problem chosen, a task added), unless it is in view (the
 * editor store has opened its lane, were it collapsed); and to a task chosen on the canvas when the side
 * panels, opening over the canvas, cover it.
 */
export function useRevealOnCanvas(shownPlaceOf: PlaceOf, covered: Covered) {
  const bringIntoView = useBringIntoView(shownPlaceOf, covered);
  const reveal = useEditor((s) => s.reveal);
  const selection = useEditor((s) => s.selection);
  const shown = useRef(0);
  const chosen = useRef(selection);
  useEffect(() => {
    const newSelection = chosen.current !== selection;
    chosen.current = selection;
    if (reveal && reveal.seq !== shown.current) {
      shown.current = reveal.seq;
      bringIntoView(reveal.taskId, { minZoom: READABLE_ZOOM, duration: 250 });
    } else if (newSelection && selection.length === 1 && covered() > 0) {
      bringIntoView(selection[0] as string, { minZoom: 0, duration: 200 });
    }
  }, [reveal, selection, bringIntoView, covered]);
}

/** How many frames focus waits for a task scrolled into view to be rendered. */
const FOCUS_FRAMES = 30;

/**
 * Moves keyboard focus to a task's node. A large plan renders only the nodes in view, so a task off
 * screen is first brought into view, and focused once its node exists.
 */
export function useFocusTask(shownPlaceOf: PlaceOf, canvas: RefObject<HTMLElement | null>, covered: Covered) {
  const bringIntoView = useBringIntoView(shownPlaceOf, covered);
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
