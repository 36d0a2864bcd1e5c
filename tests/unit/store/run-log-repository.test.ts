import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUN_EVENT_TYPES } from '../../../src/domain/run';
import { logPageOf, type RunLogFilter } from '../../../src/domain/run-log-filter';
import { RunRepository } from '../../../src/store';
import { driveUnderWay, smallPlan, step } from '../../support/run-arbitrary';
import { eventOf, makeRun, staffOf, testId } from '../../support/run-builder';
import { makePlan } from '../../support/plan-builder';
import { freshDatabase } from './support';

const filter = fc.record(
  {
    bodyId: fc.constantFrom('b0', 'b1', 'b2', 'b3'),
    taskId: fc.constantFrom('t0', 't1', 't2', 't5'),
    person: fc.constantFrom('Cán bộ b0', 'Cán bộ b1', 'Cán bộ b9'),
    type: fc.constantFrom(...RUN_EVENT_TYPES),
  },
  { requiredKeys: [] },
);

describe('reading a page of a run log from the indexes', () => {
  it('gives what filtering the whole log gives, for any filter and page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        smallPlan,
        fc.array(step, { minLength: 1, maxLength: 40 }),
        fc.array(filter, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 12 }),
        async (plan, steps, filters, limit) => {
          const { run, log } = driveUnderWay(plan, steps);
          const { db, reported } = freshDatabase();
          await db.runs.add(run);
          await db.runEvents.bulkAdd(log);
          const other = { ...log[0]!, id: testId(999), runId: testId(998) };
          await db.runEvents.add(other);
          const repo = new RunRepository(db);
          for (const f of [{} as RunLogFilter, ...filters])
            expect(await repo.log.page(run.id, f, limit)).toEqual(logPageOf(log, f, limit));
          expect(await repo.log.people(run.id)).toEqual([...new Set(log.map((e) => e.actor.name))].sort());
          expect(reported).toEqual([]);
          db.close();
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('pages the newest entries first, and counts what passes the filter', async () => {
    const { db } = freshDatabase();
    const run = makeRun(makePlan([{ id: 'a', leadId: 'b1' }]));
    const log = [
      eventOf(1, staffOf('b0'), { type: 'issue' }),
      eventOf(2, staffOf('b1'), { type: 'start', taskId: 'a', assigneeId: 'b1' }),
      eventOf(3, staffOf('b0'), { type: 'pause', taskId: 'a', assigneeId: 'b1', reason: 'r' }),
      eventOf(4, staffOf('b0'), { type: 'resume', taskId: 'a', assigneeId: 'b1' }),
    ];
    await db.runEvents.bulkAdd(log);
    const repo = new RunRepository(db);
    const seqs = async (f: RunLogFilter, limit: number) => {
      const page = await repo.log.page(run.id, f, limit);
      return [page.total, page.events.map((e) => e.seq)];
    };
    expect(await seqs({}, 2)).toEqual([4, [3, 4]]);
    expect(await seqs({ bodyId: 'b1' }, 10)).toEqual([3, [2, 3, 4]]);
    expect(await seqs({ bodyId: 'b0', type: 'issue' }, 10)).toEqual([1, [1]]);
    expect(await seqs({ person: 'Cán bộ b0' }, 1)).toEqual([3, [4]]);
    expect(await seqs({ taskId: 'a', person: 'Cán bộ b1' }, 5)).toEqual([1, [2]]);
    db.close();
  });
});
