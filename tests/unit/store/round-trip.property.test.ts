import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanRepository } from '../../../src/store';
import { validPlan } from './plan-arbitrary';
import { freshDatabase } from './support';

describe('any valid plan survives the store', () => {
  it('created, saved and read back, it is deep-equal; exported and imported, too', async () => {
    const { db, reported } = freshDatabase();
    const repo = new PlanRepository(db);
    await fc.assert(
      fc.asyncProperty(validPlan, validPlan, async (first, edited) => {
        await db.plans.clear();
        const created = await repo.create(first);
        expect((await repo.get(first.id)).record).toEqual(created);
        expect(created.plan).toEqual(first);

        const next = { ...edited, id: first.id };
        const saved = await repo.save(next, created.revision);
        expect(saved.ok).toBe(true);
        expect((await repo.get(first.id)).record?.plan).toEqual(next);

        // JSON writes -0 as 0, so the file round trip is compared as files: exporting the import gives it back.
        const file = repo.exportJson(next);
        const imported = await repo.importJson(file, 'khu-hoi.json');
        if (!imported.ok) throw new Error(imported.problems.map((p) => p.path.vi).join(', '));
        expect(imported.record.id).toBe(`${first.id}-2`);
        expect(repo.exportJson({ ...imported.record.plan, id: first.id })).toBe(file);
      }),
      { numRuns: 60 },
    );
    expect(reported).toEqual([]);
    db.close();
  });
});
