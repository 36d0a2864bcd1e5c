import { describe, expect, it } from 'vitest';
import { compilePlanModel } from '../../../src/engine/model';
import { AutoScheduler } from '../../../src/engine/simulation-auto';
import { choicesOf } from '../../../src/engine/simulation-choices';
import { SimulationLog } from '../../../src/engine/simulation-log';
import { makePlan } from '../../support/plan-builder';

const plan = makePlan([
  { id: 'a', leadId: 'b1' },
  { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
  { id: 'c', leadId: 'b3' },
]);

function played(seed: number): SimulationLog {
  const log = new SimulationLog(compilePlanModel(plan));
  const scheduler = new AutoScheduler(seed);
  for (let next = scheduler.next(log.session); next; next = scheduler.next(log.session))
    log.fire(next.event, next.days);
  return log;
}

describe('simulation log', () => {
  it('goes back to any step and forward again along the same line', () => {
    const log = played(3);
    const line = log.line;
    expect(log.session.allDone).toBe(true);
    log.goTo(3);
    expect(log.at).toBe(3);
    expect(log.session.steps).toEqual(line.slice(0, 3));
    expect(log.line).toBe(line);
    log.goTo(line.length);
    expect(log.session.allDone).toBe(true);
  });

  it('firing the next step of the line again keeps the line; another event branches, and return restores it', () => {
    const log = played(3);
    const line = log.line;
    log.goTo(0);
    expect(log.fire(line[0]!.event)).not.toBeNull();
    expect(log.kept).toBeNull();
    expect(log.line).toBe(line);
    log.goTo(3);
    const event = ['b1', 'b2', 'b3']
      .flatMap((b) => choicesOf(log.session, b))
      .find((c) => c.allowed && c.event.type === 'CANCEL')!.event;
    expect(log.fire(event)).not.toBeNull();
    expect(log.line).toHaveLength(4);
    expect(log.kept).toEqual({ from: 3, steps: line.slice(3) });
    log.returnToKept();
    expect(log.line).toEqual(line);
    expect(log.at).toBe(line.length);
    expect(log.kept?.steps.map((s) => s.event)).toEqual([event]);
    log.returnToKept();
    expect(log.line.map((s) => s.event)).toEqual([...line.slice(0, 3).map((s) => s.event), event]);
  });

  it('resets to the start with an empty log', () => {
    const log = played(4);
    log.reset();
    expect(log.at).toBe(0);
    expect(log.line).toEqual([]);
    expect(log.session.planStage).toBe('implementing');
  });
});
