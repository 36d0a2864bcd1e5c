import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  DirectoryRepository,
  needsSeeding,
  PlanRepository,
  SEEDED_AT_KEY,
  SettingsRepository,
  seedOnFirstStart,
} from '../../../src/store';
import { byId, firstNamedBodies, freshDatabase, SEEDS, seedPlan } from './support';

describe('seeding the example plans on first start', () => {
  it('loads every plan at revision 1 and the bodies they name, then never again', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    expect(await needsSeeding(db)).toBe(true);
    expect(await seedOnFirstStart(db, SEEDS)).toEqual({ seeded: 5 });
    expect(await needsSeeding(db)).toBe(false);
    const { records } = await repo.list();
    expect(records.map((r) => r.plan)).toEqual(byId(SEEDS));
    expect(records.every((r) => r.revision === 1)).toBe(true);
    expect(await new DirectoryRepository(db).list()).toEqual(firstNamedBodies(SEEDS));
    expect(await new SettingsRepository(db).get(SEEDED_AT_KEY, null)).toBe('2025-03-01T08:00:00.000Z');

    const removed = await repo.remove(seedPlan(0).id);
    expect(removed).not.toBeNull();
    expect(await seedOnFirstStart(db, SEEDS)).toEqual({ seeded: 0 });
    expect((await repo.list()).records).toHaveLength(4);
    db.close();
  });

  it('never overwrites a plan the user already has under a seed id', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const seed = seedPlan(1);
    const mine = await repo.create({ ...seed, title: 'Bản của tôi', tasks: [] });
    const saved = await repo.save({ ...mine.plan, place: 'Hà Nội' }, mine.revision);
    expect(saved.ok).toBe(true);

    expect(await seedOnFirstStart(db, SEEDS)).toEqual({ seeded: 4 });
    const { record } = await repo.get(seed.id);
    expect(record).toEqual(saved.ok && saved.record);
    expect(record?.plan.title).toBe('Bản của tôi');
    expect((await repo.list()).records).toHaveLength(5);
    db.close();
  });

  it('keeps a body the directory already has, and adds the ones it lacks', async () => {
    const { db } = freshDatabase();
    const directory = new DirectoryRepository(db);
    const known = firstNamedBodies(SEEDS)[0];
    if (!known) throw new Error('no body');
    const renamed = { ...known, name: 'Tên do người dùng sửa' };
    await directory.put(renamed);

    await seedOnFirstStart(db, SEEDS);
    const bodies = await directory.list();
    expect(bodies.find((b) => b.id === known.id)).toEqual(renamed);
    expect(bodies).toHaveLength(firstNamedBodies(SEEDS).length);
    db.close();
  });

  it('seeds a plan only once when the seed list names it twice', async () => {
    const { db } = freshDatabase();
    const twice = [seedPlan(0), seedPlan(0)];
    expect(await seedOnFirstStart(db, twice)).toEqual({ seeded: 1 });
    db.close();
  });

  it('seeds once when two tabs start together', async () => {
    const a = freshDatabase();
    const b = freshDatabase(a.db.name);
    const results = await Promise.all([seedOnFirstStart(a.db, SEEDS), seedOnFirstStart(b.db, SEEDS)]);
    expect(results.map((r) => r.seeded).sort()).toEqual([0, 5]);
    a.db.close();
    b.db.close();
  });
});
