import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES, type Stage } from '../../../src/domain/stage';
import { COLUMN_WIDTH, insideLane, laneX, stageAtX } from '../../../src/ui/editor/canvas/geometry';
import { COLLAPSED_WIDTH, laneView, shownAt, storedAt } from '../../../src/ui/editor/canvas/lanes';

const collapsedSets = fc.subarray([...STAGES]).map((s) => new Set<Stage>(s));

describe('lane view', () => {
  it('shows every lane at full width when none is collapsed, at the stored positions', () => {
    const view = laneView(new Set());
    expect(view.total).toBe(STAGES.length * COLUMN_WIDTH);
    for (const stage of STAGES) expect(shownAt(view, stage, { x: laneX(stage), y: 90 }).x).toBe(laneX(stage));
  });

  it('narrows a collapsed lane and moves the lanes after it left by what it gave up', () => {
    const view = laneView(new Set<Stage>(['disseminating']));
    expect(view.width.disseminating).toBe(COLLAPSED_WIDTH);
    expect(view.left.studying).toBe(COLUMN_WIDTH + COLLAPSED_WIDTH);
    expect(view.total).toBe(4 * COLUMN_WIDTH + COLLAPSED_WIDTH);
    expect(view.left.drafting).toBe(0);
  });

  it('a task dropped where it is shown lands in its own stage at its stored position, whatever is collapsed', () => {
    fc.assert(
      fc.property(
        collapsedSets,
        fc.constantFrom(...STAGES),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 72, max: 5000 }),
        (collapsed, stage, dx, y) => {
          collapsed.delete(stage);
          const view = laneView(collapsed);
          const stored = insideLane(stage, { x: laneX(stage) - 30 + dx, y });
          const back = storedAt(view, shownAt(view, stage, stored));
          expect(back.stage).toBe(stage);
          expect(back.at).toEqual(stored);
          expect(stageAtX(back.at.x)).toBe(stage);
        },
      ),
    );
  });

  it('a task dropped on a collapsed lane goes to that stage', () => {
    const view = laneView(new Set<Stage>(['studying']));
    const middle = view.left.studying + COLLAPSED_WIDTH / 2;
    const dropped = storedAt(view, { x: middle - 120, y: 200 });
    expect(dropped.stage).toBe('studying');
    expect(stageAtX(dropped.at.x)).toBe('studying');
  });
});
