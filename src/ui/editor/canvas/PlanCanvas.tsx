import {
  Background,
  ReactFlow,
  type AriaLabelConfig,
  type Connection,
  type Edge,
  type OnNodeDrag,
  type ReactFlowInstance,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { PlanCommand } from '../../../domain/plan-edit';
import { STAGES, type Stage } from '../../../domain/stage';
import { selectPlan, useEditorStore } from '../editor-context';
import { useCanvasMessages, type CanvasMessages } from '../messages';
import type { LiveReport } from '../verify-protocol';
import { CanvasControls } from './CanvasControls';
import { CanvasMiniMap } from './CanvasMiniMap';
import { laneView, storedAt, type LaneView } from './lanes';
import { moveCommand } from './move-command';
import { NODE_TYPES } from './node-types';
import { useCanvasKeys } from './use-canvas-keys';
import { useCanvasModel, type CanvasNode } from './use-canvas-model';
import { READABLE_ZOOM, useFocusTask, useRevealOnCanvas } from './use-canvas-view';

/** From this many tasks on, only what is in view is rendered. */
const LARGE_PLAN = 200;
const MARGIN = 16;
const FIRST_VIEWPORT = { x: MARGIN, y: MARGIN, zoom: READABLE_ZOOM };

/**
 * The first view, from the top left: the lanes as wide as the canvas allows, but never below the
 * readable zoom (the rest of the plan is a pan away) nor above 1.
 */
function showLanes(flow: ReactFlowInstance<CanvasNode>, width: number, lanes: LaneView) {
  const zoom = Math.min(1, Math.max(READABLE_ZOOM, (width - 2 * MARGIN) / lanes.total));
  void flow.setViewport({ x: MARGIN, y: MARGIN, zoom });
}

function ariaLabels(m: CanvasMessages): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': m.nodeHelp,
    'node.a11yDescription.keyboardDisabled': m.nodeHelp,
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => m.moved(direction, x, y),
    'edge.a11yDescription.default': m.edgeHelp,
    'handle.ariaLabel': m.handle,
  };
}

/** Which lanes are collapsed: at first the stages without a task (when the plan has some). */
function useLanes() {
  const store = useEditorStore();
  const [collapsed, setCollapsed] = useState<ReadonlySet<Stage>>(() => {
    const tasks = selectPlan(store.getState()).tasks;
    const used = new Set(tasks.map((t) => t.stage));
    return new Set(tasks.length === 0 ? [] : STAGES.filter((s) => !used.has(s)));
  });
  const lanes = useMemo(() => laneView(collapsed), [collapsed]);
  const toggle = useCallback(
    (stage: Stage) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (!next.delete(stage)) next.add(stage);
        return next;
      }),
    [],
  );
  const expand = useCallback(
    (stage: Stage) => setCollapsed((c) => (c.has(stage) ? new Set([...c].filter((s) => s !== stage)) : c)),
    [],
  );
  return { lanes, toggle, expand };
}

/**
 * The plan as a diagram: five stage lanes (each can be collapsed), a node per task, an edge per
 * dependency. Dragging a task moves it (saved once, when the drag ends; into another lane, it changes
 * stage), dragging from a task's right handle to another task's left handle adds a dependency, Delete
 * (with focus in the canvas) removes what is selected.
 */
export function PlanCanvas({ report }: { report: LiveReport | null }) {
  const store = useEditorStore();
  const m = useCanvasMessages();
  const { lanes, toggle, expand } = useLanes();
  const { plan, nodes, edges, placeOf, shownPlaceOf, onNodesChange, onEdgesChange, endDrag } = useCanvasModel(
    report,
    lanes,
    toggle,
  );
  const wrapper = useRef<HTMLDivElement>(null);
  const focusTask = useFocusTask(shownPlaceOf, wrapper);
  const onKeyDown = useCanvasKeys({ placeOf, edges, nodes, focusTask });
  useRevealOnCanvas(shownPlaceOf, lanes, expand);
  const [minimap, setMinimap] = useState(false);
  const minimapId = useId();
  const large = plan.tasks.length >= LARGE_PLAN;
  const firstLanes = useRef(lanes);
  const onInit = useCallback(
    (flow: ReactFlowInstance<CanvasNode>) =>
      showLanes(flow, wrapper.current?.clientWidth ?? 0, firstLanes.current),
    [],
  );
  const labels = useMemo(() => ariaLabels(m), [m]);
  const dispatch = useCallback(
    (command: PlanCommand) => store.dispatch(command, { announce: true }),
    [store],
  );

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (_event, _node, dragged) => {
      const moved = new Map(
        dragged.filter((n) => n.type === 'task').map((n) => [n.id, storedAt(lanes, n.position)] as const),
      );
      const command = moveCommand(
        store.getState().history.present,
        new Map([...moved].map(([id, to]) => [id, to.at])),
        placeOf,
      );
      endDrag();
      if (command) dispatch(command);
      for (const to of moved.values()) expand(to.stage);
    },
    [store, lanes, placeOf, endDrag, dispatch, expand],
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
        <CanvasControls
          minimap={minimap}
          minimapId={minimapId}
          onToggleMinimap={() => setMinimap((o) => !o)}
        />
      </ReactFlow>
      {minimap && <CanvasMiniMap id={minimapId} nodes={nodes} label={m.minimap} />}
    </div>
  );
}
