import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../src/domain/plan';
import {
  applyCommand,
  cycleIfConnected,
  freeTaskId,
  type EditResult,
  type PlanCommand,
} from '../../../src/domain/plan-edit';
import { TaskSchema, type Task } from '../../../src/domain/task';
import { findCycles } from '../../../src/engine/cycles';
import { makePlan } from '../../support/plan-builder';

function applied(plan: Plan, command: PlanCommand): Plan {
  const result = applyCommand(plan, command);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.plan;
}

const task = (plan: Plan, id: string): Task => {
  const found = plan.tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
};

const newTask = (id: string, extra: Partial<Task> = {}): Task =>
  TaskSchema.parse({ id, code: id.toUpperCase(), title: `Nhiệm vụ ${id}`, stage: 'drafting', ...extra });

const chain = () =>
  makePlan([{ id: 'a' }, { id: 'b', prerequisiteIds: ['a'] }, { id: 'c', prerequisiteIds: ['b'] }]);

describe('connect and cycles', () => {
  it('adds the prerequisite to the dependent task', () => {
    const plan = applied(chain(), { type: 'connect', from: 'a', to: 'c' });
    expect(task(plan, 'c').prerequisiteIds).toEqual(['b', 'a']);
  });

  it('refuses a dependency that closes a cycle, naming it with each task needing the next', () => {
    const result = applyCommand(chain(), { type: 'connect', from: 'c', to: 'a' });
    expect(result).toEqual({ ok: false, error: { code: 'cycle', path: ['a', 'c', 'b', 'a'] } });
    expect(cycleIfConnected(chain(), 'b', 'a')).toEqual(['a', 'b', 'a']);
    expect(cycleIfConnected(chain(), 'a', 'c')).toBeNull();
  });

  it('refuses a task needing itself', () => {
    expect(applyCommand(chain(), { type: 'connect', from: 'a', to: 'a' })).toEqual({
      ok: false,
      error: { code: 'cycle', path: ['a', 'a'] },
    });
  });

  it('refuses a cycle made by editing the prerequisites directly', () => {
    const result = applyCommand(chain(), {
      type: 'updateTask',
      id: 'a',
      changes: { prerequisiteIds: ['c'] },
    });
    expect(result).toEqual({ ok: false, error: { code: 'cycle', path: ['a', 'c', 'b', 'a'] } });
  });

  it('changes nothing when the dependency exists or is absent', () => {
    const plan = chain();
    expect(applied(plan, { type: 'connect', from: 'a', to: 'b' })).toBe(plan);
    expect(applied(plan, { type: 'disconnect', from: 'a', to: 'c' })).toBe(plan);
  });

  it('reports unknown tasks', () => {
    expect(applyCommand(chain(), { type: 'connect', from: 'x', to: 'a' })).toEqual({
      ok: false,
      error: { code: 'unknown-task', id: 'x' },
    });
    expect(applyCommand(chain(), { type: 'disconnect', from: 'a', to: 'x' })).toEqual({
      ok: false,
      error: { code: 'unknown-task', id: 'x' },
    });
  });

  it('disconnect removes only that dependency', () => {
    const plan = applied(chain(), { type: 'disconnect', from: 'b', to: 'c' });
    expect(task(plan, 'c').prerequisiteIds).toEqual([]);
    expect(task(plan, 'b').prerequisiteIds).toEqual(['a']);
  });
});

describe('task commands', () => {
  it('adds a task with its defaults and refuses a duplicate id', () => {
    const plan = applied(chain(), { type: 'addTask', task: newTask('d') });
    expect(task(plan, 'd')).toMatchObject({ stage: 'drafting', leadId: null, position: null });
    expect(applyCommand(plan, { type: 'addTask', task: newTask('d') })).toEqual({
      ok: false,
      error: { code: 'duplicate-id', id: 'd' },
    });
  });

  it('refuses a task that would break the plan instead of throwing', () => {
    const bad = { ...newTask('e'), title: '' };
    const result = applyCommand(chain(), { type: 'addTask', task: bad });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid');
    const clash = applyCommand(chain(), { type: 'addTask', task: newTask('b0') });
    expect(!clash.ok && clash.error.code).toBe('invalid');
  });

  it('updates fields, ignoring undefined values, and keeps untouched tasks identical', () => {
    const plan = chain();
    const next = applied(plan, {
      type: 'updateTask',
      id: 'b',
      changes: { title: 'Quán triệt', leadId: undefined, stage: 'disseminating' },
    });
    expect(task(next, 'b')).toMatchObject({ title: 'Quán triệt', leadId: null, stage: 'disseminating' });
    expect(task(next, 'a')).toBe(task(plan, 'a'));
    expect(task(next, 'c')).toBe(task(plan, 'c'));
    expect(applyCommand(plan, { type: 'updateTask', id: 'zz', changes: {} })).toEqual({
      ok: false,
      error: { code: 'unknown-task', id: 'zz' },
    });
  });

  it('moves tasks; a move to where a task already is changes nothing', () => {
    const plan = applied(chain(), { type: 'moveTasks', moves: [{ id: 'a', position: { x: 10, y: 20 } }] });
    expect(task(plan, 'a').position).toEqual({ x: 10, y: 20 });
    expect(applied(plan, { type: 'moveTasks', moves: [{ id: 'a', position: { x: 10, y: 20 } }] })).toBe(plan);
    expect(applied(plan, { type: 'moveTasks', moves: [{ id: 'nope', position: { x: 0, y: 0 } }] })).toBe(
      plan,
    );
  });

  it('removes tasks and the dependencies on them', () => {
    const plan = applied(chain(), { type: 'removeTasks', ids: ['b'] });
    expect(plan.tasks.map((t) => t.id)).toEqual(['a', 'c']);
    expect(task(plan, 'c').prerequisiteIds).toEqual([]);
  });

  it('pastes copies with free ids; copies depend on copies, originals are untouched', () => {
    const plan = chain();
    const next = applied(plan, { type: 'pasteTasks', tasks: [task(plan, 'a'), task(plan, 'b')] });
    expect(next.tasks.map((t) => t.id)).toEqual(['a', 'b', 'c', 'a-2', 'b-2']);
    expect(task(next, 'b-2').prerequisiteIds).toEqual(['a-2']);
    expect(task(next, 'b').prerequisiteIds).toEqual(['a']);
    expect(task(next, 'c').prerequisiteIds).toEqual(['b']);
    const lone = applied(plan, { type: 'pasteTasks', tasks: [task(plan, 'c')] });
    expect(task(lone, 'c-2').prerequisiteIds).toEqual(['b']);
  });

  it('batches several commands into one result, or refuses them all', () => {
    const plan = chain();
    const next = applied(plan, {
      type: 'batch',
      commands: [
        { type: 'moveTasks', moves: [{ id: 'a', position: { x: 1, y: 2 } }] },
        { type: 'updateTask', id: 'a', changes: { stage: 'reviewing' } },
      ],
    });
    expect(task(next, 'a')).toMatchObject({ position: { x: 1, y: 2 }, stage: 'reviewing' });
    const refused = applyCommand(plan, {
      type: 'batch',
      commands: [
        { type: 'moveTasks', moves: [{ id: 'a', position: { x: 1, y: 2 } }] },
        { type: 'connect', from: 'c', to: 'a' },
      ],
    });
    expect(refused.ok).toBe(false);
  });
});

describe('freeTaskId', () => {
  it('slugs the base and avoids task, body, group and referenced ids', () => {
    const plan = makePlan([{ id: 'iii-2', prerequisiteIds: ['ghost'] }], {
      groups: [{ id: 'nhom', name: 'Nhóm' }],
    });
    expect(freeTaskId(plan, 'III.2')).toBe('iii-2-2');
    expect(freeTaskId(plan, 'IV.1')).toBe('iv-1');
    expect(freeTaskId(plan, 'b0')).toBe('b0-2');
    expect(freeTaskId(plan, 'nhom')).toBe('nhom-2');
    expect(freeTaskId(plan, 'ghost')).toBe('ghost-2');
    expect(freeTaskId(plan, 'Đ')).toBe('t');
  });
});

describe('plan, bodies and groups', () => {
  it('updates plan metadata', () => {
    expect(applied(chain(), { type: 'updatePlan', changes: { title: 'Mới' } }).title).toBe('Mới');
    const empty = applyCommand(chain(), { type: 'updatePlan', changes: { title: '' } });
    expect(!empty.ok && empty.error.code).toBe('invalid');
  });

  it('adds and replaces bodies and groups; an id taken by the other kind is refused', () => {
    let plan = applied(chain(), { type: 'putBody', body: { ...chain().bodies[0]!, name: 'Ban Tuyên giáo' } });
    expect(plan.bodies[0]?.name).toBe('Ban Tuyên giáo');
    plan = applied(plan, {
      type: 'putGroup',
      group: { id: 'g', name: 'Các đảng ủy', memberIds: ['b1'], open: false },
    });
    expect(plan.groups).toHaveLength(1);
    expect(
      applyCommand(plan, { type: 'putGroup', group: { id: 'b1', name: 'x', memberIds: [], open: false } }),
    ).toEqual({ ok: false, error: { code: 'duplicate-id', id: 'b1' } });
    const badBody = applyCommand(plan, { type: 'putBody', body: { ...plan.bodies[0]!, id: 'Không hợp lệ' } });
    expect(!badBody.ok && badBody.error.code).toBe('invalid');
  });

  it('refuses to remove a body a task still names, and drops it from groups otherwise', () => {
    const plan = makePlan(
      [
        { id: 'a', leadId: 'b1' },
        { id: 'b', adoptedById: 'b2' },
      ],
      { groups: [{ id: 'g', name: 'Nhóm', memberIds: ['b1', 'b3'] }] },
    );
    expect(applyCommand(plan, { type: 'removeBody', id: 'b1' })).toEqual({
      ok: false,
      error: { code: 'in-use', id: 'b1', taskIds: ['a'] },
    });
    expect(applyCommand(plan, { type: 'removeBody', id: 'b2' })).toEqual({
      ok: false,
      error: { code: 'in-use', id: 'b2', taskIds: ['b'] },
    });
    const next = applied(plan, { type: 'removeBody', id: 'b3' });
    expect(next.bodies.map((b) => b.id)).toEqual(['b0', 'b1', 'b2']);
    expect(next.groups[0]?.memberIds).toEqual(['b1']);
    expect(applied(next, { type: 'removeGroup', id: 'g' }).groups).toEqual([]);
  });

  it("takes a removed body out of the plan's issuers, focal body, recipients and signers, leaving no dangling id", () => {
    const plan = makePlan([], {
      issuerIds: ['b0', 'b3'],
      focalBodyId: 'b3',
      recipients: [{ name: 'Ban Tuyên giáo', bodyId: 'b3', purpose: 'thuc-hien' }],
      signers: [{ capacity: 'T/M', title: 'Bí thư', name: 'Nguyễn Văn A', bodyId: 'b3' }],
    });
    const next = applied(plan, { type: 'removeBody', id: 'b3' });
    expect(next.issuerIds).toEqual(['b0']);
    expect(next.focalBodyId).toBeNull();
    expect(next.recipients).toEqual([{ name: 'Ban Tuyên giáo', bodyId: null, purpose: 'thuc-hien' }]);
    expect(next.signers[0]).toMatchObject({ name: 'Nguyễn Văn A', bodyId: null });
    expect(JSON.stringify(next)).not.toContain('"b3"');
    expect(applied(next, { type: 'removeBody', id: 'b2' }).issuerIds).toEqual(['b0']);
    expect(applyCommand(next, { type: 'removeBody', id: 'b0' })).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        problems: [
          {
            vi: 'issuerIds: Kế hoạch cần ít nhất một cơ quan ban hành',
            en: 'issuerIds: A plan needs at least one issuing body',
          },
        ],
      },
    });
  });
});

/** Random commands over a small pool of task ids, valid or not. */
const ids = ['t0', 't1', 't2', 't3', 't4', 't5'];
const anyId = fc.constantFrom(...ids);
const command: fc.Arbitrary<PlanCommand> = fc.oneof(
  fc.record({ type: fc.constant('connect' as const), from: anyId, to: anyId }),
  fc.record({ type: fc.constant('disconnect' as const), from: anyId, to: anyId }),
  fc.record({ type: fc.constant('removeTasks' as const), ids: fc.array(anyId, { maxLength: 2 }) }),
  anyId.map((id): PlanCommand => ({ type: 'addTask', task: newTask(id) })),
  fc
    .record({ id: anyId, prerequisiteIds: fc.array(anyId, { maxLength: 3 }) })
    .map(({ id, prerequisiteIds }): PlanCommand => ({
      type: 'updateTask',
      id,
      changes: { prerequisiteIds },
    })),
  fc
    .array(anyId, { minLength: 1, maxLength: 3 })
    .map((pick): PlanCommand => ({ type: 'pasteTasks', tasks: pick.map((id) => newTask(id)) })),
  fc
    .record({ id: anyId, x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) })
    .map(({ id, x, y }): PlanCommand => ({ type: 'moveTasks', moves: [{ id, position: { x, y } }] })),
);

const startPlan = () => makePlan(ids.slice(0, 4).map((id) => ({ id })));

function cyclesOf(plan: Plan): string[][] {
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  return findCycles(byId.keys(), (id) => byId.get(id)?.prerequisiteIds ?? []);
}

describe('properties', () => {
  it('no sequence of commands yields a plan whose prerequisites form a cycle', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        let plan = startPlan();
        for (const c of commands) {
          const result: EditResult = applyCommand(plan, c);
          if (result.ok) plan = result.plan;
          else if (c.type === 'connect' && result.error.code === 'cycle') {
            expect(result.error.path[0]).toBe(c.to);
            expect(result.error.path.at(-1)).toBe(c.to);
          }
          expect(cyclesOf(plan)).toEqual([]);
        }
      }),
    );
  });

  it('a connect is refused exactly when it would close a cycle', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 15 }), anyId, anyId, (commands, from, to) => {
        let plan = startPlan();
        for (const c of commands) {
          const result = applyCommand(plan, c);
          if (result.ok) plan = result.plan;
        }
        const known = plan.tasks.some((t) => t.id === from) && plan.tasks.some((t) => t.id === to);
        fc.pre(known);
        const result = applyCommand(plan, { type: 'connect', from, to });
        const forced = plan.tasks.map((t) =>
          t.id === to ? { ...t, prerequisiteIds: [...t.prerequisiteIds, from] } : t,
        );
        const wouldCycle = cyclesOf({ ...plan, tasks: forced }).length > 0;
        expect(result.ok).toBe(!wouldCycle);
      }),
    );
  });
});
