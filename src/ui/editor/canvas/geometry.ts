import { STAGES, stageIndex, type Stage } from '../../../domain/stage';

/** The canvas is five swimlane columns, one per stage, left to right; tasks stack top to bottom. */
export const COLUMN_WIDTH = 300;
export const NODE_WIDTH = 240;
/** A task node's usual height, for layout (the canvas measures the real one). */
export const NODE_HEIGHT = 112;
/** Where the first task of a column may sit, below the column's heading. */
export const LANE_TOP = 72;
export const ROW_GAP = 28;
const SIDE = (COLUMN_WIDTH - NODE_WIDTH) / 2;

export interface Point {
  x: number;
  y: number;
}

export function columnLeft(stage: Stage): number {
  return stageIndex(stage) * COLUMN_WIDTH;
}

/** The x of a task placed in the middle of its stage's column. */
export function laneX(stage: Stage): number {
  return columnLeft(stage) + SIDE;
}

/** The stage whose column holds a node whose left edge is at `x`. */
export function stageAtX(x: number): Stage {
  const i = Math.floor((x + NODE_WIDTH / 2) / COLUMN_WIDTH);
  return STAGES[Math.min(STAGES.length - 1, Math.max(0, i))] as Stage;
}

/** The smallest and largest x of a task node inside its stage's column. */
export function laneBounds(stage: Stage): { left: number; right: number } {
  return { left: columnLeft(stage) + 4, right: columnLeft(stage) + COLUMN_WIDTH - NODE_WIDTH - 4 };
}

/** A position kept inside its stage's column (a stored position may predate a change of stage). */
export function insideLane(stage: Stage, at: Point): Point {
  const { left, right } = laneBounds(stage);
  return { x: Math.min(right, Math.max(left, at.x)), y: Math.max(LANE_TOP, at.y) };
}
