import { STAGES, type Stage } from '../../../domain/stage';
import { COLUMN_WIDTH, columnLeft, NODE_WIDTH, type Point } from './geometry';

/** How wide a collapsed stage lane is shown: its name written upwards and its number of tasks. */
export const COLLAPSED_WIDTH = 64;

/**
 * Where the stage lanes are shown. Positions are stored in the plan's own units, one full column per
 * stage; a collapsed lane is shown narrow, its tasks hidden, and the lanes after it move left by what
 * it gave up. The stored positions never change with what is collapsed.
 */
export interface LaneView {
  collapsed: ReadonlySet<Stage>;
  left: Readonly<Record<Stage, number>>;
  width: Readonly<Record<Stage, number>>;
  /** The width of all lanes together, as shown. */
  total: number;
}

export function laneView(collapsed: ReadonlySet<Stage>): LaneView {
  const left = {} as Record<Stage, number>;
  const width = {} as Record<Stage, number>;
  let x = 0;
  for (const stage of STAGES) {
    left[stage] = x;
    width[stage] = collapsed.has(stage) ? COLLAPSED_WIDTH : COLUMN_WIDTH;
    x += width[stage];
  }
  return { collapsed, left, width, total: x };
}

/** Where a task stored at `at` in its stage's column is shown. */
export function shownAt(view: LaneView, stage: Stage, at: Point): Point {
  return { x: at.x - columnLeft(stage) + view.left[stage], y: at.y };
}

/** The stage of the lane shown under the middle of a task node whose left edge is at `x`. */
export function shownStageAtX(view: LaneView, x: number): Stage {
  const middle = x + NODE_WIDTH / 2;
  const hit = STAGES.find((s) => middle >= view.left[s] && middle < view.left[s] + view.width[s]);
  if (hit) return hit;
  return (middle < 0 ? STAGES[0] : STAGES[STAGES.length - 1]) as Stage;
}

/** A task node dropped with its left edge at `at` (as shown): the stage it lands in and its stored position. */
export function storedAt(view: LaneView, at: Point): { stage: Stage; at: Point } {
  const stage = shownStageAtX(view, at.x);
  return { stage, at: { x: at.x - view.left[stage] + columnLeft(stage), y: at.y } };
}
