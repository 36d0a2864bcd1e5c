import { getNodesBounds, type Node } from '@xyflow/react';

export type ImageFormat = 'png' | 'svg';

/** Margin around the plan in the image, in canvas units. */
const MARGIN = 40;
/** The longest side of an image: browsers refuse larger canvases, and nobody reads a larger picture. */
const MAX_SIDE = 8000;

/** The size of the whole plan's picture and the transform that puts every node in it. */
export function imageFrame(nodes: readonly Node[]): { width: number; height: number; transform: string } {
  const bounds = getNodesBounds([...nodes]);
  const zoom = Math.min(1, MAX_SIDE / (bounds.width + 2 * MARGIN), MAX_SIDE / (bounds.height + 2 * MARGIN));
  return {
    width: Math.ceil((bounds.width + 2 * MARGIN) * zoom),
    height: Math.ceil((bounds.height + 2 * MARGIN) * zoom),
    transform: `translate(${(MARGIN - bounds.x) * zoom}px, ${(MARGIN - bounds.y) * zoom}px) scale(${zoom})`,
  };
}

/**
 * The whole plan as drawn on the canvas (every node, not just what the window shows), as the bytes of a PNG
 * or the text of an SVG. html-to-image loads on the first export.
 */
export async function canvasImage(
  viewport: HTMLElement,
  nodes: readonly Node[],
  format: ImageFormat,
): Promise<string | Uint8Array> {
  const { toBlob, toSvg } = await import('html-to-image');
  const { width, height, transform } = imageFrame(nodes);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform },
  };
  if (format === 'svg') {
    const url = await toSvg(viewport, options);
    return decodeURIComponent(url.slice(url.indexOf(',') + 1));
  }
  const blob = await toBlob(viewport, options);
  if (!blob) throw new Error('PNG');
  return new Uint8Array(await blob.arrayBuffer());
}
