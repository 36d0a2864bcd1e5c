import type { Plan } from '@rollout/core/domain/plan';
import {
  RUN_SCHEMA_VERSION,
  type Run,
  type RunAction,
  type RunActor,
  type RunEvent,
} from '@rollout/core/domain/run';
import { seededRandom } from '@rollout/core/engine/random';
import { applyRunEvent } from '@rollout/core/engine/run-replay';
import { initialRunState, workingStatus, type RunState } from '@rollout/core/engine/run-state';

const DAY = 86_400_000;

/** A ULID-shaped id for generated events, sorting like `n`. */
const idOf = (n: number) => `01J${String(n).padStart(23, '0')}`;

/**
 * A run of `plan` carried out by a seeded scheduler for benchmarks: at each step one open assignment takes its
 * next step (start, report, then approve or return, at `returnRate`; sometimes an extension asked for and
 * granted), about two hours apart, until the log holds `events` events or every assignment is closed.
 */
export function syntheticRun(
  plan: Plan,
  events: number,
  returnRate = 0.3,
  seed = 1,
): { run: Run; log: RunEvent[]; state: RunState } {
  const random = seededRandom(seed);
  const issuer: RunActor = { name: 'Văn phòng', bodyId: plan.issuerIds[0] as string };
  const run: Run = {
    schemaVersion: RUN_SCHEMA_VERSION,
    id: idOf(0),
    planId: plan.id,
    plan,
    number: null,
    issuedOn: plan.date ?? '2024-01-15',
    issuedAt: `${plan.date ?? '2024-01-15'}T02:00:00.000Z`,
    issuedBy: issuer,
    status: 'active',
  };
  const state = initialRunState(run);
  const log: RunEvent[] = [];
  const start = Date.parse(run.issuedAt);
  const apply = (actor: RunActor, action: RunAction): boolean => {
    const seq = state.seq + 1;
    const at = new Date(start + seq * (DAY / 12)).toISOString();
    const event = {
      ...action,
      schemaVersion: RUN_SCHEMA_VERSION,
      id: idOf(seq),
      runId: run.id,
      seq,
      at,
      actor,
    } as RunEvent;
    const ok = applyRunEvent(state, event).ok;
    if (ok) log.push(event);
    return ok;
  };
  apply(issuer, { type: 'issue' });
  const open = [...state.assignments.values()];
  while (log.length < events && open.length > 0) {
    const index = Math.floor(random() * open.length);
    const a = open[index] as (typeof open)[number];
    const on = { taskId: a.taskId, assigneeId: a.assigneeId };
    const staff: RunActor = { name: 'Chuyên viên', bodyId: a.assigneeId };
    const status = workingStatus(state, a);
    if (status === 'notStarted' || status === 'returned') {
      if (random() < 0.1 && a.extensions.length === 0 && a.originalDue) {
        const newDue = new Date(Date.parse(a.originalDue) + 30 * DAY).toISOString().slice(0, 10);
        if (apply(staff, { type: 'request-extension', ...on, reason: 'Cần thêm thời gian', newDue }))
          apply(issuer, { type: 'approve-extension', ...on });
      }
      apply(staff, { type: 'start', ...on });
    } else if (status === 'inProgress') {
      apply(staff, {
        type: 'report',
        ...on,
        report: {
          results: 'Đã thực hiện',
          difficulties: '',
          proposals: '',
          evidence: { links: [], attachmentIds: [] },
        },
      });
    } else if (status === 'reported') {
      if (random() < returnRate) apply(issuer, { type: 'return', ...on, reason: 'Cần bổ sung minh chứng' });
      else apply(issuer, { type: 'approve', ...on });
    } else {
      open.splice(index, 1);
    }
  }
  return { run, log, state };
}
