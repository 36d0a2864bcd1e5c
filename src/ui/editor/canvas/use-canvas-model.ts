import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { stageIndex, type Stage } from '../../../domain/stage';
import type { Task } from '../../../domain/task';
import { selectPlan, useEditor, useEditorStore } from '../editor-context';
import { layoutTasks } from '../layout';
import { useCanvasMessages } from '../messages';
import type { LiveReport } from '../verify-protocol';
import { DependencyEdgeCache } from './dependency-edges';
import { blockingTasks, namesById, tasksOfBody } from './decorations';
import { dueStatesFor, todayIso, type DueState } from '../../../domain/due-state';
import { planYearOf } from '../../../domain/plan-year';
import { insideLane, laneX, LANE_TOP, NODE_HEIGHT, type Point } from './geometry';
import { shownAt, type LaneView } from './lanes';
import { isStageNodeId, stageNodes, type StageNode } from './stage-nodes';
import { TaskNodeCache, type Dimensions, type TaskNode } from './task-nodes';

export type CanvasNode = TaskNode | StageNode;

/**
 * Where each task is shown (its stored position, or a provisional one from the auto layout), and the
 * tasks in reading order: stage by stage, top to bottom, the order Tab follows.
 */
function usePlaces(tasks: readonly Task[]) {
  const places = useMemo(() => {
    const provisional = layoutTasks(tasks, { all: false });
    return new Map(
      tasks.map((t) => [
        t.id,
        insideLane(t.stage, t.position ?? provisional.get(t.id) ?? { x: laneX(t.stage), y: LANE_TOP }),
      ]),
    );
  }, [tasks]);
  /**
   * A task's own position wins over the map: keyboard commands read the store's current plan while the
   * map may still follow the deferred one, and two quick presses must both count.
   */
  const placeOf = useCallback(
    (task: Task) =>
      insideLane(task.stage, task.position ?? places.get(task.id) ?? { x: laneX(task.stage), y: LANE_TOP }),
    [places],
  );
  const ordered = useMemo(() => {
    const rank = (t: Task) => stageIndex(t.stage) * 1e9 + placeOf(t).y;
    return [...tasks].sort((a, b) => rank(a) - rank(b));
  }, [tasks, placeOf]);
  return { placeOf, ordered };
}

/** Due states as of today, parsed once per distinct phrase. */
function useDueStates(planYear: number | null): (task: Task) => DueState {
  const [today] = useState(todayIso);
  const dueOfPhrase = useMemo(() => dueStatesFor(planYear, today), [planYear, today]);
  return useCallback((task: Task) => dueOfPhrase(task.deadline), [dueOfPhrase]);
}

function withSizes(previous: ReadonlyMap<string, Dimensions>, changes: NodeChange<CanvasNode>[]) {
  let next: Map<string, Dimensions> | null = null;
  for (const c of changes) {
    if (c.type !== 'dimensions' || !c.dimensions) continue;
    const old = previous.get(c.id);
    if (old?.width === c.dimensions.width && old.height === c.dimensions.height) continue;
    next ??= new Map(previous);
    next.set(c.id, c.dimensions);
  }
  return next ?? previous;
}

function countByStage(tasks: readonly Task[]): Map<Stage, number> {
  const counts = new Map<Stage, number>();
  for (const t of tasks) counts.set(t.stage, (counts.get(t.stage) ?? 0) + 1);
  return counts;
}

/**
 * The canvas's nodes and edges, derived from the plan being edited, its selection and its live report,
 * and shown in the lanes of `lanes` (the tasks of a collapsed lane, and their edges, are left out).
 * What React Flow reports back is kept apart: measured sizes, and positions while a drag lasts (a drag
 * is committed once, when it ends). Selection lives in the editor store.
 */
export function useCanvasModel(
  report: LiveReport | null,
  lanes: LaneView,
  onToggleLane: (stage: Stage) => void,
) {
  const store = useEditorStore();
  /**
   * The canvas follows the plan as a deferred value: after an edit React re-renders it in interruptible
   * slices, so a large plan's canvas never blocks the keyboard or the pointer for long.
   */
  const plan = useDeferredValue(useEditor(selectPlan));
  const selectionList = useEditor((s) => s.selection);
  const highlightBodyId = useEditor((s) => s.highlightBodyId);
  const labels = useCanvasMessages();
  const { placeOf, ordered } = usePlaces(plan.tasks);
  const dueOf = useDueStates(planYearOf(plan));
  const [measured, setMeasured] = useState<ReadonlyMap<string, Dimensions>>(new Map());
  const [dragging, setDragging] = useState<ReadonlyMap<string, Point>>(new Map());
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const [nodeCache] = useState(() => new TaskNodeCache());
  const [edgeCache] = useState(() => new DependencyEdgeCache());

  const selection = useMemo(() => new Set(selectionList), [selectionList]);
  const blocks = useMemo(() => blockingTasks(report), [report]);
  const highlighted = useMemo(
    () => tasksOfBody(plan.tasks, plan.groups, highlightBodyId),
    [plan.tasks, plan.groups, highlightBodyId],
  );
  const names = useMemo(() => namesById(plan.bodies, plan.groups), [plan.bodies, plan.groups]);
  const lowest = useMemo(
    () => plan.tasks.reduce((y, t) => Math.max(y, placeOf(t).y), 0) + NODE_HEIGHT,
    [plan.tasks, placeOf],
  );
  const counts = useMemo(() => countByStage(plan.tasks), [plan.tasks]);
  const laneNodes = useMemo(
    () => stageNodes(lowest, lanes, counts, onToggleLane),
    [lowest, lanes, counts, onToggleLane],
  );
  const shownPlaceOf = useCallback((t: Task) => shownAt(lanes, t.stage, placeOf(t)), [lanes, placeOf]);
  const shown = useMemo(
    () => (lanes.collapsed.size === 0 ? ordered : ordered.filter((t) => !lanes.collapsed.has(t.stage))),
    [ordered, lanes],
  );
  const taskNodes = useMemo(
    () =>
      nodeCache.build({
        ordered: shown,
        placeOf: shownPlaceOf,
        dragging,
        selection,
        blocks,
        highlighted,
        names,
        dueOf,
        measured,
        labels,
      }),
    [
      nodeCache,
      shown,
      shownPlaceOf,
      dragging,
      selection,
      blocks,
      highlighted,
      names,
      dueOf,
      measured,
      labels,
    ],
  );
  const nodes = useMemo<CanvasNode[]>(() => [...laneNodes, ...taskNodes], [laneNodes, taskNodes]);
  const allEdges = useMemo(
    () => edgeCache.build(plan.tasks, selectedEdges, labels),
    [edgeCache, plan.tasks, selectedEdges, labels],
  );
  const edges = useMemo(() => {
    if (lanes.collapsed.size === 0) return allEdges;
    const ids = new Set(shown.map((t) => t.id));
    return allEdges.filter((e) => ids.has(e.source) && ids.has(e.target));
  }, [allEdges, lanes, shown]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      setMeasured((previous) => withSizes(previous, changes));
      const moves = changes.flatMap((c) =>
        c.type === 'position' && c.dragging && c.position ? [[c.id, c.position] as const] : [],
      );
      if (moves.length > 0) setDragging((previous) => new Map([...previous, ...moves]));
      const picks = changes.flatMap((c) => (c.type === 'select' && !isStageNodeId(c.id) ? [c] : []));
      if (picks.length === 0) return;
      const next = new Set(store.getState().selection);
      for (const c of picks) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      store.select([...next]);
    },
    [store],
  );

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const picks = changes.flatMap((c) => (c.type === 'select' ? [c] : []));
    if (picks.length === 0) return;
    setSelectedEdges((previous) => {
      const next = new Set(previous);
      for (const c of picks) {
        if (c.selected) next.add(c.id);
        else next.delete(c.id);
      }
      return next;
    });
  }, []);

  const endDrag = useCallback(() => setDragging(new Map()), []);

  return { plan, nodes, edges, placeOf, shownPlaceOf, onNodesChange, onEdgesChange, endDrag };
}
