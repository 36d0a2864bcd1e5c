import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PlanRepository } from '../../../src/store';
import { freshDatabase, SEEDS, seedPlan } from './support';

describe('importing and exporting plan files', () => {
  it('exports pretty JSON ending with a newline, which imports back to an equal plan', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    for (const seed of SEEDS) {
      const text = repo.exportJson(seed);
      expect(text).toBe(`${JSON.stringify(seed, null, 2)}\n`);
      const result = await repo.importJson(text, `${seed.id}.plan.json`);
      if (!result.ok) throw new Error(result.problems.map((p) => p.path.vi).join(', '));
      expect(result.record.plan).toEqual(seed);
      expect((await repo.get(seed.id)).record).toEqual(result.record);
    }
    db.close();
  });

  it('imports a plan whose id is taken under a free id', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const seed = seedPlan(0);
    await repo.create(seed);
    const result = await repo.importJson(repo.exportJson(seed), 'ban-sao.json');
    expect(result).toMatchObject({ ok: true, record: { id: `${seed.id}-2`, plan: { id: `${seed.id}-2` } } });
    db.close();
  });

  it('refuses an invalid plan, listing each problem by file and field path in Vietnamese, writing nothing', async () => {
    const { db } = freshDatabase();
    const repo = new PlanRepository(db);
    const seed = seedPlan(0);
    const bad = {
      ...seed,
      date: '2024-02-30',
      tasks: seed.tasks.map((t, i) => (i === 2 ? { ...t, leadId: 'Ban Tuyên giáo' } : t)),
    };
    const result = await repo.importJson(JSON.stringify(bad), 'ke-hoach.json');
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: { vi: 'ke-hoach.json: date', en: 'ke-hoach.json: date' },
          message: { vi: 'Ngày không tồn tại trên lịch', en: 'This date is not on the calendar' },
        },
        {
          path: { vi: 'ke-hoach.json: tasks[2].leadId', en: 'ke-hoach.json: tasks[2].leadId' },
          message: {
            vi: expect.stringContaining('chữ thường không dấu'),
            en: expect.stringContaining('lowercase letters without diacritics'),
          },
        },
      ],
    });
    expect(await db.plans.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
    db.close();
  });

  it('names the line and column of a JSON syntax error, in each language', async () => {
    const { db } = freshDatabase();
    const result = await new PlanRepository(db).importJson('{\n  "id": "x",\n  oops\n}', 'hong.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]?.path.vi).toMatch(/^hong\.json: dòng 3, cột \d+$/);
      expect(result.problems[0]?.path.en).toMatch(/^hong\.json: line 3, column \d+$/);
    }
    expect(await db.plans.count()).toBe(0);
    db.close();
  });
});
