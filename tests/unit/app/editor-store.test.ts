import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import { TaskSchema } from '../../../src/domain/task';
import { PlanRepository, RolloutDatabase, VersionRepository, type SaveResult } from '../../../src/store';
import { EditorStore } from '../../../src/app/editor-store';
import { sessionSnapshotName } from '../../../src/app/plan-saver';
import { makePlan } from '../../support/plan-builder';

let count = 0;
const open: RolloutDatabase[] = [];

afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

/** A fresh database holding one plan; `store` edits it like one tab, `other` writes like a second tab. */
async function setup(plan: Plan = makePlan([{ id: 'a' }, { id: 'b' }])) {
  const db = new RolloutDatabase(`editor-${++count}`);
  open.push(db);
  const plans = new PlanRepository(db);
  const versions = new VersionRepository(db);
  const created = await plans.create(plan);
  const saves: Array<{ base: number; inFlight: number }> = [];
  let inFlight = 0;
  const countingPlans = {
    save: async (p: Plan, base: number): Promise<SaveResult> => {
      inFlight += 1;
      saves.push({ base, inFlight });
      try {
        return await plans.save(p, base);
      } finally {
        inFlight -= 1;
      }
    },
  };
  const store = new EditorStore(
    created,
    { plans: countingPlans, versions },
    () => new Date(2025, 2, 5, 14, 7),
  );
  return { db, plans, versions, store, saves };
}

const stored = async (plans: PlanRepository) => {
  const { record } = await plans.get('test-plan');
  if (!record) throw new Error('plan missing');
  return record;
};

/** A plan repository whose saves fail until `recover()`; the failures are not logged. */
function failingSaves(plans: PlanRepository) {
  let failing = true;
  return {
    repo: {
      save: (p: Plan, base: number) =>
        failing ? Promise.reject(new Error('disk full')) : plans.save(p, base),
    },
    recover: () => {
      failing = false;
    },
  };
}

/** An editor whose first save (adding task `id`) failed; its saves succeed after `saves.recover()`. */
async function afterFailedSave(id: string) {
  const { db, plans, versions } = await setup();
  const saves = failingSaves(plans);
  const store = new EditorStore(await stored(plans), { plans: saves.repo, versions });
  const log = console.error;
  console.error = () => {};
  try {
    store.dispatch({ type: 'addTask', task: task(id) });
    await store.whenSaved();
  } finally {
    console.error = log;
  }
  return { db, plans, store, saves };
}

const task = (id: string) => TaskSchema.parse({ id, code: id, title: `Nhiệm vụ ${id}`, stage: 'studying' });

describe('editing and saving', () => {
  it('applies a command, records an undo step and saves it once, after a session snapshot', async () => {
    const { store, plans, versions, saves } = await setup();
    const before = store.getState().history.present;
    const result = store.dispatch({ type: 'connect', from: 'a', to: 'b' });
    expect(result.ok).toBe(true);
    expect(store.getState().save).toBe('saving');
    await store.whenSaved();
    expect(saves).toHaveLength(1);
    const record = await stored(plans);
    expect(record.revision).toBe(2);
    expect(record.plan.tasks[1]?.prerequisiteIds).toEqual(['a']);
    expect(store.getState()).toMatchObject({ save: 'saved', saved: { revision: 2 } });
    const snapshots = await versions.list('test-plan');
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatchObject({ name: 'Phiên sửa 05/03/2025 14:07', auto: true, plan: before });
    store.dispatch({ type: 'disconnect', from: 'a', to: 'b' });
    await store.whenSaved();
    expect(await versions.list('test-plan')).toHaveLength(1);
  });

  it('never has two saves in flight; the newest plan is saved last', async () => {
    const { store, plans, saves } = await setup();
    for (let i = 0; i < 5; i++) store.dispatch({ type: 'addTask', task: task(`n${i}`) });
    await store.whenSaved();
    expect(saves.every((s) => s.inFlight === 1)).toBe(true);
    expect(saves.length).toBeLessThanOrEqual(5);
    const record = await stored(plans);
    expect(record.plan.tasks.map((t) => t.id)).toEqual(['a', 'b', 'n0', 'n1', 'n2', 'n3', 'n4']);
    expect(record.revision).toBe(1 + saves.length);
  });

  it('refuses a cycle with its path, changing and saving nothing', async () => {
    const { store, saves } = await setup();
    store.dispatch({ type: 'connect', from: 'a', to: 'b' });
    await store.whenSaved();
    const plan = store.getState().history.present;
    const quiet = store.dispatch({ type: 'connect', from: 'b', to: 'a' });
    expect(quiet).toEqual({ ok: false, error: { code: 'cycle', path: ['a', 'b', 'a'] } });
    expect(store.getState().refusal).toBeNull();
    const result = store.dispatch({ type: 'connect', from: 'b', to: 'a' }, { announce: true });
    expect(result).toEqual(quiet);
    expect(store.getState().refusal?.error).toEqual({ code: 'cycle', path: ['a', 'b', 'a'] });
    expect(store.getState().history.present).toBe(plan);
    await store.whenSaved();
    expect(saves).toHaveLength(1);
  });

  it('a command that changes nothing adds no undo step and no save', async () => {
    const { store, saves } = await setup();
    store.dispatch({ type: 'disconnect', from: 'a', to: 'b' });
    expect(store.getState().history.past).toEqual([]);
    await store.whenSaved();
    expect(saves).toEqual([]);
  });

  it('undo and redo cover moves too, and each is saved', async () => {
    const { store, plans } = await setup();
    store.dispatch({ type: 'moveTasks', moves: [{ id: 'a', position: { x: 10, y: 20 } }] });
    store.dispatch({ type: 'updateTask', id: 'b', changes: { title: 'Tập huấn' } });
    await store.whenSaved();
    store.undo();
    await store.whenSaved();
    expect((await stored(plans)).plan.tasks[1]?.title).toBe('Nhiệm vụ 2');
    store.undo();
    await store.whenSaved();
    expect((await stored(plans)).plan.tasks[0]?.position).toBeNull();
    store.redo();
    await store.whenSaved();
    expect((await stored(plans)).plan.tasks[0]?.position).toEqual({ x: 10, y: 20 });
  });

  it('keeps the selection to tasks that exist', async () => {
    const { store } = await setup();
    store.select(['a', 'b']);
    store.dispatch({ type: 'removeTasks', ids: ['a'] });
    expect(store.getState().selection).toEqual(['b']);
    store.undo();
    store.revealTask('a', true);
    expect(store.getState()).toMatchObject({
      selection: ['a'],
      reveal: { taskId: 'a', focusInspector: true },
    });
    await store.whenSaved();
  });

  it('a failed save shows an error and is retried with the next change', async () => {
    const { db, plans, store, saves } = await afterFailedSave('x');
    expect(store.getState().save).toBe('error');
    expect(store.unsaved()).toBe('at-risk');
    saves.recover();
    store.dispatch({ type: 'addTask', task: task('y') });
    expect(store.unsaved()).toBe('saving');
    await store.whenSaved();
    expect(store.getState().save).toBe('saved');
    expect(store.unsaved()).toBe('none');
    expect((await stored(plans)).plan.tasks.map((t) => t.id)).toEqual(['a', 'b', 'x', 'y']);
    expect(db.isOpen()).toBe(true);
  });
});

describe('two tabs', () => {
  it("adopts another tab's newer revision when nothing here is unsaved, without an undo step", async () => {
    const { store, plans } = await setup();
    const base = await stored(plans);
    const theirs = await plans.save({ ...base.plan, title: 'Sửa ở tab khác' }, base.revision);
    if (!theirs.ok) throw new Error('unexpected conflict');
    store.receive(theirs.record);
    expect(store.getState()).toMatchObject({ saved: { revision: 2 }, save: 'saved', conflict: null });
    expect(store.getState().history.present.title).toBe('Sửa ở tab khác');
    expect(store.getState().history.past).toEqual([]);
    store.receive(base);
    expect(store.getState().history.present.title).toBe('Sửa ở tab khác');
  });

  it('a save that collides keeps the local plan and raises a conflict; "keep mine" saves over theirs', async () => {
    const { store, plans } = await setup();
    const base = await stored(plans);
    const theirs = await plans.save({ ...base.plan, title: 'Bản của tab B' }, base.revision);
    store.dispatch({ type: 'updateTask', id: 'a', changes: { title: 'Bản của tab A' } });
    await store.whenSaved();
    expect(store.getState()).toMatchObject({ save: 'conflict', conflict: { revision: 2 } });
    expect(store.unsaved()).toBe('at-risk');
    expect(store.getState().history.present.tasks[0]?.title).toBe('Bản của tab A');
    expect((await stored(plans)).plan.title).toBe('Bản của tab B');
    store.dispatch({ type: 'updateTask', id: 'b', changes: { title: 'Vẫn sửa tiếp' } });
    await store.whenSaved();
    expect((await stored(plans)).revision).toBe(2);
    store.keepMine();
    await store.whenSaved();
    const record = await stored(plans);
    expect(record.revision).toBe(3);
    expect(record.plan.title).toBe('Kế hoạch thử');
    expect(record.plan.tasks[1]?.title).toBe('Vẫn sửa tiếp');
    expect(store.getState()).toMatchObject({ save: 'saved', conflict: null });
    expect(theirs.ok).toBe(true);
  });

  it('"use the saved one" drops the local changes and edits the stored plan', async () => {
    const { store, plans } = await setup();
    const base = await stored(plans);
    await plans.save({ ...base.plan, title: 'Bản của tab B' }, base.revision);
    store.dispatch({ type: 'removeTasks', ids: ['a'] });
    await store.whenSaved();
    store.takeTheirs();
    await store.whenSaved();
    expect(store.getState()).toMatchObject({ save: 'saved', conflict: null, saved: { revision: 2 } });
    expect(store.unsaved()).toBe('none');
    expect(store.getState().history.present.title).toBe('Bản của tab B');
    expect(store.getState().history.present.tasks).toHaveLength(2);
    expect((await stored(plans)).revision).toBe(2);
  });

  it('a newer record arriving while this tab has unsaved changes is a conflict, not an adoption', async () => {
    const { db, plans, store, saves } = await afterFailedSave('mine');
    const base = await stored(plans);
    saves.recover();
    const theirs = await plans.save({ ...base.plan, title: 'Bản của tab B' }, base.revision);
    if (!theirs.ok) throw new Error('unexpected conflict');
    store.receive(theirs.record);
    expect(store.getState()).toMatchObject({ save: 'conflict', conflict: { revision: 2 } });
    expect(store.getState().history.present.tasks.map((t) => t.id)).toContain('mine');
    expect(db.isOpen()).toBe(true);
  });
});

describe('sessionSnapshotName', () => {
  it('names the session by its local start time', () => {
    expect(sessionSnapshotName(new Date(2026, 0, 9, 8, 5))).toBe('Phiên sửa 09/01/2026 08:05');
  });
});
