import type { Node } from '@xyflow/react';
import { STAGES, type Stage } from '../../../domain/stage';
import { LANE_GUTTER } from './geometry';
import type { LaneView } from './lanes';

export type StageNodeData = {
  stage: Stage;
  collapsed: boolean;
  /** How many tasks the stage has. */
  count: number;
  onToggle: (stage: Stage) => void;
};
export type StageNode = Node<StageNodeData, 'stage'>;

const MIN_HEIGHT = 640;
const BELOW_LAST = 160;

/** The five swimlane columns: background nodes that cannot be selected, moved, focused or deleted. */
export function stageNodes(
  lowestTaskY: number,
  view: LaneView,
  counts: ReadonlyMap<Stage, number>,
  onToggle: (stage: Stage) => void,
): StageNode[] {
  const height = Math.max(MIN_HEIGHT, lowestTaskY + BELOW_LAST);
  return STAGES.map((stage) => ({
    id: `stage:${stage}`,
    type: 'stage',
    position: { x: view.left[stage], y: 0 },
    data: { stage, collapsed: view.collapsed.has(stage), count: counts.get(stage) ?? 0, onToggle },
    width: view.width[stage] - LANE_GUTTER,
    height,
    zIndex: -1,
    draggable: false,
    selectable: false,
    focusable: false,
    deletable: false,
    connectable: false,
  }));
}

export const isStageNodeId = (id: string) => id.startsWith('stage:');
