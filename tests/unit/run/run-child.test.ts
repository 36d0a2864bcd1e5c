import { describe, expect, it } from 'vitest';
import { RunActionSchema, type RunAction, type RunActor, type RunEvent } from '../../../src/domain/run';
import { auditEntryOf } from '../../../src/engine/run-audit';
import { allowedActions, checkAction } from '../../../src/engine/run-roles';
import { applyRunEvent, describeAuditEntry, runView } from '../../../src/engine/run-replay';
import { initialRunState, workingStatus, type RunState } from '../../../src/engine/run-state';
import { CHILD_PLAN_ID, CHILD_RUN_ID } from '../../support/run-arbitrary';
import { makePlan } from '../../support/plan-builder';
import { eventOf, makeRun, REPORT, staffOf, testId } from '../../support/run-builder';

/** Task a is carried out through a child plan (b1 leads, b2 takes part, reported to b0); b waits for a. */
const plan = makePlan([
  {
    id: 'a',
    leadId: 'b1',
    participantIds: ['b2'],
    childPlan: true,
    childPlanId: CHILD_PLAN_ID,
    report: { toId: 'b0' },
    deadline: 'chậm nhất ngày 15/3/2024',
  },
  { id: 'b', leadId: 'b3', prerequisiteIds: ['a'] },
  { id: 'c', leadId: 'b2', childPlan: true },
]);
const issuer = staffOf('b0');
const [s1, s2, s3] = [staffOf('b1', 'Trần Thị Bình'), staffOf('b2'), staffOf('b3')];
const on = (taskId: string, assigneeId: string) => ({ taskId, assigneeId });
const link = (taskId = 'a', assigneeId = 'b1'): RunAction => ({
  type: 'link-child',
  ...on(taskId, assigneeId),
  childRunId: CHILD_RUN_ID,
  childPlanId: CHILD_PLAN_ID,
  childNumber: '12-KH/ĐU',
  childIssuedOn: '2024-02-10',
});
const completed: RunAction = { type: 'child-completed', ...on('a', 'b1'), childRunId: CHILD_RUN_ID };
/** The person whose last step completed the child run, in whose name the system writes. */
const lastStep = staffOf('b1', 'Lê Văn Cường');

function issued(): RunState {
  const state = initialRunState(makeRun(plan));
  expect(act(state, issuer, { type: 'issue' })).toEqual({ ok: true });
  return state;
}

/** The last event applied by `act`, whose audit entry `lastEntry` gives. */
let lastEvent: RunEvent | null = null;

function act(state: RunState, actor: RunActor, action: RunAction) {
  const event = eventOf(state.seq + 1, actor, action);
  const applied = applyRunEvent(state, event);
  if (applied.ok) lastEvent = event;
  return applied;
}

const lastEntry = (state: RunState) => auditEntryOf(state, lastEvent!);

/** The refusal of `action`, checked the same by `checkAction` and by applying it, which changes nothing. */
function refusal(state: RunState, actor: RunActor, action: RunAction) {
  const check = checkAction(state, actor, action);
  if (check.ok) throw new Error(`expected ${action.type} by ${actor.bodyId} to be refused`);
  const before = JSON.stringify(runView(state));
  expect(act(state, actor, action)).toEqual(check);
  expect(JSON.stringify(runView(state))).toBe(before);
  return check;
}

const status = (state: RunState, key: string) => workingStatus(state, state.assignments.get(key)!);

describe('a task carried out through a child plan', () => {
  it('is linked by its lead only, once, to a run of the plan it names', () => {
    const state = issued();
    const linkable = (actor: RunActor) =>
      allowedActions(state, actor)
        .filter((a) => a.type === 'link-child')
        .map((a) => a.taskId);
    expect(linkable(s1)).toEqual(['a']);
    expect(linkable(s2)).toEqual([]);
    expect(refusal(state, s2, link('a', 'b1')).code).toBe('role');
    expect(refusal(state, s2, link('a', 'b2')).message.vi).toContain('chỉ cơ quan chủ trì');
    expect(refusal(state, s3, link('b', 'b3')).code).toBe('not-child-plan');
    expect(refusal(state, s2, { ...link('c', 'b2') }).code).toBe('not-child-plan');
    expect(refusal(state, s1, { ...link(), childPlanId: 'other-plan' } as RunAction).code).toBe(
      'wrong-child-plan',
    );
    expect(refusal(state, s1, { ...link(), childRunId: state.run.id } as RunAction).code).toBe(
      'wrong-child-plan',
    );
    expect(act(state, s1, link())).toEqual({ ok: true });
    expect(state.assignments.get('b1/a')!.child).toMatchObject({ runId: CHILD_RUN_ID, number: '12-KH/ĐU' });
    const again = refusal(state, s1, { ...link(), childRunId: testId(901) } as RunAction);
    expect(again.code).toBe('child-linked');
    expect(again.message.vi).toContain('kế hoạch con số 12-KH/ĐU ban hành ngày 10/02/2024');
    expect(describeAuditEntry(state, lastEntry(state)).vi).toBe(
      'Trần Thị Bình (Cơ quan 1) — Thực hiện bằng kế hoạch con — nhiệm vụ 1 của Cơ quan 1. ' +
        'Kế hoạch con số 12-KH/ĐU ban hành ngày 10/02/2024',
    );
  });

  it('keeps the name of the person who linked it as written, opening only the later sentences', () => {
    const state = issued();
    expect(act(state, { ...s1!, name: 'bình' }, link())).toEqual({ ok: true });
    expect(describeAuditEntry(state, lastEntry(state)).vi).toMatch(
      /^bình \(Cơ quan 1\) — .*\. Kế hoạch con số/,
    );
  });

  it('is not reported by hand once linked: the refusal names the child run', () => {
    const state = issued();
    act(state, s1, { type: 'start', ...on('a', 'b1') });
    act(state, s2, { type: 'start', ...on('a', 'b2') });
    expect(act(state, s1, link())).toEqual({ ok: true });
    expect(allowedActions(state, s1).map((a) => a.type)).not.toContain('report');
    for (const [actor, assignee] of [
      [s1, 'b1'],
      [s2, 'b2'],
    ] as const) {
      const refused = refusal(state, actor, { type: 'report', ...on('a', assignee), report: REPORT });
      expect(refused.code).toBe('child-run');
      expect(refused.message.vi).toBe(
        `Không thể «Gửi báo cáo» (nhiệm vụ 1 của Cơ quan ${assignee.slice(1)}): nhiệm vụ được thực hiện bằng ` +
          'kế hoạch con số 12-KH/ĐU ban hành ngày 10/02/2024; nhiệm vụ tự hoàn thành khi kế hoạch con hoàn thành.',
      );
      expect(refused.message.en).toContain('the child plan 12-KH/ĐU issued on 10/02/2024');
    }
  });

  it('is completed, every assignment through its machine, when the child run completes', () => {
    const state = issued();
    act(state, s2, { type: 'start', ...on('a', 'b2') });
    act(state, s1, link());
    expect(allowedActions(state, s3).map((a) => a.type)).not.toContain('start');
    expect(allowedActions(state, lastStep).map((a) => a.type)).not.toContain('child-completed');
    expect(act(state, lastStep, completed)).toEqual({ ok: true });
    expect(status(state, 'b1/a')).toBe('completed');
    expect(status(state, 'b2/a')).toBe('completed');
    expect(state.assignments.get('b1/a')!.completedAt).toBe(lastEntry(state).at);
    expect(allowedActions(state, s3).map((a) => `${a.type} ${a.taskId}`)).toContain('start b');
    const entry = describeAuditEntry(state, lastEntry(state));
    expect(entry.vi).toBe(
      'Hệ thống, thay mặt kế hoạch con số 12-KH/ĐU ban hành ngày 10/02/2024 ' +
        '(bước cuối do Lê Văn Cường, Cơ quan 1) — Hoàn thành theo kế hoạch con — nhiệm vụ 1 của Cơ quan 1. ' +
        'Mọi nhiệm vụ của kế hoạch con đã hoàn thành',
    );
    expect(entry.en).toContain('The system, for the child plan 12-KH/ĐU issued on 10/02/2024');
    expect(refusal(state, lastStep, completed).code).toBe('state');
  });

  it('refuses the completion, and shows why, when the machines refuse it', () => {
    const cancelled = issued();
    act(cancelled, s1, link());
    act(cancelled, issuer, { type: 'cancel', ...on('a', 'b1'), reason: 'Không còn cần thiết' });
    const why = refusal(cancelled, lastStep, completed);
    expect(why.code).toBe('state');
    expect(why.message.vi).toContain('«Đã hủy»');

    const paused = issued();
    act(paused, s1, link());
    act(paused, issuer, { type: 'pause', ...on('a', 'b2'), reason: 'Chờ kinh phí' });
    expect(refusal(paused, lastStep, completed).message.vi).toContain('nhiệm vụ 1 của Cơ quan 2');

    const waiting = initialRunState(
      makeRun(
        makePlan([
          { id: 'p', leadId: 'b3' },
          { id: 'a', leadId: 'b1', prerequisiteIds: ['p'], childPlan: true, childPlanId: CHILD_PLAN_ID },
        ]),
      ),
    );
    act(waiting, issuer, { type: 'issue' });
    act(waiting, s1, link());
    expect(refusal(waiting, lastStep, completed).code).toBe('waiting');
  });

  it('is completed only for the run linked, and never by a request from outside', () => {
    const state = issued();
    expect(refusal(state, lastStep, completed).code).toBe('no-child-run');
    act(state, s1, link());
    const other = { ...completed, childRunId: testId(901) } as RunAction;
    expect(refusal(state, lastStep, other).code).toBe('wrong-child-run');
    const asked = RunActionSchema.safeParse({
      type: 'child-completed',
      ...on('a', 'b1'),
      childRunId: CHILD_RUN_ID,
    });
    expect(asked.success).toBe(false);
    expect(RunActionSchema.safeParse(link()).success).toBe(true);
  });
});
