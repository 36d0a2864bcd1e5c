import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/engine/check-plan';
import { compilePlanModel, type PlanModel } from '../../../src/engine/model';
import { AutoScheduler, runToEnd } from '../../../src/engine/simulation-auto';
import { choicesOf, progressEvents } from '../../../src/engine/simulation-choices';
import { replaySession, SimulationSession } from '../../../src/engine/simulation-session';
import type { RunEvent } from '../../../src/engine/verdict';
import type { WitnessParts, Witnesses } from '../../../src/engine/witness';
import { makePlan } from '../../support/plan-builder';
import { smallPlan } from './small-plan.arbitrary';

const chain = makePlan([
  { id: 'a', leadId: 'b1', stage: 'drafting' },
  { id: 'b', leadId: 'b2', participantIds: ['b3'], prerequisiteIds: ['a'], stage: 'disseminating' },
  { id: 'c', leadId: 'b0', stage: 'reviewing', collectsReports: true },
  { id: 'd', leadId: 'b3', report: { toId: 'b0' }, stage: 'implementing' },
]);

/** Every assignment's status, by body then task. */
function statesOf(session: SimulationSession): Record<string, Record<string, string>> {
  return Object.fromEntries([...session.model.assignees.keys()].map((id) => [id, session.run.statuses(id)]));
}

describe('simulation session', () => {
  it('fires the events the machines allow and refuses the others, naming what is awaited', () => {
    const session = new SimulationSession(compilePlanModel(chain));
    const b2 = choicesOf(session, 'b2');
    const start = b2.find((c) => c.event.taskId === 'b' && c.event.type === 'START');
    expect(start?.allowed).toBe(false);
    expect(start && !start.allowed && start.reason.vi).toBe(
      'nhiệm vụ 2 của «Cơ quan 2» chờ kết quả nhiệm vụ 1 «Nhiệm vụ 1» của «Cơ quan 1»',
    );
    expect(session.fire({ assigneeId: 'b2', taskId: 'b', type: 'START' })).toBeNull();
    expect(session.steps).toHaveLength(0);
    for (const type of ['START', 'REPORT', 'APPROVE'] as const)
      expect(session.fire({ assigneeId: 'b1', taskId: 'a', type })?.event.type).toBe(type);
    expect(session.planStage).toBe('disseminating');
    expect(session.isDone('b1')).toBe(true);
    expect(session.steps.map((s) => s.date)).toEqual(['2024-02-03', '2024-02-04', '2024-02-05']);
    expect(choicesOf(session, 'b2').find((c) => c.event.type === 'START')?.allowed).toBe(true);
  });

  it('names the root cause when a body cannot act, and a task nobody is assigned to, in both languages', () => {
    const plan = makePlan(
      [
        { id: 'a', code: '1', leadId: 'b1' },
        { id: 'x', code: '2', leadId: null },
        { id: 'b', code: '3', leadId: 'b2', prerequisiteIds: ['x'] },
      ],
      {
        bodies: [
          { id: 'b0', name: 'Thành ủy' },
          { id: 'b1', name: 'Quận ủy Kiến An', validTo: '2023-12-31' },
          { id: 'b2', name: 'Ban Tuyên giáo' },
        ],
      },
    );
    const session = new SimulationSession(compilePlanModel(plan));
    const [inactive] = choicesOf(session, 'b1');
    expect(inactive?.allowed).toBe(false);
    expect(inactive && !inactive.allowed && inactive.reason.vi).toContain(
      '«Quận ủy Kiến An» không còn hiệu lực',
    );
    expect(inactive && !inactive.allowed && inactive.reason.en).toContain(
      '“Quận ủy Kiến An” no longer exists',
    );
    const [orphan] = choicesOf(session, 'b2');
    expect(orphan && !orphan.allowed && orphan.reason.vi).toBe(
      'nhiệm vụ 2 «Nhiệm vụ 2» không có cơ quan chủ trì hay tham gia nào thực hiện',
    );
    expect(session.fire({ assigneeId: 'b1', taskId: 'a', type: 'START' })).toBeNull();
  });

  it('offers a cancellation, which cascades to the tasks that need the result', () => {
    const session = new SimulationSession(compilePlanModel(chain));
    expect(choicesOf(session, 'b1').map((c) => c.event.type)).toEqual(['START', 'CANCEL']);
    const step = session.fire({ assigneeId: 'b1', taskId: 'a', type: 'CANCEL' });
    expect(step?.changed.sort()).toEqual(['a', 'b']);
    expect(session.status('b2', 'b')).toBe('cancelled');
    expect(choicesOf(session, 'b2')).toEqual([]);
  });

  it('runs a sound plan to the end under a seeded scheduler: every body completes, the plan too', () => {
    const session = runToEnd(new SimulationSession(compilePlanModel(chain)), 5);
    expect(session.allDone).toBe(true);
    expect(session.planStage).toBe('completed');
    expect(progressEvents(session)).toEqual([]);
  });

  it('stops a stuck plan where the verifier says it is stuck', () => {
    const plan = makePlan([
      { id: 'a', leadId: 'b1', prerequisiteIds: ['b'] },
      { id: 'b', leadId: 'b2', prerequisiteIds: ['a'] },
      { id: 'c', leadId: 'b3' },
    ]);
    const session = runToEnd(new SimulationSession(compilePlanModel(plan)), 1);
    expect(session.isDone('b3')).toBe(true);
    expect(session.isDone('b1')).toBe(false);
    const start = choicesOf(session, 'b1').find((c) => c.event.type === 'START');
    expect(start && !start.allowed && start.reason.vi).toContain('chờ kết quả nhiệm vụ 2');
  });

  it('is reproducible: the same seed gives the same steps, another seed other steps', () => {
    const model = compilePlanModel(chain);
    const one = runToEnd(new SimulationSession(model), 7).steps;
    expect(runToEnd(new SimulationSession(model), 7).steps).toEqual(one);
    const others = [8, 9, 10].map((seed) => runToEnd(new SimulationSession(model), seed).steps);
    expect(others.some((steps) => JSON.stringify(steps) !== JSON.stringify(one))).toBe(true);
  });

  it('replaying the first k steps of a log gives the states stepping reached, on any plan and seed', () => {
    fc.assert(
      fc.property(smallPlan, fc.integer(), (plan, seed) => {
        const model: PlanModel = compilePlanModel(plan);
        const session = new SimulationSession(model);
        const scheduler = new AutoScheduler(seed);
        const seen = [statesOf(session)];
        const stages = [session.planStage];
        while (scheduler.step(session)) {
          seen.push(statesOf(session));
          stages.push(session.planStage);
        }
        seen.forEach((states, k) => {
          const replayed = replaySession(model, session.steps.slice(0, k));
          expect(statesOf(replayed)).toEqual(states);
          expect(replayed.planStage).toBe(stages[k]);
          expect(replayed.steps).toEqual(session.steps.slice(0, k));
        });
      }),
      { numRuns: 60 },
    );
  });

  it('the verifier’s witness of a stuck body is accepted step by step by the machines', () => {
    fc.assert(
      fc.property(smallPlan, (plan) => {
        const { model, bodies, witnesses } = checkPlan(plan);
        for (const verdict of bodies.filter((v) => !v.completes)) {
          const witness = witnesses.runOf(verdict.assigneeId);
          const session = replaySession(
            model,
            witness.map((event) => ({ event, days: 1 })),
          );
          expect(session.steps).toHaveLength(witness.length);
          expect(session.isDone(verdict.assigneeId)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a witness told in parts, each part told once, is the same events in an order the machines accept', () => {
    fc.assert(
      fc.property(smallPlan, (plan) => {
        const { model, bodies, witnesses } = checkPlan(plan);
        for (const verdict of bodies.filter((v) => !v.completes)) {
          const run = expandParts(witnesses, witnesses.partsOf(verdict.assigneeId));
          const key = (e: RunEvent) => `${e.assigneeId}|${e.taskId}|${e.type}`;
          const whole = witnesses.runOf(verdict.assigneeId);
          expect(run.map(key).sort()).toEqual(whole.map(key).sort());
          const session = replaySession(
            model,
            run.map((event) => ({ event, days: 1 })),
          );
          expect(session.steps).toHaveLength(run.length);
          expect(session.isDone(verdict.assigneeId)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** The run a witness told in parts stands for: each part after the parts it names, an event run only once. */
function expandParts(witnesses: Witnesses, parts: WitnessParts): RunEvent[] {
  const run: RunEvent[] = [];
  const ran = new Set<string>();
  const told = new Set<number>();
  const tell = ({ after, steps }: WitnessParts) => {
    for (const n of after) {
      if (told.has(n)) continue;
      told.add(n);
      tell(witnesses.part(n));
    }
    for (const e of steps) {
      const key = `${e.assigneeId}|${e.taskId}|${e.type}`;
      if (ran.has(key)) continue;
      ran.add(key);
      run.push(e);
    }
  };
  tell(parts);
  return run;
}
