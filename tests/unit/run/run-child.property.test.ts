import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunAction } from '../../../src/domain/run';
import { assignmentKey } from '../../../src/engine/model';
import { checkAction } from '../../../src/engine/run-roles';
import { applyRunEvent, replayRun, runView } from '../../../src/engine/run-replay';
import { workingStatus, type RunState } from '../../../src/engine/run-state';
import { CHILD_PLAN_ID, CHILD_RUN_ID, driveUnderWay, smallPlan, step } from '../../support/run-arbitrary';
import { eventOf, REPORT, staffOf } from '../../support/run-builder';

const statusesOf = (state: RunState, taskId: string) =>
  (state.model.tasks.get(taskId)?.assignees ?? []).map((id) =>
    workingStatus(state, state.assignments.get(assignmentKey(id, taskId))!),
  );

describe('completing a task by its child run', () => {
  it('completes every assignment of a started task, never a closed or paused one, and replays the same', () => {
    fc.assert(
      fc.property(smallPlan, fc.array(step, { minLength: 1, maxLength: 40 }), (plan, steps) => {
        const { run, state, log } = driveUnderWay(plan, steps);
        const append = (action: RunAction, actorId: string) => {
          const event = eventOf(state.seq + 1, staffOf(actorId), action);
          const result = applyRunEvent(state, event);
          if (result.ok) log.push(event);
          return result;
        };
        for (const task of state.model.tasks.values()) {
          if (!plan.tasks.find((t) => t.id === task.id)?.childPlan) continue;
          const lead = task.primary[0]!;
          const on = { taskId: task.id, assigneeId: lead };
          append(
            {
              type: 'link-child',
              ...on,
              childRunId: CHILD_RUN_ID,
              childPlanId: CHILD_PLAN_ID,
              childNumber: null,
              childIssuedOn: '2024-02-10',
            },
            lead,
          );
          if (!state.assignments.get(assignmentKey(lead, task.id))!.child) continue;
          for (const id of task.assignees) {
            const report = { type: 'report', taskId: task.id, assigneeId: id, report: REPORT } as const;
            const refused = checkAction(state, staffOf(id), report);
            expect(refused.ok ? null : refused.code).toBe('child-run');
          }
          const before = statusesOf(state, task.id);
          const before2 = JSON.stringify(runView(state));
          const result = append({ type: 'child-completed', ...on, childRunId: CHILD_RUN_ID }, 'b3');
          const started = before.every((s) => ['inProgress', 'reported', 'approved'].includes(s));
          const closed = before.some((s) => ['completed', 'cancelled', 'declined', 'paused'].includes(s));
          if (started) expect(result).toEqual({ ok: true });
          if (closed) expect(result.ok).toBe(false);
          if (result.ok) expect(statusesOf(state, task.id).every((s) => s === 'completed')).toBe(true);
          else expect(JSON.stringify(runView(state))).toBe(before2);
        }
        const replayed = replayRun(run, log);
        expect(replayed.refused).toEqual([]);
        expect(runView(replayed.state)).toEqual(runView(state));
      }),
      { numRuns: 120 },
    );
  }, 30_000);
});
