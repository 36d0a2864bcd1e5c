import { useStore, useStoreApi } from '@xyflow/react';
import { XYMinimap, type XYMinimapInstance } from '@xyflow/system';
import { useEffect, useId, useMemo, useRef } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry';
import { boundsOf, miniMapFrame, rectsPath, unionOf, visibleArea, type Rect } from './minimap-geometry';
import type { CanvasNode } from './use-canvas-model';

const SIZE = { width: 200, height: 150 };

interface Shapes {
  lanes: string;
  tasks: string;
  blocking: string;
  selected: string;
  bounds: Rect | null;
}

/** The plan drawn small: the columns, the tasks, those that block a body, and the selected ones. */
export function miniMapShapes(nodes: readonly CanvasNode[]): Shapes {
  const lanes: Rect[] = [];
  const tasks: Rect[] = [];
  const blocking: Rect[] = [];
  const selected: Rect[] = [];
  for (const node of nodes) {
    const { x, y } = node.position;
    if (node.type === 'stage') {
      lanes.push({ x, y, width: node.width ?? 0, height: node.height ?? 0 });
      continue;
    }
    const rect = { x, y, width: NODE_WIDTH, height: node.measured?.height ?? NODE_HEIGHT };
    tasks.push(rect);
    if (node.selected) selected.push(rect);
    else if (node.data.blocks) blocking.push(rect);
  }
  return {
    lanes: rectsPath(lanes),
    tasks: rectsPath(tasks),
    blocking: rectsPath(blocking),
    selected: rectsPath(selected),
    bounds: boundsOf([...lanes, ...tasks]),
  };
}

/**
 * An overview of the whole plan with the part in view framed, beside the canvas's pane (never over a
 * card; it reads the flow's store through the editor's ReactFlowProvider); dragging in it pans the canvas and the
 * wheel zooms (React Flow's own minimap behaviour, from `@xyflow/system`). It draws the plan as four SVG
 * paths, not an element per task as React Flow's `MiniMap` does: that one subscribes every node to the
 * flow's store, which on a 1,000-task plan costs tens of milliseconds after every edit.
 */
export function CanvasMiniMap({
  id,
  nodes,
  label,
}: {
  id: string;
  nodes: readonly CanvasNode[];
  label: string;
}) {
  const store = useStoreApi<CanvasNode>();
  const transform = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const panZoom = useStore((s) => s.panZoom);
  const translateExtent = useStore((s) => s.translateExtent);
  const shapes = useMemo(() => miniMapShapes(nodes), [nodes]);
  const view = visibleArea(transform, { width, height });
  const { viewBox, scale } = miniMapFrame(shapes.bounds ? unionOf(shapes.bounds, view) : view, SIZE);
  const titleId = useId();
  const svg = useRef<SVGSVGElement>(null);
  const scaleNow = useRef(scale);
  const minimap = useRef<XYMinimapInstance | null>(null);

  useEffect(() => {
    scaleNow.current = scale;
  }, [scale]);
  useEffect(() => {
    if (!svg.current || !panZoom) return;
    const instance = XYMinimap({
      domNode: svg.current,
      panZoom,
      getTransform: () => store.getState().transform,
      getViewScale: () => scaleNow.current,
    });
    minimap.current = instance;
    return () => {
      instance.destroy();
      minimap.current = null;
    };
  }, [panZoom, store]);
  useEffect(() => {
    minimap.current?.update({ translateExtent, width, height, pannable: true, zoomable: true });
  }, [panZoom, translateExtent, width, height]);

  const { x, y, width: w, height: h } = viewBox;
  const mask = `M${x},${y}h${w}v${h}h${-w}z${rectsPath([view])}`;
  return (
    <div id={id} className="canvas-minimap">
      <svg
        ref={svg}
        width={SIZE.width}
        height={SIZE.height}
        viewBox={`${x} ${y} ${w} ${h}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{label}</title>
        <path className="minimap-lane" d={shapes.lanes} />
        <path className="minimap-task" d={shapes.tasks} />
        <path className="minimap-task minimap-task--blocking" d={shapes.blocking} />
        <path className="minimap-task minimap-task--selected" d={shapes.selected} />
        <path className="react-flow__minimap-mask" d={mask} fillRule="evenodd" pointerEvents="none" />
      </svg>
    </div>
  );
}
