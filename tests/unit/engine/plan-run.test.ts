import { describe, expect, it } from 'vitest';
import { compilePlanModel } from '../../../src/engine/model';
import { PlanRun } from '../../../src/engine/plan-run';
import { makePlan } from '../../support/plan-builder';

describe('a plan run restored from its saved state', () => {
  const model = compilePlanModel(
    makePlan([
      { id: 'a', leadId: 'b1' },
      { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
    ]),
  );

  function savedAfterReturn() {
    const run = new PlanRun(model);
    run.send('b1', { type: 'START', task: 'a' });
    run.send('b1', { type: 'REPORT', task: 'a' });
    run.send('b1', { type: 'RETURN', task: 'a', reason: 'Thiếu minh chứng' });
    return JSON.parse(JSON.stringify(run.save())) as ReturnType<PlanRun['save']>;
  }

  it('reads statuses and notes off the snapshots, starting no actor, and saves what it was given', () => {
    const saved = savedAfterReturn();
    const restored = new PlanRun(model, saved);
    expect(restored.status('b1', 'a')).toBe('returned');
    expect(restored.note('b1', 'a')).toBe('Thiếu minh chứng');
    expect(restored.isDone('b1')).toBe(false);
    expect(restored.actors.size).toBe(0);
    expect(JSON.parse(JSON.stringify(restored.save()))).toEqual(saved);
  });

  it('starts a body from its snapshot when it is sent an event, and keeps the others in step', () => {
    const restored = new PlanRun(model, savedAfterReturn());
    expect(restored.can('b2', { type: 'START', task: 'b' })).toBe(false);
    restored.send('b1', { type: 'START', task: 'a' });
    restored.send('b1', { type: 'REPORT', task: 'a' });
    expect(restored.send('b1', { type: 'APPROVE', task: 'a' })).toContain('a');
    expect(restored.status('b1', 'a')).toBe('completed');
    expect(restored.can('b2', { type: 'START', task: 'b' })).toBe(true);
    expect([...restored.actors.keys()].sort()).toEqual(['b1', 'b2']);
  });
});
