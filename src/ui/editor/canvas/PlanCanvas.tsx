import {
  Background,
  Controls,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type AriaLabelConfig,
  type Connection,
  type Edge,
  type OnNodeDrag,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { PlanCommand } from '../../../domain/plan-edit';
import { STAGES } from '../../../domain/stage';
import { useEditor, useEditorStore } from '../editor-context';
import { useCanvasMessages, type CanvasMessages } from '../messages';
import type { LiveReport } from '../verify-protocol';
import { CanvasMiniMap } from './CanvasMiniMap';
import { COLUMN_WIDTH, NODE_HEIGHT, NODE_WIDTH } from './geometry';
import { moveCommand } from './move-command';
import { NODE_TYPES } from './node-types';
import { useCanvasKeys } from './use-canvas-keys';
import { useCanvasModel, type CanvasNode } from './use-canvas-model';

/** From this many tasks on, only what is in view is rendered. */
const LARGE_PLAN = 200;
const MARGIN = 16;
const FIRST_VIEWPORT = { x: MARGIN, y: MARGIN, zoom: 0.8 };

/** The first view: the five columns as wide as the canvas allows (zoom 0.5 to 1), from the top. */
function showColumns(flow: ReactFlowInstance<CanvasNode>, width: number) {
  const zoom = Math.min(1, Math.max(0.5, (width - 2 * MARGIN) / (STAGES.length * COLUMN_WIDTH)));
  void flow.setViewport({ x: MARGIN, y: MARGIN, zoom });
}

function ariaLabels(m: CanvasMessages): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': m.nodeHelp,
    'node.a11yDescription.keyboardDisabled': m.nodeHelp,
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => m.moved(direction, x, y),
    'edge.a11yDescription.default': m.edgeHelp,
    'controls.ariaLabel': m.controls,
    'controls.zoomIn.ariaLabel': m.zoomIn,
    'controls.zoomOut.ariaLabel': m.zoomOut,
    'controls.fitView.ariaLabel': m.fitView,
    'controls.interactive.ariaLabel': m.interactive,
    'handle.ariaLabel': m.handle,
  };
}

type PlaceOf = ReturnType<typeof useCanvasModel>['placeOf'];

/** Pans the canvas so that a task is in view (unless it is), at least at `minZoom`. */
function useBringIntoView(placeOf: PlaceOf) {
  const store = useEditorStore();
  const flow = useStoreApi<CanvasNode>();
  const { setCenter } = useReactFlow();
  return useCallback(
    (taskId: string, options: { minZoom: number; duration: number }) => {
      const task = store.getState().history.present.tasks.find((t) => t.id === taskId);
      if (!task) return;
      const at = placeOf(task);
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
    [store, flow, placeOf, setCenter],
  );
}

/** Pans to the task the editor asks to reveal (a problem chosen, a task added), unless it is in view. */
function useRevealOnCanvas(placeOf: PlaceOf) {
  const bringIntoView = useBringIntoView(placeOf);
  const reveal = useEditor((s) => s.reveal);
  const shown = useRef(0);
  useEffect(() => {
    if (!reveal || reveal.seq === shown.current) return;
    shown.current = reveal.seq;
    bringIntoView(reveal.taskId, { minZoom: 0.8, duration: 250 });
  }, [reveal, bringIntoView]);
}

/** How many frames focus waits for a task scrolled into view to be rendered. */
const FOCUS_FRAMES = 30;

/**
 * Moves keyboard focus to a task's node. A large plan renders only the nodes in view, so a task off
 * screen is first brought into view, and focused once its node exists.
 */
function useFocusTask(placeOf: PlaceOf, canvas: RefObject<HTMLElement | null>) {
  const bringIntoView = useBringIntoView(placeOf);
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

/**
 * The plan as a diagram: five stage columns, a node per task, an edge per dependency. Dragging a task
 * moves it (saved once, when the drag ends; into another column, it changes stage), dragging from a
 * task's bottom handle to another task's top handle adds a dependency, Delete (with focus in the
 * canvas) removes what is selected.
 */
export function PlanCanvas({ report }: { report: LiveReport | null }) {
  const store = useEditorStore();
  const m = useCanvasMessages();
  const { plan, nodes, edges, placeOf, onNodesChange, onEdgesChange, endDrag } = useCanvasModel(report);
  const wrapper = useRef<HTMLDivElement>(null);
  const focusTask = useFocusTask(placeOf, wrapper);
  const onKeyDown = useCanvasKeys({ placeOf, edges, nodes, focusTask });
  useRevealOnCanvas(placeOf);
  const large = plan.tasks.length >= LARGE_PLAN;
  const onInit = useCallback(
    (flow: ReactFlowInstance<CanvasNode>) => showColumns(flow, wrapper.current?.clientWidth ?? 0),
    [],
  );
  const labels = useMemo(() => ariaLabels(m), [m]);
  const dispatch = useCallback(
    (command: PlanCommand) => store.dispatch(command, { announce: true }),
    [store],
  );

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (_event, _node, dragged) => {
      const moved = new Map(dragged.filter((n) => n.type === 'task').map((n) => [n.id, n.position] as const));
      const command = moveCommand(store.getState().history.present, moved, placeOf);
      endDrag();
      if (command) dispatch(command);
    },
    [store, placeOf, endDrag, dispatch],
  );
  const onConnect = useCallback(
    (c: Connection) => dispatch({ type: 'connect', from: c.source, to: c.target }),
    [dispatch],
  );
  const isValidConnection = useCallback((c: Connection | Edge) => c.source !== c.target, []);
  return (
    <div
      ref={wrapper}
      className="plan-canvas"
      role="region"
      aria-label={m.canvas}
      onKeyDownCapture={onKeyDown}
    >
      <ReactFlow<CanvasNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        deleteKeyCode={null}
        onInit={onInit}
        defaultViewport={FIRST_VIEWPORT}
        onlyRenderVisibleElements={large}
        minZoom={0.2}
        ariaLabelConfig={labels}
      >
        <Background gap={24} />
        <Controls showInteractive={false} showFitView={false} />
        <CanvasMiniMap nodes={nodes} label={m.minimap} />
      </ReactFlow>
    </div>
  );
}
