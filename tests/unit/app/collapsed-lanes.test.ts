import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstCollapsed, lanesHolding, lanesReceiving } from '../../../src/app/collapsed-lanes';
import { EditorStore } from '../../../src/app/editor-store';
import type { Plan } from '../../../src/domain/plan';
import { STAGES, type Stage } from '../../../src/domain/stage';
import { TaskSchema } from '../../../src/domain/task';
import { PlanRepository, VersionRepository } from '../../../src/store';
import { makePlan } from '../../support/plan-builder';
import { testDatabase } from './support';

const stage = fc.constantFrom(...STAGES);
const stagedPlan = fc
  .uniqueArray(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), stage }), {
    selector: (t) => t.id,
  })
  .map((tasks) => makePlan(tasks));

/** An editor on a plan with tasks in drafting and implementing only: the other three lanes start collapsed. */
async function editor(plan: Plan = makePlan([{ id: 'a', stage: 'drafting' }, { id: 'b' }])) {
  const db = testDatabase();
  const plans = new PlanRepository(db);
  const created = await plans.create(plan);
  return new EditorStore(created, { plans, versions: new VersionRepository(db) });
}

const newTask = (id: string, stage: Stage) =>
  TaskSchema.parse({ id, code: id, title: `Nhiệm vụ ${id}`, stage });

describe('collapsed lanes', () => {
  it('a plan opens with the lanes that have no task collapsed, an empty plan with none', () => {
    expect([...firstCollapsed(makePlan([{ id: 'a', stage: 'drafting' }, { id: 'b' }]))]).toEqual([
      'disseminating',
      'studying',
      'reviewing',
    ]);
    expect(firstCollapsed(makePlan([])).size).toBe(0);
  });

  it('a lane opens exactly when a task arrives in it while collapsed', () => {
    fc.assert(
      fc.property(fc.subarray([...STAGES]), stagedPlan, stagedPlan, (collapsed, before, after) => {
        const set = new Set<Stage>(collapsed);
        const opened = lanesReceiving(set, before, after);
        const was = new Map(before.tasks.map((t) => [t.id, t.stage]));
        for (const s of STAGES) {
          const arrives = after.tasks.some((t) => t.stage === s && was.get(t.id) !== s);
          expect(opened.includes(s)).toBe(set.has(s) && arrives);
        }
      }),
    );
  });

  it('the lanes holding chosen tasks are those of their stages that are collapsed', () => {
    fc.assert(
      fc.property(fc.subarray([...STAGES]), stagedPlan, (collapsed, plan) => {
        const ids = plan.tasks.slice(0, 2).map((t) => t.id);
        const holding = lanesHolding(new Set(collapsed), plan, ids);
        const stages = plan.tasks.slice(0, 2).map((t) => t.stage);
        expect(holding).toEqual(STAGES.filter((s) => collapsed.includes(s) && stages.includes(s)));
      }),
    );
  });

  it('adding, pasting or moving a task into a collapsed lane expands it and says which lane', async () => {
    const store = await editor();
    store.dispatch({ type: 'addTask', task: newTask('c', 'studying') });
    expect([...store.getState().collapsedLanes]).toEqual(['disseminating', 'reviewing']);
    expect(store.getState().openedLanes?.stages).toEqual(['studying']);

    store.dispatch({ type: 'pasteTasks', tasks: [newTask('d', 'reviewing')] });
    expect([...store.getState().collapsedLanes]).toEqual(['disseminating']);

    store.dispatch({ type: 'updateTask', id: 'a', changes: { stage: 'disseminating' } });
    expect(store.getState().collapsedLanes.size).toBe(0);
    await store.whenSaved();
  });

  it('choosing a task (from the problems, the task list, a paste) expands its lane; a lane collapsed by hand stays so otherwise', async () => {
    const store = await editor();
    store.toggleLane('drafting');
    store.dispatch({ type: 'updateTask', id: 'b', changes: { title: 'Đổi tên' } });
    expect(store.getState().collapsedLanes.has('drafting')).toBe(true);
    store.revealTask('a', true);
    expect(store.getState().collapsedLanes.has('drafting')).toBe(false);

    store.toggleLane('drafting');
    store.select(['a']);
    expect(store.getState().collapsedLanes.has('drafting')).toBe(false);
    expect(store.getState().openedLanes?.stages).toEqual(['drafting']);

    store.toggleLane('implementing');
    store.select(['a']);
    expect(store.getState().collapsedLanes.has('implementing')).toBe(true);
    await store.whenSaved();
  });
});
