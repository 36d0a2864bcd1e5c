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
import { useCallback, useEffect, useMemo, useRef } from 'react';
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

/** Pans to the task the editor asks to reveal (a problem chosen, a task added), unless it is in view. */
function useRevealOnCanvas(placeOf: ReturnType<typeof useCanvasModel>['placeOf']) {
  const store = useEditorStore();
  const flow = useStoreApi<CanvasNode>();
  const reveal = useEditor((s) => s.reveal);
  const { setCenter } = useReactFlow();
  const shown = useRef(0);
  useEffect(() => {
    if (!reveal || reveal.seq === shown.current) return;
    shown.current = reveal.seq;
    const task = store.getState().history.present.tasks.find((t) => t.id === reveal.taskId);
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
        zoom: Math.max(zoom, 0.8),
        duration: 250,
      });
  }, [reveal, store, flow, placeOf, setCenter]);
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
  const onKeyDown = useCanvasKeys(placeOf, edges);
  useRevealOnCanvas(placeOf);
  const large = plan.tasks.length >= LARGE_PLAN;
  const wrapper = useRef<HTMLDivElement>(null);
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
