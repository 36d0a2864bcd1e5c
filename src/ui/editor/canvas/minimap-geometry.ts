export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The smallest rectangle holding both. */
export function unionOf(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** The smallest rectangle holding them all; null for none. */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  return rects.reduce<Rect | null>((bounds, r) => (bounds ? unionOf(bounds, r) : r), null);
}

/** The part of the canvas in view, in the canvas's own units, for a viewport transform [x, y, zoom]. */
export function visibleArea(transform: readonly [number, number, number], view: Size): Rect {
  const [x, y, zoom] = transform;
  return { x: -x / zoom, y: -y / zoom, width: view.width / zoom, height: view.height / zoom };
}

/**
 * The minimap's view box: `content` centred in a box of the minimap's proportions, with at least `margin`
 * minimap pixels around it; `scale` is canvas units per minimap pixel.
 */
export function miniMapFrame(content: Rect, size: Size, margin = 5): { viewBox: Rect; scale: number } {
  const scale =
    Math.max(content.width / (size.width - 2 * margin), content.height / (size.height - 2 * margin)) || 1;
  const width = scale * size.width;
  const height = scale * size.height;
  return {
    scale,
    viewBox: {
      x: content.x - (width - content.width) / 2,
      y: content.y - (height - content.height) / 2,
      width,
      height,
    },
  };
}

/** One SVG path drawing every rectangle: a single element however many tasks the plan has. */
export function rectsPath(rects: Iterable<Rect>): string {
  let d = '';
  for (const r of rects) d += `M${r.x},${r.y}h${r.width}v${r.height}h${-r.width}z`;
  return d;
}
