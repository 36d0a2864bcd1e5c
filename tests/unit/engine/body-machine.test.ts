import { describe, expect, it } from 'vitest';
import { compilePlanModel } from '../../../src/engine/model';
import { PlanRun } from '../../../src/engine/plan-run';
import { makePlan } from '../../support/plan-builder';

describe('body machines in a plan run', () => {
  it('walk an assignment through start, report, return, rework and approval', () => {
    const run = new PlanRun(compilePlanModel(makePlan([{ id: 'a', leadId: 'b1' }])));
    expect(run.status('b1', 'a')).toBe('notStarted');
    expect(run.send('b1', { type: 'REPORT', task: 'a' })).toEqual([]);
    run.send('b1', { type: 'START', task: 'a' });
    run.send('b1', { type: 'REPORT', task: 'a' });
    expect(run.status('b1', 'a')).toBe('reported');
    run.send('b1', { type: 'RETURN', task: 'a', reason: 'Thiếu minh chứng' });
    expect(run.status('b1', 'a')).toBe('returned');
    expect(run.actors.get('b1')?.getSnapshot().context.notes).toEqual({ a: 'Thiếu minh chứng' });
    run.send('b1', { type: 'START', task: 'a' });
    run.send('b1', { type: 'REPORT', task: 'a' });
    run.send('b1', { type: 'APPROVE', task: 'a' });
    expect(run.status('b1', 'a')).toBe('completed');
    expect(run.isDone('b1')).toBe(true);
    run.stop();
  });

  it('refuses to start before a prerequisite result exists, then allows it', () => {
    const run = new PlanRun(
      compilePlanModel(
        makePlan([
          { id: 'a', leadId: 'b1' },
          { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
        ]),
      ),
    );
    expect(run.send('b2', { type: 'START', task: 'b' })).toEqual([]);
    for (const type of ['START', 'REPORT', 'APPROVE'] as const) run.send('b1', { type, task: 'a' });
    expect(run.send('b2', { type: 'START', task: 'b' })).toEqual(['b']);
    run.stop();
  });

  it('cancels in cascade the tasks that need a cancelled result, keeping the reason', () => {
    const run = new PlanRun(
      compilePlanModel(
        makePlan([
          { id: 'a', leadId: 'b1' },
          { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
          { id: 'c', leadId: 'b3', prerequisiteIds: ['b'] },
        ]),
      ),
    );
    run.send('b1', { type: 'CANCEL', task: 'a', reason: 'Không còn phù hợp' });
    expect(run.status('b2', 'b')).toBe('cancelled');
    expect(run.status('b3', 'c')).toBe('cancelled');
    expect(run.actors.get('b1')?.getSnapshot().context.notes).toEqual({ a: 'Không còn phù hợp' });
    expect(run.actors.get('b2')?.getSnapshot().context.notes.b).toBe('prerequisite-cancelled:a');
    expect([...run.facts.void].sort()).toEqual(['a', 'b', 'c']);
    run.stop();
  });

  it('lets a review start once every report addressed to its lead is closed, cancelled ones included', () => {
    const run = new PlanRun(
      compilePlanModel(
        makePlan([
          { id: 'r', leadId: 'b0', collectsReports: true },
          { id: 'x', leadId: 'b1', report: { toId: 'b0' } },
          { id: 'y', leadId: 'b2', report: { toId: 'b3', viaId: 'b0' } },
        ]),
      ),
    );
    expect(run.send('b0', { type: 'START', task: 'r' })).toEqual([]);
    for (const type of ['START', 'REPORT', 'APPROVE', 'DELIVER'] as const)
      run.send('b1', { type, task: 'x' });
    expect(run.send('b0', { type: 'START', task: 'r' })).toEqual([]);
    run.send('b2', { type: 'CANCEL', task: 'y', reason: 'Bỏ' });
    expect(run.send('b0', { type: 'START', task: 'r' })).toEqual(['r']);
    run.stop();
  });

  it('gives each member of a closed group its own assignment', () => {
    const model = compilePlanModel(
      makePlan([{ id: 'a', leadId: 'nhom' }], {
        groups: [{ id: 'nhom', name: 'Các quận ủy', memberIds: ['b1', 'b2'] }],
      }),
    );
    expect([...model.assignees.keys()].sort()).toEqual(['b1', 'b2']);
    expect(model.tasks.get('a')?.primary.sort()).toEqual(['b1', 'b2']);
  });
});
