import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DirectoryRepository, PlanRepository, VersionRepository } from '../../../src/store';
import { freshDatabase, seedPlan } from './support';

const seed = seedPlan(0);

describe('the plan library', () => {
  it('creates a plan at revision 1 with both timestamps, and adds its bodies to the directory', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const record = await repo.create(seed);
    expect(record).toEqual({
      id: seed.id,
      revision: 1,
      createdAt: '2025-03-01T08:00:00.000Z',
      updatedAt: '2025-03-01T08:00:00.000Z',
      plan: seed,
    });
    expect(await repo.get(seed.id)).toEqual({ record, problem: null });
    expect((await new DirectoryRepository(db).list()).map((b) => b.id).sort()).toEqual(
      [...new Set(seed.bodies.map((b) => b.id))].sort(),
    );
    db.close();
  });

  it('gives a created plan whose id is taken the first free id', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await repo.create(seed)).id);
    expect(ids).toEqual([seed.id, `${seed.id}-2`, `${seed.id}-3`]);
    await repo.remove(`${seed.id}-2`);
    const again = await repo.create(seed);
    expect(again.id).toBe(`${seed.id}-2`);
    expect(again.plan.id).toBe(again.id);
    db.close();
  });

  it('saves from the stored revision: revision + 1, updatedAt now, createdAt kept', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const created = await repo.create(seed);
    const edited = { ...seed, title: 'Tên mới' };
    const result = await repo.save(edited, created.revision);
    expect(result).toEqual({
      ok: true,
      record: { ...created, revision: 2, updatedAt: '2025-03-01T08:00:01.000Z', plan: edited },
    });
    expect((await repo.get(seed.id)).record).toEqual(result.ok && result.record);
    db.close();
  });

  it('adds the bodies a save brings to the directory, and skips the directory when the bodies are those saved', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const directory = new DirectoryRepository(db);
    const created = await repo.create(seed);
    const newcomer = { ...(seed.bodies[0] as (typeof seed.bodies)[number]), id: 'ban-moi', name: 'Ban mới' };
    const withNewcomer = { ...seed, bodies: [...seed.bodies, newcomer] };
    const second = await repo.save(withNewcomer, created.revision, created.plan.bodies);
    expect((await directory.list()).map((b) => b.id)).toContain('ban-moi');

    await db.bodies.delete('ban-moi');
    const retitled = { ...withNewcomer, title: 'Tên mới' };
    await repo.save(retitled, second.ok ? second.record.revision : 0, withNewcomer.bodies);
    expect((await directory.list()).map((b) => b.id)).not.toContain('ban-moi');
    db.close();
  });

  it('refuses a save made from an older revision, returning the stored record and writing nothing', async () => {
    const tabA = freshDatabase();
    const tabB = freshDatabase(tabA.db.name);
    const repoA = new PlanRepository(tabA.db);
    const repoB = new PlanRepository(tabB.db);
    const created = await repoA.create(seed);
    const { record: seenByB } = await repoB.get(seed.id);
    expect(seenByB).toEqual(created);

    const fromA = await repoA.save({ ...seed, title: 'Sửa ở thẻ A' }, created.revision);
    const fromB = await repoB.save({ ...seed, title: 'Sửa ở thẻ B' }, seenByB?.revision ?? 0);
    expect(fromA.ok).toBe(true);
    expect(fromB).toEqual({ ok: false, conflict: fromA.ok && fromA.record });
    const stored = (await repoB.get(seed.id)).record;
    expect(stored?.plan.title).toBe('Sửa ở thẻ A');
    expect(stored?.revision).toBe(2);
    tabA.db.close();
    tabB.db.close();
  });

  it('writes back a plan that another tab deleted while it was being edited', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const created = await repo.create(seed);
    await repo.remove(seed.id);
    const result = await repo.save(seed, created.revision);
    expect(result).toMatchObject({ ok: true, record: { revision: 2, plan: seed } });
    expect((await repo.get(seed.id)).record?.revision).toBe(2);
    db.close();
  });

  it('removes a plan with its versions, and restore puts both back', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const versions = new VersionRepository(db);
    const other = seedPlan(1);
    const created = await repo.create(seed);
    await repo.create(other);
    const named = await versions.snapshot(seed.id, 'Bản trình Thường trực', seed, false);
    const auto = await versions.snapshot(seed.id, 'Tự động', seed, true);
    const kept = await versions.snapshot(other.id, 'Khác', other, false);

    const removed = await repo.remove(seed.id);
    expect(removed).toEqual({ record: created, versions: [named, auto] });
    expect((await repo.get(seed.id)).record).toBeNull();
    expect(await versions.list(seed.id)).toEqual([]);
    expect(await versions.list(other.id)).toEqual([kept]);
    expect(await repo.remove(seed.id)).toBeNull();

    if (!removed) throw new Error('nothing removed');
    await repo.restore(removed);
    expect((await repo.get(seed.id)).record).toEqual(removed.record);
    expect(await versions.list(seed.id)).toEqual([named, auto]);
    db.close();
  });

  it('restores under a free id when the id was taken in the meantime', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const versions = new VersionRepository(db);
    await repo.create(seed);
    const snap = await versions.snapshot(seed.id, 'Trước khi xóa', seed, false);
    const removed = await repo.remove(seed.id);
    const newcomer = await repo.create({ ...seed, title: 'Kế hoạch mới' });
    if (!removed) throw new Error('nothing removed');

    await repo.restore(removed);
    const back = (await repo.get(`${seed.id}-2`)).record;
    expect(back).toEqual({ ...removed.record, id: `${seed.id}-2`, plan: { ...seed, id: `${seed.id}-2` } });
    expect((await repo.get(seed.id)).record).toEqual(newcomer);
    expect(await versions.list(`${seed.id}-2`)).toEqual([{ ...snap, planId: `${seed.id}-2` }]);
    db.close();
  });

  it('duplicates a plan under a new id with " (bản sao)" after its title', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    await repo.create(seed);
    const copy = await repo.duplicate(seed.id);
    expect(copy).toMatchObject({ id: `${seed.id}-2`, revision: 1 });
    expect(copy.plan).toEqual({ ...seed, id: `${seed.id}-2`, title: `${seed.title} (bản sao)` });
    expect((await repo.list()).records).toHaveLength(2);
    await expect(repo.duplicate('khong-co')).rejects.toThrow('khong-co');
    db.close();
  });

  it('reports and skips a row that fails its schema, in list and get, without throwing', async () => {
    const { db, reported } = freshDatabase();
    const repo = new PlanRepository(db);
    const good = await repo.create(seed);
    const badPlan = {
      ...seed,
      id: 'hong',
      tasks: seed.tasks.map((t, i) => (i === 2 ? { ...t, leadId: 'Ban A' } : t)),
    };
    await db.plans.put({ ...good, id: 'hong', plan: badPlan });
    await db.plans.put({ ...good, id: 'lech', revision: 0, plan: { ...seed, id: 'khac' } });

    const { records, problems } = await repo.list();
    expect(records).toEqual([good]);
    expect(problems).toEqual([
      {
        table: 'plans',
        key: 'hong',
        problems: [
          {
            path: { vi: 'plan.tasks[2].leadId', en: 'plan.tasks[2].leadId' },
            message: { vi: expect.stringContaining('chữ thường không dấu'), en: expect.any(String) },
          },
        ],
      },
      {
        table: 'plans',
        key: 'lech',
        problems: [
          {
            path: { vi: 'revision', en: 'revision' },
            message: { vi: expect.any(String), en: expect.any(String) },
          },
          {
            path: { vi: 'plan.id', en: 'plan.id' },
            message: {
              vi: 'Mã kế hoạch "khac" khác khóa của dòng "lech"',
              en: 'The plan id “khac” differs from the key of its row, “lech”',
            },
          },
        ],
      },
    ]);
    expect(reported).toEqual(problems);

    const one = await repo.get('hong');
    expect(one).toEqual({ record: null, problem: problems[0] });
    expect(await repo.get('khong-co')).toEqual({ record: null, problem: null });
    db.close();
  });

  it('reports a row whose plan id differs from its key', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const good = await repo.create(seed);
    await db.plans.put({ ...good, id: 'khac' });
    const { problem } = await repo.get('khac');
    expect(problem?.problems).toEqual([
      {
        path: { vi: 'plan.id', en: 'plan.id' },
        message: {
          vi: `Mã kế hoạch "${seed.id}" khác khóa của dòng "khac"`,
          en: `The plan id “${seed.id}” differs from the key of its row, “khac”`,
        },
      },
    ]);
    db.close();
  });
});
