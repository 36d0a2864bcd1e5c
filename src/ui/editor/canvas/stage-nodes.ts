import type { Node } from '@xyflow/react';
import { STAGES, type Stage } from '../../../domain/stage';
import { COLUMN_WIDTH, columnLeft } from './geometry';

export type StageNodeData = { stage: Stage };
export type StageNode = Node<StageNodeData, 'stage'>;

const MIN_HEIGHT = 640;
const BELOW_LAST = 160;

/** The five swimlane columns: background nodes that cannot be selected, moved, focused or deleted. */
export function stageNodes(lowestTaskY: number): StageNode[] {
  const height = Math.max(MIN_HEIGHT, lowestTaskY + BELOW_LAST);
  return STAGES.map((stage) => ({
    id: `stage:${stage}`,
    type: 'stage',
    position: { x: columnLeft(stage), y: 0 },
    data: { stage },
    width: COLUMN_WIDTH - 8,
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
