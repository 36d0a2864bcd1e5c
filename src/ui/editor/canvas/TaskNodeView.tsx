import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasMessages } from '../messages';
import { SAME_STAGE_HANDLE } from './dependency-edges';
import type { TaskNode } from './task-nodes';

/**
 * A task on the canvas: code and two lines of title, lead, the deadline phrase as written, its due state
 * in words and colour with the number of bodies assigned, and what it blocks (full texts in tooltips).
 * Handles: a dependency is drawn from the right handle of the prerequisite to the left handle of the task
 * that needs it, so edges read left to right as the stages do; between two tasks of one stage it goes
 * from right side to right side, a bracket beside the lane instead of a loop across the cards.
 */
function TaskNodeComponent({ data }: NodeProps<TaskNode>) {
  const m = useCanvasMessages();
  const classes = ['task-node', `task-node--${data.due}`];
  if (data.blocks) classes.push('task-node--blocks');
  if (data.highlighted) classes.push('task-node--highlighted');
  return (
    <div className={classes.join(' ')}>
      <Handle type="target" position={Position.Left} />
      <p className="task-node__title" title={data.title}>
        <span className="task-node__code">{data.code}</span> {data.title}
      </p>
      <p className="task-node__lead" title={m.lead(data.lead)}>
        {data.lead ?? m.lead(null)}
      </p>
      <p
        className={`task-node__deadline${data.deadline ? '' : ' task-node__deadline--none'}`}
        title={data.deadline ?? undefined}
      >
        {data.deadline ?? m.due.none}
      </p>
      <p className="task-node__meta">
        {data.due !== 'none' && (
          <>
            <span className={`due-badge due-badge--${data.due}`}>{m.due[data.due]}</span>{' '}
          </>
        )}
        {m.bodies(data.bodyCount)}
        {data.highlighted && <span className="task-node__mark"> · {m.highlighted}</span>}
      </p>
      {data.blocks && <p className="task-node__blocks">{m.blocks(data.blocks)}</p>}
      <Handle type="source" position={Position.Right} />
      <Handle
        type="target"
        position={Position.Right}
        id={SAME_STAGE_HANDLE}
        isConnectable={false}
        className="task-node__same-stage"
      />
    </div>
  );
}

export const TaskNodeView = memo(TaskNodeComponent);
