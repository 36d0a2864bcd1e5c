import { useReactFlow, useStoreApi, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useDomainLabels } from '../../i18n/labels';
import { useCanvasMessages } from '../messages';
import type { StageNode } from './stage-nodes';

const LANE_MARGIN = 16;

/**
 * A stage's swimlane: a column with the stage's name at the top and a button that collapses it (its
 * tasks hidden, the lane narrow, its name written upwards with its number of tasks) or expands it.
 */
function StageNodeComponent({ data, positionAbsoluteX, width }: NodeProps<StageNode>) {
  const labels = useDomainLabels();
  const m = useCanvasMessages();
  const flow = useStoreApi();
  const { setViewport } = useReactFlow();
  /** A lane's button reached by Tab while its lane is off screen: pan sideways to show the lane. */
  const showLane = () => {
    const { transform, width: shown } = flow.getState();
    const [x, y, zoom] = transform;
    const left = positionAbsoluteX * zoom + x;
    const right = left + (width ?? 0) * zoom;
    if (left < 0 || right > shown) void setViewport({ x: x - left + LANE_MARGIN, y, zoom });
  };
  const name = labels.stages[data.stage];
  const classes = `stage-lane stage-lane--${data.stage}${data.collapsed ? ' stage-lane--collapsed' : ''}`;
  return (
    <div className={classes}>
      <button
        type="button"
        className="stage-lane__toggle nodrag nopan"
        aria-expanded={!data.collapsed}
        aria-label={m.laneToggle(name, data.count)}
        title={data.collapsed ? m.expandLane : m.collapseLane}
        onClick={() => data.onToggle(data.stage)}
        onFocus={showLane}
      >
        <span className="stage-lane__title">{name}</span>
        <span className="stage-lane__count">{m.laneCount(data.count)}</span>
      </button>
    </div>
  );
}

export const StageNodeView = memo(StageNodeComponent);
