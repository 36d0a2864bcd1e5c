import type { NodeTypes } from '@xyflow/react';
import { StageNodeView } from './StageNodeView';
import { TaskNodeView } from './TaskNodeView';

/** A module constant: React Flow must see the same object on every render. */
export const NODE_TYPES: NodeTypes = { task: TaskNodeView, stage: StageNodeView };
