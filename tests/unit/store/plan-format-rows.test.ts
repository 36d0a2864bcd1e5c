import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PlanRepository, VersionRepository } from '../../../src/store';
import { freshDatabase, seedPlan } from './support';

const at = '2025-01-01T00:00:00.000Z';

/** A stored plans row whose plan is written in an older format: version 1, or without a version. */
function oldRow(id: string, schemaVersion: 1 | undefined) {
  const plan: Record<string, unknown> = { ...seedPlan(0), id };
  delete plan.schemaVersion;
  const written = schemaVersion === undefined ? plan : { schemaVersion, ...plan };
  return { id, revision: 3, createdAt: at, updatedAt: at, plan: written };
}

describe('stored plans of an older format version', () => {
  it.each([
    ['version 1', 1 as const],
    ['no version', undefined],
  ])('opens a plan stored with %s, upgraded to the current version', async (_, version) => {
    const { db, reported } = freshDatabase();
    await db.table('plans').add(oldRow('kh-cu', version));
    const { record, problem } = await new PlanRepository(db).get('kh-cu');
    expect(problem).toBeNull();
    expect(reported).toEqual([]);
    expect(record?.revision).toBe(3);
    expect(record?.plan).toEqual({ ...seedPlan(0), id: 'kh-cu', schemaVersion: 2 });
  });

  it('opens a version 1 snapshot among the versions of a plan', async () => {
    const { db } = freshDatabase();
    const { plan } = oldRow('kh-cu', 1);
    await db.table('versions').add({ planId: 'kh-cu', name: 'cũ', auto: false, createdAt: at, plan });
    const versions = await new VersionRepository(db).list('kh-cu');
    expect(versions.map((v) => v.plan.schemaVersion)).toEqual([2]);
  });

  it('reports a stored row with a misspelt key, by its path, and keeps the other rows', async () => {
    const { db, reported } = freshDatabase();
    const good = oldRow('kh-tot', 1);
    const bad = oldRow('kh-sai', 1);
    const [first, ...rest] = seedPlan(0).tasks;
    const tasks = [{ ...first, leadID: 'x' }, ...rest];
    await db.table('plans').bulkAdd([good, { ...bad, plan: { ...bad.plan, tasks } }]);
    const { records, problems } = await new PlanRepository(db).list();
    expect(records.map((r) => r.id)).toEqual(['kh-tot']);
    expect(problems.map((p) => p.problems.map((q) => `${p.key} ${q.path.en}: ${q.message.en}`))).toEqual([
      ['kh-sai plan.tasks[0].leadID: Unknown key `leadID` — did you mean `leadId`?'],
    ]);
    expect(reported).toEqual(problems);
  });
});
