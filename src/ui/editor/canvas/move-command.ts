import type { Plan } from '../../../domain/plan';
import type { PlanCommand } from '../../../domain/plan-edit';
import { STAGES, stageIndex, type Stage } from '../../../domain/stage';
import type { Task } from '../../../domain/task';
import { insideLane, laneBounds, stageAtX, type Point } from './geometry';

/**
 * The one command for tasks moved on the canvas: their new positions (inside the column they were
 * dropped in) and, for a task dropped in another stage's column, its new stage — one undo step. The
 * tasks still placed provisionally get their shown positions saved too, so that nothing else moves.
 * Null when nothing moved.
 */
export function moveCommand(
  plan: Plan,
  moved: ReadonlyMap<string, Point>,
  placeOf: (task: Task) => Point,
): PlanCommand | null {
  const moves: Array<{ id: string; position: Point }> = [];
  const restaged: PlanCommand[] = [];
  let changed = false;
  for (const task of plan.tasks) {
    const to = moved.get(task.id);
    if (!to) continue;
    const stage = stageAtX(to.x);
    const position = insideLane(stage, { x: Math.round(to.x), y: Math.round(to.y) });
    const from = placeOf(task);
    changed ||= stage !== task.stage || position.x !== from.x || position.y !== from.y;
    moves.push({ id: task.id, position });
    if (stage !== task.stage) restaged.push({ type: 'updateTask', id: task.id, changes: { stage } });
  }
  if (!changed) return null;
  for (const task of plan.tasks)
    if (!task.position && !moved.has(task.id)) moves.push({ id: task.id, position: placeOf(task) });
  const move: PlanCommand = { type: 'moveTasks', moves };
  return restaged.length > 0 ? { type: 'batch', commands: [move, ...restaged] } : move;
}

/** Past the edge of its column, a task nudged sideways goes on into the neighbouring stage's column. */
function nudged(stage: Stage, from: Point, dx: number, dy: number): Point {
  const to = { x: from.x + dx, y: from.y + dy };
  const { left, right } = laneBounds(stage);
  const i = stageIndex(stage);
  const next = STAGES[i + 1];
  const previous = STAGES[i - 1];
  if (dx > 0 && to.x > right && next) return { x: laneBounds(next).left, y: to.y };
  if (dx < 0 && to.x < left && previous) return { x: laneBounds(previous).right, y: to.y };
  return to;
}

/** Arrow keys: the selected tasks moved by (dx, dy), as one command. */
export function nudgeCommand(
  plan: Plan,
  ids: readonly string[],
  dx: number,
  dy: number,
  placeOf: (task: Task) => Point,
): PlanCommand | null {
  const chosen = new Set(ids);
  const moved = new Map(
    plan.tasks
      .filter((t) => chosen.has(t.id))
      .map((t) => [t.id, nudged(t.stage, placeOf(t), dx, dy)] as const),
  );
  return moveCommand(plan, moved, placeOf);
}
