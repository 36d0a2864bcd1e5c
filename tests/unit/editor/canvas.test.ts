import { adoptUserNodes, type InternalNodeBase as InternalNode } from '@xyflow/system';
import { describe, expect, it } from 'vitest';
import { applyCommand, type PlanCommand } from '../../../src/domain/plan-edit';
import type { Plan } from '../../../src/domain/plan';
import type { Task } from '../../../src/domain/task';
import { copyTasks, pasteCommand, PASTE_OFFSET } from '../../../src/ui/editor/canvas/clipboard';
import { deleteCommand } from '../../../src/ui/editor/canvas/delete-command';
import { blockingTasks, namesById, tasksOfBody } from '../../../src/ui/editor/canvas/decorations';
import { dueStateOf, dueStatesFor } from '../../../src/domain/due-state';
import { columnLeft, insideLane, laneBounds, laneX, stageAtX } from '../../../src/ui/editor/canvas/geometry';
import { moveCommand, nudgeCommand } from '../../../src/ui/editor/canvas/move-command';
import { TaskNodeCache, type TaskNodeInputs } from '../../../src/ui/editor/canvas/task-nodes';
import { CANVAS_MESSAGES } from '../../../src/ui/editor/messages';
import { messagesFor } from '../../../src/ui/i18n/messages';
import { checkPlan } from '../../../src/engine/check-plan';
import { toLiveReport } from '../../../src/ui/editor/verify-protocol';
import { makePlan } from '../../support/plan-builder';

const placeOf = (task: Task) => insideLane(task.stage, task.position ?? { x: laneX(task.stage), y: 72 });

function applied(plan: Plan, command: PlanCommand | null): Plan {
  if (!command) throw new Error('no command');
  const result = applyCommand(plan, command);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.plan;
}

describe('due states', () => {
  const today = '2024-03-20';
  it.each([
    [null, 'none'],
    ['', 'none'],
    ['thực hiện thường xuyên', 'ongoing'],
    ['hằng năm', 'recurring'],
    ['trong quý I/2024', 'soon'],
    ['trước ngày 10/3/2024', 'overdue'],
    ['Dự kiến tháng 2/2024', 'tentative'],
    ['năm 2024', 'later'],
    ['(cụ thể tại Phụ lục)', 'unknown'],
  ] as const)('%s → %s', (phrase, state) => {
    expect(dueStateOf(phrase, 2024, today)).toBe(state);
  });

  it('a date without a year takes the plan year', () => {
    expect(dueStateOf('trước ngày 15/4', 2024, today)).toBe('later');
    expect(dueStatesFor(2023, today)('trước ngày 15/4')).toBe('overdue');
  });
});

describe('moving on the canvas', () => {
  const plan = () =>
    makePlan([
      { id: 'a', stage: 'drafting', position: { x: laneX('drafting'), y: 100 } },
      { id: 'b', stage: 'drafting' },
    ]);

  it('a drop in another column moves the task and changes its stage in one command, saving provisional places', () => {
    const p = plan();
    const command = moveCommand(
      p,
      new Map([['a', { x: columnLeft('implementing') + 8, y: 300.4 }]]),
      placeOf,
    );
    expect(command?.type).toBe('batch');
    const next = applied(p, command);
    const a = next.tasks[0]!;
    expect(a.stage).toBe('implementing');
    expect(a.position).toEqual({ x: columnLeft('implementing') + 8, y: 300 });
    expect(next.tasks[1]?.position).toEqual(placeOf(p.tasks[1]!));
  });

  it('a drop where the task already is, is no command', () => {
    const p = plan();
    expect(moveCommand(p, new Map([['a', placeOf(p.tasks[0]!)]]), placeOf)).toBeNull();
  });

  it('arrows move by the step; past the edge of the column they go on into the next stage', () => {
    const p = plan();
    const down = applied(p, nudgeCommand(p, ['a'], 0, 10, placeOf));
    expect(down.tasks[0]?.position?.y).toBe(110);
    // A column is barely wider than a card: a small step stays in it.
    const right = applied(p, nudgeCommand(p, ['a'], 3, 0, placeOf));
    expect(right.tasks[0]).toMatchObject({ stage: 'drafting', position: { x: laneX('drafting') + 3 } });
    const q = applied(p, nudgeCommand(p, ['a'], 50, 0, placeOf));
    expect(q.tasks[0]?.stage).toBe('disseminating');
    expect(q.tasks[0]?.position?.x).toBe(laneBounds('disseminating').left);
    expect(stageAtX(q.tasks[0]!.position!.x)).toBe('disseminating');
    expect(nudgeCommand(p, ['a'], -50, 0, placeOf)).not.toBeNull();
    expect(applied(p, nudgeCommand(p, ['a'], -50, 0, placeOf)).tasks[0]?.stage).toBe('drafting');
  });
});

describe('copy and paste', () => {
  it('pastes copies with new ids, offset each time, keeping only dependencies it can meet', () => {
    const source = makePlan([
      { id: 'a' },
      { id: 'b', prerequisiteIds: ['a'] },
      { id: 'c', prerequisiteIds: ['b'] },
    ]);
    expect(copyTasks(source, ['b', 'c'], placeOf)).toBe(2);
    const once = applied(source, pasteCommand(source));
    const copies = once.tasks.slice(3);
    expect(copies.map((t) => t.id)).toEqual(['b-2', 'c-2']);
    expect(copies[1]?.prerequisiteIds).toEqual(['b-2']);
    expect(copies[0]?.prerequisiteIds).toEqual(['a']);
    expect(copies[0]?.position?.y).toBe(72 + PASTE_OFFSET);
    const twice = applied(once, pasteCommand(once));
    expect(twice.tasks[5]?.position?.y).toBe(72 + 2 * PASTE_OFFSET);

    const elsewhere = makePlan([{ id: 'x' }]);
    const pasted = applied(elsewhere, pasteCommand(elsewhere));
    expect(pasted.tasks.slice(1).map((t) => t.prerequisiteIds)).toEqual([[], ['b']]);
  });
});

describe('decorations', () => {
  const plan = makePlan(
    [
      { id: 'a', leadId: null },
      { id: 'b', leadId: 'b1', prerequisiteIds: ['a'] },
      { id: 'c', leadId: 'g', participantIds: [] },
    ],
    { groups: [{ id: 'g', name: 'Nhóm', memberIds: ['b2'] }] },
  );

  it('marks the tasks that leave a body stuck, with the bodies named', () => {
    const blocks = blockingTasks(toLiveReport(checkPlan(plan)));
    expect(blocks.get('b')).toEqual(['Cơ quan 1']);
    expect(blocks.get('a')).toEqual(['Cơ quan 1']);
    expect(blocks.has('c')).toBe(false);
    expect(blockingTasks(null).size).toBe(0);
  });

  it("a body's tasks include those of its groups", () => {
    expect([...tasksOfBody(plan.tasks, plan.groups, 'b2')]).toEqual(['c']);
    expect([...tasksOfBody(plan.tasks, plan.groups, 'b1')]).toEqual(['b']);
    expect(namesById(plan.bodies, plan.groups).get('g')).toBe('Nhóm');
  });
});

describe('task nodes', () => {
  const inputs = (plan: Plan, extra: Partial<TaskNodeInputs> = {}): TaskNodeInputs => ({
    ordered: plan.tasks,
    placeOf,
    dragging: new Map(),
    selection: new Set(),
    blocks: new Map(),
    highlighted: new Set(),
    names: namesById(plan.bodies, plan.groups),
    dueOf: () => 'none',
    measured: new Map(),
    labels: messagesFor(CANVAS_MESSAGES, 'vi'),
    ...extra,
  });

  it('keeps the node object of every task the change did not touch', () => {
    const cache = new TaskNodeCache();
    const plan = makePlan([{ id: 'a', leadId: 'b1', deadline: 'năm 2024' }, { id: 'b' }, { id: 'c' }]);
    const first = cache.build(inputs(plan));
    expect(first[0]?.ariaLabel).toBe('Nhiệm vụ 1: Nhiệm vụ 1, chủ trì Cơ quan 1, thời hạn năm 2024');
    expect(first[1]?.ariaLabel).toBe('Nhiệm vụ 2: Nhiệm vụ 2, chủ trì chưa có, thời hạn không có');
    const moved = applied(plan, { type: 'moveTasks', moves: [{ id: 'b', position: { x: 30, y: 400 } }] });
    const second = cache.build(inputs(moved));
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]?.data).toBe(first[1]?.data);
    const dragging = cache.build(inputs(moved, { dragging: new Map([['c', { x: 1, y: 2 }]]) }));
    expect(dragging[0]).toBe(first[0]);
    expect(dragging[2]?.position).toEqual({ x: 1, y: 2 });
    expect(dragging[2]?.data).toBe(first[2]?.data);
    const blocked = cache.build(inputs(moved, { blocks: new Map([['a', ['Cơ quan 1']]]) }));
    expect(blocked[0]?.domAttributes).toEqual({ 'aria-description': 'Làm mắc kẹt: Cơ quan 1' });
    expect(blocked[1]).toBe(second[1]);
    const retitled = applied(moved, { type: 'updateTask', id: 'b', changes: { title: 'Tên mới' } });
    expect(cache.build(inputs(retitled))[1]?.data.title).toBe('Tên mới');
  });

  it('a node rebuilt before its measured size is known keeps the handle positions React Flow measured', () => {
    const cache = new TaskNodeCache();
    const plan = makePlan([{ id: 'a' }, { id: 'b', prerequisiteIds: ['a'] }]);
    const lookup = new Map<string, InternalNode>();
    adoptUserNodes(cache.build(inputs(plan)), lookup, new Map());
    const handleBounds = { source: [], target: [] };
    for (const [id, node] of lookup)
      lookup.set(id, { ...node, internals: { ...node.internals, handleBounds } });
    adoptUserNodes(cache.build(inputs(plan, { blocks: new Map([['a', ['Cơ quan 1']]]) })), lookup, new Map());
    expect(lookup.get('a')?.internals.handleBounds).toBe(handleBounds);
    expect(lookup.get('b')?.internals.handleBounds).toBe(handleBounds);
  });
});

describe('delete', () => {
  it('removes the selected tasks and the selected dependencies between tasks that stay, in one step', () => {
    const plan = makePlan([
      { id: 'a' },
      { id: 'b', prerequisiteIds: ['a'] },
      { id: 'c', prerequisiteIds: ['a', 'b'] },
    ]);
    const edges = [
      { source: 'a', target: 'c' },
      { source: 'b', target: 'c' },
    ];
    const next = applied(plan, deleteCommand(['b'], edges));
    expect(next.tasks.map((t) => [t.id, t.prerequisiteIds])).toEqual([
      ['a', []],
      ['c', []],
    ]);
    expect(deleteCommand([], [])).toBeNull();
    expect(deleteCommand([], edges.slice(0, 1))).toEqual({ type: 'disconnect', from: 'a', to: 'c' });
  });
});
