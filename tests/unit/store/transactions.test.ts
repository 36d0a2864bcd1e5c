import 'fake-indexeddb/auto';
import { liveQuery, type DBCore, type Middleware } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { PlanRepository, seedOnFirstStart, type RolloutDatabase } from '../../../src/store';
import { freshDatabase, SEEDS, seedPlan } from './support';

const seed = seedPlan(0);

/** Record the mode of every IndexedDB transaction the database starts from now on. */
async function watchTransactions(db: RolloutDatabase): Promise<string[]> {
  const modes: string[] = [];
  const counter: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'transaction-counter',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        modes.push(mode);
        return down.transaction(stores, mode, options);
      },
    }),
  };
  db.use(counter);
  await db.open();
  return modes;
}

describe('one transaction per user action', () => {
  it('create, save (also on conflict), duplicate, remove, restore, import and seeding each use one', async () => {
    const { db } = freshDatabase();
    const modes = await watchTransactions(db);
    const repo = new PlanRepository(db);
    const once = async (action: () => Promise<unknown>) => {
      modes.length = 0;
      await action();
      expect(modes).toEqual(['readwrite']);
    };
    await once(() => seedOnFirstStart(db, SEEDS));
    await once(() => repo.create({ ...seed, id: 'moi' }));
    await once(() => repo.save({ ...seed, id: 'moi', title: 'Sửa' }, 1));
    await once(() => repo.save({ ...seed, id: 'moi', title: 'Cũ' }, 1));
    await once(() => repo.duplicate('moi'));
    const removed = await repo.remove('moi');
    if (!removed) throw new Error('nothing removed');
    await once(() => repo.restore(removed));
    await once(() => repo.importJson(repo.exportJson(seed), 'x.json'));
    await once(() => repo.remove('moi'));
    db.close();
  });
});

describe('live queries', () => {
  it('see a plan saved by another tab', async () => {
    const tabA = freshDatabase();
    const tabB = freshDatabase(tabA.db.name);
    const titles: string[][] = [];
    const subscription = liveQuery(() => new PlanRepository(tabB.db).list()).subscribe({
      next: ({ records }) => titles.push(records.map((r) => r.plan.title)),
    });
    await vi.waitFor(() => expect(titles).toEqual([[]]));

    const repoA = new PlanRepository(tabA.db);
    const created = await repoA.create(seed);
    await vi.waitFor(() => expect(titles.at(-1)).toEqual([seed.title]));
    await repoA.save({ ...seed, title: 'Sửa ở thẻ A' }, created.revision);
    await vi.waitFor(() => expect(titles.at(-1)).toEqual(['Sửa ở thẻ A']));

    subscription.unsubscribe();
    tabA.db.close();
    tabB.db.close();
  });
});
