import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/domain/stage';
import { planMachineOutlines, type OutlineState } from '../../../src/engine/machine-outline';
import { makePlan } from '../../support/plan-builder';

function child(state: OutlineState, key: string): OutlineState {
  const found = state.states.find((s) => s.key === key);
  if (!found) throw new Error(`no state ${key} under ${state.path || 'root'}`);
  return found;
}

const plan = makePlan([
  { id: 't1', code: 'III.1', leadId: 'b0' },
  { id: 't2', code: 'III.2', leadId: 'b0', participantIds: ['b1'], prerequisiteIds: ['t1'] },
]);

describe('planMachineOutlines', () => {
  const outlines = planMachineOutlines(plan);

  it('outlines one machine per assigned body, with a parallel region per assignment', () => {
    expect(outlines.bodies.map((b) => [b.assigneeId, b.outline.id])).toEqual([
      ['b0', 'body-b0'],
      ['b1', 'body-b1'],
    ]);
    const root = outlines.bodies[0]?.outline.root as OutlineState;
    expect(root.type).toBe('parallel');
    expect(root.states.map((s) => s.key)).toEqual(['t1', 't2']);
    expect(child(root, 't2').initial).toBe('notStarted');
    expect(child(root, 't2').states.map((s) => [s.key, s.type])).toEqual([
      ['notStarted', 'atomic'],
      ['inProgress', 'atomic'],
      ['reported', 'atomic'],
      ['returned', 'atomic'],
      ['completed', 'final'],
      ['cancelled', 'final'],
    ]);
  });

  it('keeps each transition with its event, target, named guard and the guard params', () => {
    const notStarted = child(child(outlines.bodies[0]?.outline.root as OutlineState, 't2'), 'notStarted');
    expect(notStarted.transitions).toContainEqual({
      event: 'START',
      targets: ['t2.inProgress'],
      guard: { name: 'canStart', params: { task: 't2' } },
      actions: [],
    });
    expect(notStarted.transitions).toContainEqual({
      event: null,
      targets: ['t2.cancelled'],
      guard: { name: 'prerequisiteVoid', params: { task: 't2' } },
      actions: [{ name: 'noteCascade', params: { task: 't2' } }],
    });
    expect(notStarted.transitions).toContainEqual({
      event: 'CANCEL',
      targets: ['t2.cancelled'],
      guard: { name: 'isTask', params: { task: 't2' } },
      actions: [{ name: 'noteEvent', params: {} }],
    });
  });

  it('shows the targetless FACTS transition on the body root', () => {
    const root = outlines.bodies[1]?.outline.root as OutlineState;
    expect(root.transitions).toEqual([
      { event: 'FACTS', targets: [], guard: null, actions: [{ name: 'learnFacts', params: {} }] },
    ]);
  });

  it('outlines the plan machine: the five stages in order, each closed by stageClosed', () => {
    const root = outlines.plan.root;
    expect(outlines.plan.id).toBe('plan');
    expect(root.initial).toBe('drafting');
    expect(root.states.map((s) => s.key)).toEqual([...STAGES, 'completed']);
    const reviewing = child(root, 'reviewing');
    expect(reviewing.transitions).toEqual([
      {
        event: null,
        targets: ['completed'],
        guard: { name: 'stageClosed', params: { stage: 'reviewing' } },
        actions: [],
      },
    ]);
  });

  it('is plain data that survives JSON', () => {
    expect(JSON.parse(JSON.stringify(outlines))).toEqual(outlines);
  });
});
