import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, record, redo, startHistory, undo, type History } from '../../../src/domain/history';
import type { Plan } from '../../../src/domain/plan';
import { applyCommand, type PlanCommand } from '../../../src/domain/plan-edit';
import { TaskSchema } from '../../../src/domain/task';
import { makePlan } from '../../support/plan-builder';

describe('history', () => {
  it('undoes and redoes one step at a time', () => {
    let h = record(record(startHistory(1), 2), 3);
    h = undo(h);
    expect(h.present).toBe(2);
    h = undo(h);
    expect(h.present).toBe(1);
    expect(undo(h)).toBe(h);
    h = redo(redo(h));
    expect(h.present).toBe(3);
    expect(redo(h)).toBe(h);
  });

  it('a new step after an undo drops the redo branch', () => {
    const h = record(undo(record(record(startHistory('a'), 'b'), 'c')), 'd');
    expect(h).toEqual({ past: ['a', 'b'], present: 'd', future: [] });
  });

  it('recording the present again adds no step', () => {
    const h = record(startHistory('a'), 'b');
    expect(record(h, 'b')).toBe(h);
  });

  it(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(5);
  });
});

const ids = ['t0', 't1', 't2', 't3'];
const anyId = fc.constantFrom(...ids);
const command: fc.Arbitrary<PlanCommand> = fc.oneof(
  fc.record({ type: fc.constant('connect' as const), from: anyId, to: anyId }),
  fc.record({ type: fc.constant('disconnect' as const), from: anyId, to: anyId }),
  fc.record({ type: fc.constant('removeTasks' as const), ids: fc.array(anyId, { maxLength: 2 }) }),
  anyId.map((id): PlanCommand => ({
    type: 'addTask',
    task: TaskSchema.parse({ id, code: id, title: `Nhiệm vụ ${id}`, stage: 'studying' }),
  })),
  fc
    .record({ id: anyId, x: fc.integer(), y: fc.integer() })
    .map(({ id, x, y }): PlanCommand => ({ type: 'moveTasks', moves: [{ id, position: { x, y } }] })),
  fc
    .record({ id: anyId, title: fc.string({ minLength: 1, maxLength: 5 }) })
    .map(({ id, title }): PlanCommand => ({ type: 'updateTask', id, changes: { title } })),
);

/** The editor's loop: apply, and record only what changed the plan. */
function run(commands: PlanCommand[]): { history: History<Plan>; states: Plan[] } {
  let history = startHistory(makePlan(ids.slice(0, 2).map((id) => ({ id }))));
  const states = [history.present];
  for (const c of commands) {
    const result = applyCommand(history.present, c);
    if (!result.ok || result.plan === history.present) continue;
    history = record(history, result.plan);
    states.push(result.plan);
  }
  return { history, states };
}

describe('undo over plan edits (property)', () => {
  it('undo after any command sequence restores each previous plan, and redo replays them', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        const { history, states } = run(commands);
        let h = history;
        for (let i = states.length - 1; i > 0; i--) {
          expect(h.present).toEqual(states[i]);
          h = undo(h);
          expect(h.present).toEqual(states[i - 1]);
        }
        expect(h.past).toEqual([]);
        for (let i = 1; i < states.length; i++) {
          h = redo(h);
          expect(h.present).toBe(states[i]);
        }
      }),
    );
  });
});
