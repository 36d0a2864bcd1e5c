import fc from 'fast-check';
import { expect } from 'vitest';
import type { Plan } from '../../src/domain/plan';
import { RUN_EVENT_TYPES, SYSTEM_EVENT_TYPES, type RunAction, type RunEvent } from '../../src/domain/run';
import { allowedActions } from '../../src/engine/run-roles';
import { applyRunEvent, runView } from '../../src/engine/run-replay';
import { initialRunState } from '../../src/engine/run-state';
import { makePlan } from './plan-builder';
import { eventOf, makeRun, REPORT, staffOf, testId } from './run-builder';

/** The child plan some tasks of the small plans are carried out through, and the one run of it. */
export const CHILD_PLAN_ID = 'child-plan';
export const CHILD_RUN_ID = testId(900);

/**
 * Small plans: up to 4 bodies and 5 tasks, with dependencies, reports, requests, a few deadlines, and tasks
 * carried out through a child plan.
 */
export const smallPlan = fc
  .array(
    fc.record({
      lead: fc.integer({ min: 0, max: 3 }),
      participant: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 3 }),
      prerequisite: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 2 }),
      reportTo: fc.boolean(),
      request: fc.boolean(),
      child: fc.boolean(),
      deadline: fc.constantFrom(
        null,
        'chậm nhất ngày 15/3/2024',
        'trong quý II/2024',
        'thực hiện thường xuyên',
      ),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((tasks) =>
    makePlan(
      tasks.map((t, i) => ({
        id: `t${i}`,
        leadId: `b${t.lead}`,
        participantIds: t.participant !== null && t.participant !== t.lead ? [`b${t.participant}`] : [],
        prerequisiteIds: t.prerequisite !== null && t.prerequisite < i ? [`t${t.prerequisite}`] : [],
        report: t.reportTo ? { toId: 'b0' } : null,
        mode: t.request ? 'request' : 'order',
        deadline: t.deadline,
        childPlan: t.child,
        childPlanId: t.child ? CHILD_PLAN_ID : null,
      })),
    ),
  );

/** One step: an action the actor is offered, or anything at all (mostly refused). */
export const step = fc.record({
  actor: fc.integer({ min: 0, max: 3 }),
  offered: fc.boolean(),
  pick: fc.nat(),
  type: fc.constantFrom(...RUN_EVENT_TYPES),
  task: fc.integer({ min: 0, max: 5 }),
  assignee: fc.integer({ min: 0, max: 3 }),
  newDue: fc.constantFrom('2024-01-10', '2024-04-30', '2024-12-31'),
});

function actionOf(type: RunAction['type'], assigneeId: string, taskId: string, newDue: string): RunAction {
  const on = { assigneeId, taskId };
  switch (type) {
    case 'issue':
      return { type };
    case 'report':
      return { type, ...on, report: REPORT };
    case 'request-extension':
      return { type, ...on, reason: 'Cần thêm thời gian', newDue };
    case 'link-child':
      return {
        type,
        ...on,
        childRunId: CHILD_RUN_ID,
        childPlanId: CHILD_PLAN_ID,
        childNumber: '12-KH/ĐU',
        childIssuedOn: '2024-02-10',
      };
    case 'child-completed':
      return { type, ...on, childRunId: CHILD_RUN_ID };
    case 'return':
    case 'refuse-extension':
    case 'pause':
    case 'cancel':
    case 'decline':
      return { type, ...on, reason: 'Lý do' };
    default:
      return { type, ...on };
  }
}

export type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/**
 * Drive a run of `plan` through `steps`, checking each: a refused event changes nothing, an accepted one was
 * offered, an offered one is accepted. Returns the run, its state and the log of accepted events.
 */
export function drive(plan: Plan, steps: Step[]) {
  const run = makeRun(plan);
  const state = initialRunState(run);
  const log: RunEvent[] = [];
  for (const s of steps) {
    const actor = staffOf(`b${s.actor}`);
    const offered = allowedActions(state, actor);
    const chosen = s.offered ? offered[s.pick % Math.max(1, offered.length)] : undefined;
    const action = chosen
      ? actionOf(chosen.type, chosen.assigneeId ?? '', chosen.taskId ?? '', s.newDue)
      : actionOf(s.type, `b${s.assignee}`, `t${s.task}`, s.newDue);
    const event = eventOf(state.seq + 1, actor, action);
    const before = JSON.stringify(runView(state));
    const result = applyRunEvent(state, event);
    const isOffered = offered.some(
      (o) => o.type === action.type && o.taskId === ('taskId' in action ? action.taskId : null),
    );
    if (result.ok) {
      log.push(event);
      expect(isOffered || SYSTEM_EVENT_TYPES.includes(action.type)).toBe(true);
    } else {
      expect(JSON.stringify(runView(state))).toBe(before);
      expect(result.message.vi.length * result.message.en.length).toBeGreaterThan(0);
      if (chosen && action.type !== 'request-extension')
        throw new Error(`offered ${action.type} was refused`);
    }
  }
  return { run, state, log };
}

/**
 * `drive` with, before `steps` (at least one), their first step taken by body b0 as an action it is offered, so
 * that the run is under way.
 */
export function driveUnderWay(plan: Plan, steps: Step[]) {
  return drive(plan, [{ ...(steps[0] as Step), actor: 0, offered: true }, ...steps]);
}
