import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EditorStore } from '../../../src/app/editor-store';
import { sameJson, type ServerPlans, type ShareResult } from '../../../src/app/server-plans';
import type { Plan } from '../../../src/domain/plan';
import { PlanRepository, RolloutDatabase, VersionRepository } from '../../../src/store';
import { makePlan } from '../../support/plan-builder';

let count = 0;
const open: RolloutDatabase[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

const UNREACHABLE = { vi: 'Không kết nối được máy chủ.', en: 'Cannot reach the server.' };

/**
 * The organisation's library as the server keeps it: a save names the revision it was made from and is
 * refused, with the stored plan, when the library moved on. `known` is the revision this browser knows.
 */
function fakeLibrary(plan: Plan) {
  const library = {
    stored: { revision: 1, plan },
    known: 1 as number | null,
    reachable: true,
    bases: [] as number[],
    /** Someone else saves `changed` in the library. */
    saveElsewhere(changed: Plan) {
      library.stored = { revision: library.stored.revision + 1, plan: changed };
    },
    share: async (sent: Plan): Promise<ShareResult> => {
      if (!library.reachable) return { ok: false, reason: UNREACHABLE, conflict: null };
      const base = library.known ?? 0;
      library.bases.push(base);
      if (base !== library.stored.revision)
        return { ok: false, reason: UNREACHABLE, conflict: { ...library.stored } };
      if (sameJson(sent, library.stored.plan)) return { ok: true, revision: base };
      library.stored = { revision: base + 1, plan: sent };
      library.known = base + 1;
      return { ok: true, revision: base + 1 };
    },
    know: async (_id: string, revision: number) => {
      library.known = revision;
    },
  } satisfies Pick<ServerPlans, 'share' | 'know'> & Record<string, unknown>;
  return library;
}

async function setup() {
  const db = new RolloutDatabase(`editor-library-${++count}`);
  open.push(db);
  const plans = new PlanRepository(db);
  const created = await plans.create(makePlan([{ id: 'a' }, { id: 'b' }]));
  const library = fakeLibrary(created.plan);
  const store = new EditorStore(created, { plans, versions: new VersionRepository(db) }, undefined, library);
  await store.whenSaved();
  const local = async () => (await plans.get(created.id)).record!;
  return { store, library, local };
}

const rename = (store: EditorStore, title: string) =>
  store.dispatch({ type: 'updateTask', id: 'a', changes: { title } });

describe("the editor of a plan shared in the organisation's library", () => {
  it('sends the plan on opening and each save from the revision it knows; an unchanged plan not again', async () => {
    const { store, library } = await setup();
    expect(library.bases).toEqual([1]);
    expect(store.getState().library).toEqual({ kind: 'shared', revision: 1 });
    rename(store, 'Sửa lần 1');
    await store.whenSaved();
    rename(store, 'Sửa lần 2');
    await store.whenSaved();
    store.select(['a']);
    await store.whenSaved();
    expect(library.bases).toEqual([1, 1, 2]);
    expect(library.stored).toMatchObject({ revision: 3, plan: { tasks: [{ title: 'Sửa lần 2' }, {}] } });
    expect(store.getState().library).toEqual({ kind: 'shared', revision: 3 });
  });

  it('a stale revision raises the conflict: saved here, nothing more sent; "keep mine" saves over theirs', async () => {
    const { store, library, local } = await setup();
    library.saveElsewhere({ ...library.stored.plan, title: 'Bản của người khác' });
    rename(store, 'Bản của tôi');
    await store.whenSaved();
    expect(store.getState()).toMatchObject({
      save: 'saved',
      conflict: null,
      library: { kind: 'conflict', revision: 2 },
      libraryConflict: { revision: 2, plan: { title: 'Bản của người khác' } },
    });
    expect((await local()).plan.tasks[0]?.title).toBe('Bản của tôi');
    rename(store, 'Vẫn sửa tiếp');
    await store.whenSaved();
    expect(library.bases).toEqual([1, 1]);
    expect(store.unsaved()).toBe('none');

    store.keepMine();
    await new Promise((r) => setTimeout(r, 0));
    await store.whenSaved();
    expect(library.stored).toMatchObject({ revision: 3, plan: { title: 'Kế hoạch thử' } });
    expect(library.stored.plan.tasks[0]?.title).toBe('Vẫn sửa tiếp');
    expect(store.getState()).toMatchObject({
      libraryConflict: null,
      library: { kind: 'shared', revision: 3 },
    });
  });

  it('"use the server\'s version" edits the library\'s plan, saved here as an undoable step and not sent back', async () => {
    const { store, library, local } = await setup();
    library.saveElsewhere({ ...library.stored.plan, title: 'Bản của người khác' });
    rename(store, 'Bản của tôi');
    await store.whenSaved();
    store.takeTheirs();
    await new Promise((r) => setTimeout(r, 0));
    await store.whenSaved();
    expect(store.getState().history.present.title).toBe('Bản của người khác');
    expect((await local()).plan.title).toBe('Bản của người khác');
    expect(library.stored.revision).toBe(2);
    expect(library.bases).toEqual([1, 1]);
    expect(store.getState()).toMatchObject({
      libraryConflict: null,
      library: { kind: 'shared', revision: 2 },
    });
    store.undo();
    await store.whenSaved();
    expect(store.getState().history.present.tasks[0]?.title).toBe('Bản của tôi');
    expect(library.stored).toMatchObject({ revision: 3 });
  });

  it('a send that cannot reach the server says why and goes with the next save', async () => {
    const { store, library } = await setup();
    library.reachable = false;
    rename(store, 'Khi mất mạng');
    await store.whenSaved();
    expect(store.getState()).toMatchObject({
      save: 'saved',
      library: { kind: 'failed', reason: UNREACHABLE },
    });
    library.reachable = true;
    rename(store, 'Khi có mạng');
    await store.whenSaved();
    expect(library.stored).toMatchObject({ revision: 2, plan: { tasks: [{ title: 'Khi có mạng' }, {}] } });
  });
});
