import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { miniMapShapes } from '../../../src/ui/editor/canvas/CanvasMiniMap';
import { NODE_HEIGHT, NODE_WIDTH } from '../../../src/ui/editor/canvas/geometry';
import {
  boundsOf,
  miniMapFrame,
  rectsPath,
  unionOf,
  visibleArea,
  type Rect,
} from '../../../src/ui/editor/canvas/minimap-geometry';
import { stageNodes } from '../../../src/ui/editor/canvas/stage-nodes';
import { laneView } from '../../../src/ui/editor/canvas/lanes';
import type { TaskNode } from '../../../src/ui/editor/canvas/task-nodes';

const rect: fc.Arbitrary<Rect> = fc.record({
  x: fc.integer({ min: -5000, max: 5000 }),
  y: fc.integer({ min: -5000, max: 5000 }),
  width: fc.integer({ min: 1, max: 3000 }),
  height: fc.integer({ min: 1, max: 3000 }),
});

const contains = (outer: Rect, inner: Rect) =>
  outer.x <= inner.x + 1e-6 &&
  outer.y <= inner.y + 1e-6 &&
  outer.x + outer.width >= inner.x + inner.width - 1e-6 &&
  outer.y + outer.height >= inner.y + inner.height - 1e-6;

describe('minimap geometry', () => {
  it('the bounds hold every rectangle, and touch the outermost ones', () => {
    fc.assert(
      fc.property(fc.array(rect, { minLength: 1, maxLength: 20 }), (rects) => {
        const bounds = boundsOf(rects) as Rect;
        for (const r of rects) expect(contains(bounds, r)).toBe(true);
        expect(bounds.x).toBe(Math.min(...rects.map((r) => r.x)));
        expect(bounds.y + bounds.height).toBe(Math.max(...rects.map((r) => r.y + r.height)));
      }),
    );
    expect(boundsOf([])).toBeNull();
  });

  it('the frame holds the content, has the minimap proportions and a margin on every side', () => {
    fc.assert(
      fc.property(rect, (content) => {
        const size = { width: 200, height: 150 };
        const { viewBox, scale } = miniMapFrame(content, size, 5);
        expect(contains(viewBox, content)).toBe(true);
        expect(viewBox.width / viewBox.height).toBeCloseTo(size.width / size.height, 6);
        expect(content.x - viewBox.x).toBeGreaterThanOrEqual(5 * scale - 1e-6);
        expect(viewBox.y + viewBox.height - (content.y + content.height)).toBeGreaterThanOrEqual(
          5 * scale - 1e-6,
        );
      }),
    );
  });

  it('the area in view follows the viewport: panned right by 100 at zoom 2 shows from x = -50', () => {
    expect(visibleArea([100, 0, 2], { width: 800, height: 600 })).toEqual({
      x: -50,
      y: -0,
      width: 400,
      height: 300,
    });
    expect(unionOf({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: -5, width: 5, height: 5 })).toEqual({
      x: 0,
      y: -5,
      width: 25,
      height: 15,
    });
  });

  it('draws any number of rectangles as one path', () => {
    expect(
      rectsPath([
        { x: 1, y: 2, width: 3, height: 4 },
        { x: 5, y: 6, width: 7, height: 8 },
      ]),
    ).toBe('M1,2h3v4h-3zM5,6h7v8h-7z');
    expect(rectsPath([])).toBe('');
  });
});

describe('minimap shapes', () => {
  const task = (id: string, x: number, extra: Partial<TaskNode> = {}, blocks: string | null = null) =>
    ({
      id,
      type: 'task',
      position: { x, y: 100 },
      data: { blocks },
      ...extra,
    }) as TaskNode;

  it('draws the columns, every task, the blocking ones and the selected ones apart', () => {
    const shapes = miniMapShapes([
      ...stageNodes(500, laneView(new Set()), new Map(), () => {}),
      task('a', 10),
      task('b', 310, { selected: true }),
      task('c', 610, {}, 'Ban Tuyên giáo'),
      task('d', 910, { measured: { width: NODE_WIDTH, height: 200 } }),
    ]);
    expect(shapes.lanes.match(/M/g)).toHaveLength(5);
    expect(shapes.tasks.match(/M/g)).toHaveLength(4);
    expect(shapes.selected).toBe(`M310,100h${NODE_WIDTH}v${NODE_HEIGHT}h-${NODE_WIDTH}z`);
    expect(shapes.blocking).toBe(`M610,100h${NODE_WIDTH}v${NODE_HEIGHT}h-${NODE_WIDTH}z`);
    expect(shapes.tasks).toContain(`M910,100h${NODE_WIDTH}v200h-${NODE_WIDTH}z`);
    expect(shapes.bounds?.x).toBe(0);
  });
});
