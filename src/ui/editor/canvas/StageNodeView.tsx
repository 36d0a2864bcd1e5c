import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useDomainLabels } from '../../i18n/labels';
import type { StageNode } from './stage-nodes';

/** A stage's swimlane: a column with the stage's name at the top. */
function StageNodeComponent({ data }: NodeProps<StageNode>) {
  const labels = useDomainLabels();
  return (
    <div className={`stage-lane stage-lane--${data.stage}`}>
      <p className="stage-lane__title">{labels.stages[data.stage]}</p>
    </div>
  );
}

export const StageNodeView = memo(StageNodeComponent);
