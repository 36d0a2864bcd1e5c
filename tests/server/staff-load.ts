import { expect } from 'vitest';
import { replayRun, runView, type IssuedRun, type RunAction } from '../../server/src/core';
import type { LoggedEvent } from '../../server/src/runs/run-store';

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
