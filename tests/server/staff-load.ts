import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { hashPassword } from '../../server/src/auth/passwords';
import { replayRun, runView, type IssuedRun, type Plan, type RunAction } from '../../server/src/core';
import type { Queryable } from '../../server/src/db/database';
import type { LoggedEvent } from '../../server/src/runs/run-store';
import { makePlan } from '../support/plan-builder';

export const STAFF_PASSWORD = 'mat-khau-su-co';

/** Organisation "o" with bodies b0…b(n-1) and one account staff{i} (staff and planner) for each. */
export async function seedStaff(db: Queryable, clients: number): Promise<void> {
  const hash = await hashPassword(STAFF_PASSWORD);
  await db.query(`INSERT INTO organisations (id, name) VALUES ('o', 'o')`);
  for (let i = 0; i < clients; i++) {
    await db.query(`INSERT INTO bodies (organisation_id, id, name) VALUES ('o', $1, $1)`, [`b${i}`]);
    await db.query(
      `INSERT INTO accounts (id, organisation_id, body_id, username, display_name, password_hash, roles)
       VALUES ($1, 'o', $2, $3, $3, $4, ARRAY['staff', 'planner'])`,
      [randomUUID(), `b${i}`, `staff${i}`, hash],
    );
  }
}

/** A plan of `clients × tasks` tasks, task t{n} led by body b{n % clients}. */
export function staffPlan(clients: number, tasks: number): Plan {
  const all = Array.from({ length: clients * tasks }, (_, n) => ({ id: `t${n}`, leadId: `b${n % clients}` }));
  return makePlan(all, {}, clients);
}

const evidence = { links: [], attachmentIds: [] };

/** What client `i` sends, in order, with the key of each: start and report each of its tasks. */
export function staffActions(clients: number, tasks: number, i: number): Array<[string, RunAction]> {
  return Array.from({ length: tasks }, (_, k): Array<[string, RunAction]> => {
    const on = { assigneeId: `b${i}`, taskId: `t${k * clients + i}` };
    const report = { results: `Xong ${k}`, difficulties: '', proposals: '', evidence };
    return [
      [`start-${on.taskId}`, { type: 'start', ...on }],
      [`report-${on.taskId}`, { type: 'report', ...on, report }],
    ];
  }).flat();
}

/** The issuer's approvals of every task, with their keys. */
export const approvals = (clients: number, tasks: number): Array<[string, RunAction]> =>
  Array.from({ length: clients * tasks }, (_, n) => [
    `approve-t${n}`,
    { type: 'approve', assigneeId: `b${n % clients}`, taskId: `t${n}` },
  ]);

/** The log of a completed load: seqs 1..N, every key once, its replay completed with no refusal. */
export function expectCompleted(
  issued: IssuedRun,
  log: readonly LoggedEvent[],
  clients: number,
  tasks: number,
) {
  expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
  expect(log).toHaveLength(1 + 3 * clients * tasks);
  expect(new Set(log.map((e) => e.idempotencyKey)).size).toBe(log.length);
  const replayed = replayRun(
    issued,
    log.map((e) => e.event),
  );
  expect(replayed.refused).toEqual([]);
  expect(runView(replayed.state).status).toBe('completed');
}
