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
import { useCallback, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { PlanCommand } from '../../../domain/plan-edit';
import { useDomainLabels } from '../../i18n/labels';
import { useEditor, useEditorStore } from '../editor-context';
import { useCanvasMessages, type CanvasMessages } from '../messages';
import type { LiveReport } from '../verify-protocol';
import { CanvasControls } from './CanvasControls';
import { CanvasMiniMap } from './CanvasMiniMap';
import { laneView, storedAt, type LaneView } from './lanes';
import { moveCommand } from './move-command';
import { NODE_TYPES } from './node-types';
import { useCanvasKeys } from './use-canvas-keys';
import { useCanvasModel, type CanvasNode } from './use-canvas-model';
import { coveredWidth, READABLE_ZOOM, useFocusTask, useRevealOnCanvas } from './use-canvas-view';

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

/** The lanes as shown, from the editor's collapsed lanes (which open on their own to show a task). */
function useLanes() {
  const store = useEditorStore();
  const collapsed = useEditor((s) => s.collapsedLanes);
  const lanes = useMemo(() => laneView(collapsed), [collapsed]);
  return { lanes, toggle: store.toggleLane };
}

/** Says which lanes opened on their own to show a task that came into them or was chosen. */
function OpenedLanesNotice() {
  const m = useCanvasMessages();
  const labels = useDomainLabels();
  const opened = useEditor((s) => s.openedLanes);
  return (
    <p role="status" className="visually-hidden">
      {opened && m.lanesOpened(opened.stages.map((s) => labels.stages[s]))}
    </p>
  );
}

/**
 * The plan as a diagram: five stage lanes (each can be collapsed), a node per task, an edge per
 * dependency. Dragging a task moves it (saved once, when the drag ends; into another lane, it changes
 * stage), dragging from a task's right handle to another task's left handle adds a dependency, Delete
 * (with focus in the canvas) removes what is selected.
 */
export function PlanCanvas({
  report,
  coverRef,
}: {
  report: LiveReport | null;
  /** The side panels, which at narrow widths open over the canvas's right part. */
  coverRef: RefObject<HTMLElement | null>;
}) {
  const store = useEditorStore();
  const m = useCanvasMessages();
  const { lanes, toggle } = useLanes();
  const { plan, nodes, edges, placeOf, shownPlaceOf, onNodesChange, onEdgesChange, endDrag } = useCanvasModel(
    report,
    lanes,
    toggle,
  );
  const wrapper = useRef<HTMLDivElement>(null);
  const covered = useCallback(() => coveredWidth(coverRef.current, wrapper.current), [coverRef]);
  const focusTask = useFocusTask(shownPlaceOf, wrapper, covered);
  const onKeyDown = useCanvasKeys({ placeOf, edges, nodes, focusTask });
  useRevealOnCanvas(shownPlaceOf, covered);
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
    },
    [store, lanes, placeOf, endDrag, dispatch],
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
      <OpenedLanesNotice />
    </div>
  );
}
