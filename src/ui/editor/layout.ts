import dagre from '@dagrejs/dagre';
import type { Plan } from '../../domain/plan';
import { STAGES } from '../../domain/stage';
import type { Task } from '../../domain/task';
import { insideLane, laneX, LANE_TOP, NODE_HEIGHT, NODE_WIDTH, ROW_GAP, type Point } from './canvas/geometry';

/** Where a task falls in top-to-bottom order: its layer, then its place within the layer. */
export type Ranks = Map<string, { rank: number; order: number }>;

/** Layers and order from dagre (top to bottom, prerequisites above the tasks that need them). */
export function dagreRanks(tasks: readonly Task[]): Ranks {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 20, ranksep: ROW_GAP });
  graph.setDefaultEdgeLabel(() => ({}));
  const ids = new Set(tasks.map((t) => t.id));
  for (const t of tasks) graph.setNode(t.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const t of tasks)
    for (const p of t.prerequisiteIds) if (ids.has(p) && p !== t.id) graph.setEdge(p, t.id);
  dagre.layout(graph);
  // dagre spaces its layers for edge labels (ranks 0, 2, 4…): number the layers used 0, 1, 2…
  const layers = [...new Set(tasks.map((t) => graph.node(t.id).rank ?? 0))].sort((a, b) => a - b);
  const layerOf = new Map(layers.map((r, i) => [r, i]));
  return new Map(
    tasks.map((t) => {
      const node = graph.node(t.id);
      return [t.id, { rank: layerOf.get(node.rank ?? 0) ?? 0, order: node.order ?? 0 }];
    }),
  );
}

/**
 * Layers by longest chain of prerequisites, in linear time, for plans too large for dagre on every edit;
 * tasks on a cycle (an imported plan may have one) take the layer after what is known of them.
 */
export function depthRanks(tasks: readonly Task[]): Ranks {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const waiting = new Map(tasks.map((t) => [t.id, t.prerequisiteIds.filter((p) => byId.has(p)).length]));
  const dependents = new Map<string, string[]>();
  for (const t of tasks) {
    for (const p of t.prerequisiteIds) {
      if (!byId.has(p)) continue;
      const list = dependents.get(p);
      if (list) list.push(t.id);
      else dependents.set(p, [t.id]);
    }
  }
  const rank = new Map<string, number>();
  const queue = tasks.filter((t) => waiting.get(t.id) === 0).map((t) => t.id);
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    const r = rank.get(id) ?? 0;
    rank.set(id, r);
    for (const d of dependents.get(id) ?? []) {
      rank.set(d, Math.max(rank.get(d) ?? 0, r + 1));
      const left = (waiting.get(d) ?? 1) - 1;
      waiting.set(d, left);
      if (left === 0) queue.push(d);
    }
  }
  return new Map(tasks.map((t, i) => [t.id, { rank: rank.get(t.id) ?? 0, order: i }]));
}

/** Which ranks to use: dagre's while the plan is small enough to lay out on every edit. */
export function ranksFor(tasks: readonly Task[]): Ranks {
  return tasks.length <= 200 ? dagreRanks(tasks) : depthRanks(tasks);
}

const ROW = NODE_HEIGHT + ROW_GAP;

/**
 * Positions for tasks, in their stage's column (x) and in rank order (y), never overlapping a task that
 * keeps its place. With `all`, every task is placed anew; otherwise only tasks without a position are,
 * and the positions the planner chose stay as they are.
 */
export function layoutTasks(
  tasks: readonly Task[],
  options: { all: boolean; ranks?: Ranks },
): Map<string, Point> {
  const placed = new Map<string, Point>();
  if (!options.all && tasks.every((t) => t.position)) return placed;
  const ranks = options.ranks ?? ranksFor(tasks);
  for (const stage of STAGES) {
    const column = tasks.filter((t) => t.stage === stage);
    const kept = options.all
      ? []
      : column.flatMap((t) => (t.position ? [insideLane(stage, t.position).y] : [])).sort((a, b) => a - b);
    const rankOf = (t: Task) => ranks.get(t.id) ?? { rank: 0, order: 0 };
    const todo = column
      .filter((t) => options.all || !t.position)
      .sort((a, b) => rankOf(a).rank - rankOf(b).rank || rankOf(a).order - rankOf(b).order);
    let cursor = LANE_TOP;
    for (const t of todo) {
      let y = Math.max(cursor, LANE_TOP + rankOf(t).rank * ROW);
      for (const top of kept) if (y < top + ROW && top < y + ROW) y = top + ROW;
      placed.set(t.id, { x: laneX(stage), y });
      cursor = y + ROW;
    }
  }
  return placed;
}

/** The `moveTasks` moves that lay out a plan (only unplaced tasks unless `all`); empty when none move. */
export function layoutMoves(plan: Plan, all: boolean): Array<{ id: string; position: Point }> {
  return [...layoutTasks(plan.tasks, { all })].map(([id, position]) => ({ id, position }));
}
