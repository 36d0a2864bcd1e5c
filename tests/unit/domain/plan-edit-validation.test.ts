import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlanSchema } from '../../../src/domain/plan';
import { applyCommand } from '../../../src/domain/plan-edit';
import { makePlan } from '../../support/plan-builder';

const plan = makePlan([
  { id: 'a', leadId: 'b1' },
  { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
  { id: 'c', leadId: 'b3' },
]);

/** Changes a planner (or a bug) could send, valid and invalid alike. */
const change = fc.record(
  {
    code: fc.constantFrom('III.1', ''),
    title: fc.constantFrom('Nhiệm vụ', ''),
    stage: fc.constantFrom('drafting', 'reviewing', 'dancing'),
    kind: fc.constantFrom('one-off', 'ongoing', 'weekly'),
    leadId: fc.constantFrom(null, 'b2', 'Không hợp lệ'),
    position: fc.constantFrom(null, { x: 10, y: 20 }),
  },
  { requiredKeys: [] },
);

describe('applyCommand validates only what changed, with the same verdict as the whole schema', () => {
  it('agrees with PlanSchema on any task update', () => {
    fc.assert(
      fc.property(fc.constantFrom('a', 'b', 'c'), change, (id, changes) => {
        const result = applyCommand(plan, { type: 'updateTask', id, changes: changes as never });
        const whole = PlanSchema.safeParse({
          ...plan,
          tasks: plan.tasks.map((t) => (t.id === id ? { ...t, ...changes } : t)),
        });
        if (result.ok) expect(whole.success).toBe(true);
        else if (result.error.code === 'invalid') expect(whole.success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with PlanSchema on any move, including positions that are not finite numbers', () => {
    const coordinate = fc.oneof(fc.integer({ min: -500, max: 500 }), fc.double());
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c')),
        coordinate,
        coordinate,
        (ids, x, y) => {
          const moves = ids.map((id) => ({ id, position: { x, y } }));
          const result = applyCommand(plan, { type: 'moveTasks', moves });
          const whole = PlanSchema.safeParse({
            ...plan,
            tasks: plan.tasks.map((t) => (ids.includes(t.id) ? { ...t, position: { x, y } } : t)),
          });
          expect(result.ok).toBe(whole.success);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the moved task and the field when a position is not a number', () => {
    const result = applyCommand(plan, {
      type: 'moveTasks',
      moves: [{ id: 'b', position: { x: Number.NaN, y: 0 } }],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        problems: [
          {
            vi: 'tasks[1].position.x: Đầu vào không hợp lệ: mong đợi số, nhận được NaN',
            en: 'tasks[1].position.x: Invalid input: expected number, received NaN',
          },
        ],
      },
    });
  });

  it('refuses a new task whose id is already a body id, naming the path', () => {
    const task = { ...(plan.tasks[0] as (typeof plan.tasks)[number]), id: 'b1' };
    const result = applyCommand(plan, { type: 'addTask', task });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        problems: [{ vi: 'tasks[3].id: Mã "b1" bị trùng', en: 'tasks[3].id: The id “b1” is repeated' }],
      },
    });
  });
});
