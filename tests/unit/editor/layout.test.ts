import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/domain/stage';
import type { Task } from '../../../src/domain/task';
import { laneX, NODE_HEIGHT, stageAtX } from '../../../src/ui/editor/canvas/geometry';
import { dagreRanks, depthRanks, layoutMoves, layoutTasks } from '../../../src/ui/editor/layout';
import { makePlan } from '../../support/plan-builder';

const plan = () =>
  makePlan([
    { id: 'a', stage: 'drafting' },
    { id: 'b', stage: 'drafting', prerequisiteIds: ['a'] },
    { id: 'c', stage: 'implementing', prerequisiteIds: ['b'] },
    { id: 'd', stage: 'implementing', prerequisiteIds: ['c'] },
    { id: 'e', stage: 'implementing' },
    { id: 'f', stage: 'reviewing', prerequisiteIds: ['d', 'e'] },
  ]);

function overlaps(tasks: readonly Task[], at: Map<string, { x: number; y: number }>): string[] {
  const found: string[] = [];
  for (const s of STAGES) {
    const ys = tasks
      .filter((t) => t.stage === s)
      .map((t) => ({ id: t.id, y: (at.get(t.id) ?? t.position)?.y ?? NaN }))
      .sort((p, q) => p.y - q.y);
    for (let i = 0; i < ys.length; i++)
      for (let j = i + 1; j < ys.length; j++) {
        const [p, q] = [ys[i], ys[j]] as [{ id: string; y: number }, { id: string; y: number }];
        const laidOut = at.has(p.id) || at.has(q.id);
        if (laidOut && Math.abs(q.y - p.y) < NODE_HEIGHT) found.push(`${p.id}/${q.id}`);
      }
  }
  return found;
}

describe('auto layout', () => {
  it('puts each task in its stage column, prerequisites above the tasks that need them', () => {
    const p = plan();
    const at = layoutTasks(p.tasks, { all: true });
    expect(at.size).toBe(6);
    for (const t of p.tasks) {
      expect(at.get(t.id)?.x).toBe(laneX(t.stage));
      expect(stageAtX(at.get(t.id)?.x ?? -1)).toBe(t.stage);
    }
    const y = (id: string) => at.get(id)?.y ?? NaN;
    expect(y('a')).toBeLessThan(y('b'));
    expect(y('c')).toBeLessThan(y('d'));
    expect(y('b')).toBeLessThan(y('c'));
    expect(overlaps(p.tasks, at)).toEqual([]);
  });

  it('places only unplaced tasks, around the positions the planner chose', () => {
    const p = makePlan([
      { id: 'kept', stage: 'studying', position: { x: laneX('studying'), y: 72 } },
      { id: 'new1', stage: 'studying' },
      { id: 'new2', stage: 'studying' },
    ]);
    const at = layoutTasks(p.tasks, { all: false });
    expect([...at.keys()]).toEqual(['new1', 'new2']);
    expect(overlaps(p.tasks, at)).toEqual([]);
    expect(layoutMoves(p, false).map((m) => m.id)).toEqual(['new1', 'new2']);
    expect(layoutMoves(p, true).map((m) => m.id)).toEqual(['kept', 'new1', 'new2']);
  });

  it('dagre and depth ranks agree on the layers of a chain', () => {
    const tasks = plan().tasks;
    for (const ranks of [dagreRanks(tasks), depthRanks(tasks)]) {
      const rank = (id: string) => ranks.get(id)?.rank ?? NaN;
      expect([rank('a'), rank('b'), rank('c'), rank('d')]).toEqual([0, 1, 2, 3]);
      expect(rank('f')).toBeGreaterThan(rank('d'));
    }
  });

  it('depth ranks survive a cycle in an imported plan', () => {
    const tasks = makePlan([
      { id: 'x', prerequisiteIds: ['y'] },
      { id: 'y', prerequisiteIds: ['x'] },
      { id: 'z', prerequisiteIds: ['missing'] },
    ]).tasks;
    expect([...depthRanks(tasks).keys()]).toEqual(['x', 'y', 'z']);
    expect(layoutTasks(tasks, { all: true }).size).toBe(3);
  });

  it('never overlaps tasks of a column, whatever the plan (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            stage: fc.constantFrom(...STAGES),
            prerequisite: fc.option(fc.nat(20)),
            placedAt: fc.option(fc.integer({ min: 0, max: 2000 })),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (specs) => {
          const p = makePlan(
            specs.map((s, i) => ({
              id: `t${i}`,
              stage: s.stage,
              prerequisiteIds: s.prerequisite !== null && s.prerequisite < i ? [`t${s.prerequisite}`] : [],
              position: s.placedAt === null ? null : { x: laneX(s.stage), y: 72 + s.placedAt * 200 },
            })),
          );
          const at = layoutTasks(p.tasks, { all: false });
          expect(overlaps(p.tasks, at)).toEqual([]);
          for (const t of p.tasks) if (t.position) expect(at.has(t.id)).toBe(false);
        },
      ),
    );
  });
});
