import { describe, expect, it } from 'vitest';
import type { RunAction, RunActor, RunEvent } from '../../../src/domain/run';
import { auditEntryOf } from '../../../src/engine/run-audit';
import { allowedActions, checkAction } from '../../../src/engine/run-roles';
import { applyRunEvent, describeAuditEntry } from '../../../src/engine/run-replay';
import {
  dueInForce,
  extensionHistory,
  initialRunState,
  workingStatus,
  type RunState,
} from '../../../src/engine/run-state';
import { makePlan } from '../../support/plan-builder';
import { compilePlanModel } from '../../../src/engine/model';
import { nameOf } from '../../../src/engine/run-refusal';
import { eventOf, makeRun, REPORT, staffOf } from '../../support/run-builder';

const plan = makePlan([
  { id: 'a', leadId: 'b1', deadline: 'chậm nhất ngày 15/3/2024', report: { toId: 'b0' } },
  { id: 'b', leadId: 'b2', prerequisiteIds: ['a'], deadline: 'trong quý II/2024' },
  { id: 'c', leadId: 'b3', mode: 'request', deadline: 'thực hiện thường xuyên' },
]);
const issuer = staffOf('b0', 'Nguyễn Văn An');
const [s1, s2, s3] = [staffOf('b1', 'Trần Thị Bình'), staffOf('b2'), staffOf('b3')];

function issued(): RunState {
  const state = initialRunState(makeRun(plan));
  expect(act(state, issuer, { type: 'issue' })).toEqual({ ok: true });
  return state;
}

/** The accepted events of each state: its log. */
const logs = new WeakMap<RunState, RunEvent[]>();

function act(state: RunState, actor: RunActor, action: RunAction) {
  const event = eventOf(state.seq + 1, actor, action);
  const result = applyRunEvent(state, event);
  if (result.ok) logs.set(state, [...(logs.get(state) ?? []), event]);
  return result;
}

/** The audit log of a state: its log's entries as of now. */
const audit = (state: RunState) => (logs.get(state) ?? []).map((e) => auditEntryOf(state, e));

function refusal(state: RunState, actor: RunActor, action: RunAction) {
  const check = checkAction(state, actor, action);
  if (check.ok) throw new Error(`expected ${action.type} by ${actor.bodyId} to be refused`);
  const seq = state.seq;
  expect(act(state, actor, action)).toEqual(check);
  expect(state.seq).toBe(seq);
  return check;
}

const on = (taskId: string, assigneeId: string) => ({ taskId, assigneeId });
const status = (state: RunState, key: string) => workingStatus(state, state.assignments.get(key)!);
const kinds = (state: RunState, actor: RunActor) =>
  allowedActions(state, actor).map((a) => `${a.type} ${a.assigneeId ?? ''}/${a.taskId ?? ''}`);

describe('who may act, before and at the issue', () => {
  it('only the issuer issues, once; nothing else happens before', () => {
    const state = initialRunState(makeRun(plan));
    expect(kinds(state, issuer)).toEqual(['issue /']);
    expect(kinds(state, s1)).toEqual([]);
    expect(refusal(state, s1, { type: 'issue' }).code).toBe('role');
    expect(refusal(state, s1, { type: 'start', ...on('a', 'b1') }).code).toBe('not-issued');
    act(state, issuer, { type: 'issue' });
    expect(refusal(state, issuer, { type: 'issue' }).code).toBe('already-issued');
  });

  it('offers each body its own actions once issued', () => {
    const state = issued();
    expect(kinds(state, s1)).toEqual(['start b1/a', 'request-extension b1/a']);
    expect(kinds(state, s2)).toEqual(['request-extension b2/b']);
    expect(kinds(state, s3)).toEqual(['start b3/c', 'decline b3/c']);
    expect(kinds(state, issuer)).toEqual(
      ['a', 'b', 'c'].flatMap((t, i) => [`pause b${i + 1}/${t}`, `cancel b${i + 1}/${t}`]),
    );
  });
});

describe('refusals name the role and the state', () => {
  it('another body cannot start an assignment', () => {
    const r = refusal(issued(), s2, { type: 'start', ...on('a', 'b1') });
    expect(r.code).toBe('role');
    expect(r.message.vi).toBe(
      'Không thể «Bắt đầu thực hiện» (nhiệm vụ 1 của Cơ quan 1): chỉ cơ quan được giao (Cơ quan 1) được làm việc này; Cán bộ b2 đang làm việc cho Cơ quan 2; nhiệm vụ đang ở trạng thái «Chưa thực hiện».',
    );
    expect(r.message.en).toBe(
      'Cannot “Start” (task 1 of Cơ quan 1): only the assigned body (Cơ quan 1) may do this; Cán bộ b2 acts for Cơ quan 2; the assignment is “Not started”.',
    );
  });

  it('a report before the start, an approval by the assignee, a start that waits', () => {
    const state = issued();
    expect(refusal(state, s1, { type: 'report', ...on('a', 'b1'), report: REPORT }).message.vi).toContain(
      '«Chưa thực hiện»',
    );
    expect(refusal(state, s2, { type: 'start', ...on('b', 'b2') }).code).toBe('waiting');
    act(state, s1, { type: 'start', ...on('a', 'b1') });
    act(state, s1, { type: 'report', ...on('a', 'b1'), report: REPORT });
    const self = refusal(state, s1, { type: 'approve', ...on('a', 'b1') });
    expect(self.code).toBe('role');
    expect(self.message.vi).toContain('chỉ cơ quan xác nhận (Cơ quan 0)');
    expect(refusal(state, s2, { type: 'start', ...on('z', 'b2') }).code).toBe('unknown-assignment');
  });
});

describe('the life of an assignment', () => {
  it('is started, reported, returned, reported again and approved; the next task may start', () => {
    const state = issued();
    const a = state.assignments.get('b1/a')!;
    act(state, s1, { type: 'start', ...on('a', 'b1') });
    act(state, s1, { type: 'report', ...on('a', 'b1'), report: REPORT });
    expect(kinds(state, issuer)).toContain('return b1/a');
    expect(act(state, issuer, { type: 'return', ...on('a', 'b1'), reason: 'Thiếu minh chứng' }).ok).toBe(
      true,
    );
    expect(status(state, 'b1/a')).toBe('returned');
    act(state, s1, { type: 'start', ...on('a', 'b1') });
    act(state, s1, {
      type: 'report',
      ...on('a', 'b1'),
      report: { ...REPORT, proposals: 'Bổ sung kinh phí' },
    });
    act(state, issuer, { type: 'approve', ...on('a', 'b1') });
    expect(status(state, 'b1/a')).toBe('approved');
    expect(a.reports.map((r) => [r.verdict, r.returnReason])).toEqual([
      ['returned', 'Thiếu minh chứng'],
      ['approved', null],
    ]);
    expect(a.startedAt).toBe(audit(state)[1]!.at);
    expect(a.completedAt).toBeNull();
    expect(kinds(state, s2)).toContain('start b2/b');
    expect(kinds(state, s1)).toEqual(['request-extension b1/a', 'deliver b1/a']);
    expect(refusal(state, issuer, { type: 'cancel', ...on('a', 'b1'), reason: 'x' }).code).toBe('state');
    act(state, s1, { type: 'deliver', ...on('a', 'b1') });
    expect(status(state, 'b1/a')).toBe('completed');
    expect(a.completedAt).toBe(audit(state).at(-1)!.at);
    expect(refusal(state, s1, { type: 'deliver', ...on('a', 'b1') }).code).toBe('already-delivered');
    expect(refusal(state, s2, { type: 'deliver', ...on('b', 'b2') }).code).toBe('no-report-edge');
    expect(refusal(state, issuer, { type: 'cancel', ...on('a', 'b1'), reason: 'x' }).code).toBe('state');
  });

  it('keeps the count of extensions and the earlier due dates', () => {
    const state = issued();
    const a = state.assignments.get('b1/a')!;
    const ask = (newDue: string) => ({
      type: 'request-extension' as const,
      ...on('a', 'b1'),
      reason: 'Chờ số liệu',
      newDue,
    });
    expect(refusal(state, s1, ask('2024-03-15')).code).toBe('not-later');
    act(state, s1, ask('2024-04-30'));
    expect(refusal(state, s1, ask('2024-05-30')).code).toBe('extension-pending');
    expect(refusal(state, s1, { type: 'approve-extension', ...on('a', 'b1') }).code).toBe('role');
    act(state, issuer, { type: 'approve-extension', ...on('a', 'b1') });
    expect(dueInForce(a)).toBe('2024-04-30');
    act(state, s1, ask('2024-05-31'));
    act(state, issuer, { type: 'refuse-extension', ...on('a', 'b1'), reason: 'Không có lý do chính đáng' });
    expect(refusal(state, issuer, { type: 'refuse-extension', ...on('a', 'b1'), reason: 'x' }).code).toBe(
      'no-extension-pending',
    );
    expect(dueInForce(a)).toBe('2024-04-30');
    expect(extensionHistory(a)).toEqual({ count: 1, earlierDues: ['2024-03-15'] });
    expect(
      refusal(state, s3, { type: 'request-extension', ...on('c', 'b3'), reason: 'r', newDue: '2025-01-01' })
        .code,
    ).toBe('no-deadline');
    const said = describeAuditEntry(state, audit(state)[1]!);
    expect(said.vi).toBe(
      'Trần Thị Bình (Cơ quan 1) — Đề nghị gia hạn — nhiệm vụ 1 của Cơ quan 1. Thời hạn mới: 30/04/2024. Lý do: Chờ số liệu',
    );
  });

  it('is paused and resumed by the issuer only, and nothing moves while paused', () => {
    const state = issued();
    expect(refusal(state, s1, { type: 'pause', ...on('a', 'b1'), reason: 'r' }).code).toBe('role');
    act(state, issuer, { type: 'pause', ...on('a', 'b1'), reason: 'Chờ chỉ đạo' });
    expect(status(state, 'b1/a')).toBe('paused');
    expect(refusal(state, s1, { type: 'start', ...on('a', 'b1') }).message.vi).toContain('«Tạm dừng»');
    expect(refusal(state, issuer, { type: 'pause', ...on('a', 'b1'), reason: 'r' }).code).toBe('state');
    expect(kinds(state, s1)).toEqual(['request-extension b1/a']);
    act(state, issuer, { type: 'resume', ...on('a', 'b1') });
    expect(status(state, 'b1/a')).toBe('notStarted');
    expect(refusal(state, issuer, { type: 'resume', ...on('a', 'b1') }).code).toBe('state');
  });

  it('is cancelled by the issuer, and what needs its result is cancelled with it', () => {
    const state = issued();
    expect(refusal(state, s1, { type: 'cancel', ...on('a', 'b1'), reason: 'r' }).code).toBe('role');
    act(state, issuer, { type: 'cancel', ...on('a', 'b1'), reason: 'Không còn phù hợp' });
    expect(status(state, 'b1/a')).toBe('cancelled');
    expect(status(state, 'b2/b')).toBe('cancelled');
    expect(audit(state).at(-1)!.cascade).toEqual(['b2/b']);
    expect(describeAuditEntry(state, audit(state).at(-1)!).en).toBe(
      'Nguyễn Văn An (Cơ quan 0) — Cancel — task 1 of Cơ quan 1. Reason: Không còn phù hợp. Cancelled with it: task 2 of Cơ quan 2',
    );
  });

  it('a request may be declined, an order may not', () => {
    const state = issued();
    expect(refusal(state, s1, { type: 'decline', ...on('a', 'b1'), reason: 'r' }).code).toBe('not-a-request');
    act(state, s3, { type: 'start', ...on('c', 'b3') });
    expect(kinds(state, s3)).toContain('decline b3/c');
    act(state, s3, { type: 'decline', ...on('c', 'b3'), reason: 'Ngoài chức năng' });
    expect(status(state, 'b3/c')).toBe('declined');
    expect(kinds(state, s3)).toEqual([]);
  });

  it('refuses an event of another run or out of sequence', () => {
    const state = issued();
    const next = eventOf(2, s1, { type: 'start', ...on('a', 'b1') });
    expect(applyRunEvent(state, { ...next, runId: '01J00000000000000000000999' })).toMatchObject({
      code: 'wrong-run',
    });
    expect(applyRunEvent(state, { ...next, seq: 3 })).toMatchObject({ code: 'wrong-seq' });
    expect(applyRunEvent(state, next)).toEqual({ ok: true });
  });
});

describe('the name of a body or group in a run', () => {
  it('is the name the plan gives it, for a group too, never its internal id', () => {
    const plan = makePlan([{ id: 'a', leadId: 'g1' }], {
      groups: [{ id: 'g1', name: 'Các quận ủy, huyện ủy', memberIds: ['b1', 'b2'], open: false }],
    });
    const model = compilePlanModel(plan);
    expect(nameOf(model, 'g1')).toBe('Các quận ủy, huyện ủy');
    expect(nameOf(model, 'b3')).toBe('Cơ quan 3');
  });
});
