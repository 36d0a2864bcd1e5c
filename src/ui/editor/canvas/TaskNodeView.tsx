import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasMessages } from '../messages';
import type { TaskNode } from './task-nodes';

/**
 * A task on the canvas: code and title, lead, the deadline phrase as written with its due state in words
 * and colour, the number of bodies assigned, and what it blocks. Handles: a dependency is drawn from the
 * right handle of the prerequisite to the left handle of the task that needs it, so edges read left to right
 * as the stages do.
 */
function TaskNodeComponent({ data }: NodeProps<TaskNode>) {
  const m = useCanvasMessages();
  const classes = ['task-node', `task-node--${data.due}`];
  if (data.blocks) classes.push('task-node--blocks');
  if (data.highlighted) classes.push('task-node--highlighted');
  return (
    <div className={classes.join(' ')}>
      <Handle type="target" position={Position.Left} />
      <p className="task-node__title">
        <span className="task-node__code">{data.code}</span> {data.title}
      </p>
      <p className="task-node__lead">{m.lead(data.lead)}</p>
      <p className="task-node__deadline">
        <span className={`due-badge due-badge--${data.due}`}>{m.due[data.due]}</span>
        {data.deadline && <span className="task-node__phrase"> {data.deadline}</span>}
      </p>
      <p className="task-node__meta">
        {m.bodies(data.bodyCount)}
        {data.highlighted && <span className="task-node__mark"> · {m.highlighted}</span>}
      </p>
      {data.blocks && <p className="task-node__blocks">{m.blocks(data.blocks)}</p>}
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

export const TaskNodeView = memo(TaskNodeComponent);
