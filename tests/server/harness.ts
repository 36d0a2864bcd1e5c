import type { RunAction } from '../../server/src/core';
import type { Database } from '../../server/src/db/database';
import { startInstance, type InstanceOptions } from '../../server/src/instance';
import { Browser } from './client';
import { PASSWORD, PLAN, seedPeople, type Person } from './fixtures';

export type Instance = Awaited<ReturnType<typeof startInstance>>;

/** A server instance on a fresh database with the fixture people. */
export async function world(db: Database, options: InstanceOptions = {}) {
  const instance = await startInstance(db, options);
  await seedPeople(db);
  return {
    db,
    instance,
    /** A browser signed in as `person` on `on` (this instance unless another is given). */
    as: async (person: Person, on: Instance = instance) => {
      const browser = new Browser(on.app);
      await browser.signIn(person, PASSWORD);
      return browser;
    },
    close: async () => {
      await instance.stop();
      await db.close();
    },
  };
}

/** The fixture plan saved to the library by `admin` and issued as a run; the run's id. */
export async function issueRun(admin: Browser): Promise<string> {
  await admin.json('PUT', `/api/plans/${PLAN.id}`, { baseRevision: 0, plan: PLAN });
  const issued = await admin.json<{ run: { id: string } }>('POST', '/api/runs', {
    planId: PLAN.id,
    number: '12-KH/TU',
  });
  return issued.body.run.id;
}

let keys = 0;
/** A submission of `action` after `expectedSeq` events (null: after whatever is last), with a new key. */
export const submission = (expectedSeq: number | null, action: RunAction) => ({
  expectedSeq,
  idempotencyKey: `khoa-${++keys}-${Date.now()}`,
  action,
});

export const start = (assigneeId: string, taskId: string): RunAction => ({
  type: 'start',
  assigneeId,
  taskId,
});

export const report = (assigneeId: string, taskId: string, results = 'Đã hoàn thành'): RunAction => ({
  type: 'report',
  assigneeId,
  taskId,
  report: { results, difficulties: '', proposals: '', evidence: { links: [], attachmentIds: [] } },
});

export const approve = (assigneeId: string, taskId: string): RunAction => ({
  type: 'approve',
  assigneeId,
  taskId,
});

export const cancel = (assigneeId: string, taskId: string, reason = 'Không còn cần'): RunAction => ({
  type: 'cancel',
  assigneeId,
  taskId,
  reason,
});
