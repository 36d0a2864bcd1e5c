import { Panel, useReactFlow } from '@xyflow/react';
import { useCanvasMessages } from '../messages';

/**
 * The canvas's own view buttons, named in the interface's language: zoom in, zoom out, fit the whole
 * plan, and show or hide the minimap (hidden at first, so that it covers no card).
 */
export function CanvasControls({
  minimap,
  minimapId,
  onToggleMinimap,
}: {
  minimap: boolean;
  minimapId: string;
  onToggleMinimap: () => void;
}) {
  const m = useCanvasMessages();
  const { zoomIn, zoomOut, fitView } = useReactFlow();
  return (
    <Panel position="bottom-left" className="canvas-controls" role="group" aria-label={m.controls}>
      <button type="button" className="button" onClick={() => void zoomIn()} aria-label={m.zoomIn}>
        +
      </button>
      <button type="button" className="button" onClick={() => void zoomOut()} aria-label={m.zoomOut}>
        −
      </button>
      <button type="button" className="button" onClick={() => void fitView({ padding: 0.1 })}>
        {m.fitView}
      </button>
      <button
        type="button"
        className="button"
        aria-expanded={minimap}
        aria-controls={minimap ? minimapId : undefined}
        onClick={onToggleMinimap}
      >
        {m.minimap}
      </button>
    </Panel>
  );
}
