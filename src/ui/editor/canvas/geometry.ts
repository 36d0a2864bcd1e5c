import { STAGES, stageIndex, type Stage } from '../../../domain/stage';

/**
 * The canvas is five swimlane columns, one per stage, left to right; tasks stack top to bottom. The five
 * lanes (950 units) fit a 1024 px window at a zoom where a card's 13 px text is at least 12 px on screen,
 * the side panels folded away (see editor.css), and fit beside the side panels from 1280 px on.
 */
export const COLUMN_WIDTH = 190;
export const NODE_WIDTH = 176;
/** The size of every text on a task card (`.task-node` in editor.css). */
export const CARD_TEXT_PX = 13;
/** A task node's usual height, for layout (the canvas measures the real one). */
export const NODE_HEIGHT = 100;
/** Where the first task of a column may sit, below the column's heading. */
export const LANE_TOP = 72;
export const ROW_GAP = 28;
/** The space between a lane and the next: a lane is drawn this much narrower than its column. */
export const LANE_GUTTER = 4;
/** The room between a task's edge and its lane's: a task sits in the middle of its lane. */
const INSET = 2;
const SIDE = (COLUMN_WIDTH - LANE_GUTTER - NODE_WIDTH) / 2;

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
  const left = columnLeft(stage);
  return { left: left + INSET, right: left + COLUMN_WIDTH - LANE_GUTTER - NODE_WIDTH - INSET };
}

/** A position kept inside its stage's column (a stored position may predate a change of stage). */
export function insideLane(stage: Stage, at: Point): Point {
  const { left, right } = laneBounds(stage);
  return { x: Math.min(right, Math.max(left, at.x)), y: Math.max(LANE_TOP, at.y) };
}
