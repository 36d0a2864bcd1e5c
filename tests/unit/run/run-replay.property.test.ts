import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRunEvent, replayRun, runView } from '../../../src/engine/run-replay';
import { auditEntryOf } from '../../../src/engine/run-audit';
import { restoreRun, snapshotOf, touchedBodies } from '../../../src/engine/run-snapshot';
import { initialRunState } from '../../../src/engine/run-state';
import { driveUnderWay, smallPlan, step } from '../../support/run-arbitrary';

/** Up to 50 steps of a run, at least one. */
const someSteps = fc.array(step, { minLength: 1, maxLength: 50 });

describe('replaying the log of a run', () => {
  it('from a snapshot gives the same state as from the start', () => {
    fc.assert(
      fc.property(smallPlan, someSteps, fc.nat(), (plan, steps, cut) => {
        const { run, state, log } = driveUnderWay(plan, steps);
        const at = cut % (log.length + 1);
        const early = replayRun(run, log.slice(0, at)).state;
        const stored = JSON.parse(JSON.stringify(snapshotOf(early))) as unknown;
        applyRunEvent(early, log[at] ?? log[0]!);
        const restored = restoreRun(run, stored)!;
        expect(restored.seq).toBe(at);
        for (const event of log.slice(at)) expect(applyRunEvent(restored, event)).toEqual({ ok: true });
        expect(runView(restored)).toEqual(runView(state));
        expect(restoreRun(run, { ...(stored as object), version: 0 })).toBeNull();
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it('gives the state built step by step; refused events change nothing; what is offered is accepted', () => {
    fc.assert(
      fc.property(smallPlan, fc.array(step, { minLength: 1, maxLength: 60 }), (plan, steps) => {
        const { run, state, log } = driveUnderWay(plan, steps);
        const replayed = replayRun(run, log);
        expect(replayed.refused).toEqual([]);
        expect(runView(replayed.state)).toEqual(runView(state));
        expect(log.map((e) => auditEntryOf(state, e).seq)).toEqual(log.map((_, i) => i + 1));
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it("reads each event's audit entry the same right after it and at the end: later events change no entry", () => {
    fc.assert(
      fc.property(smallPlan, fc.array(step, { minLength: 1, maxLength: 60 }), (plan, steps) => {
        const { run, state, log } = driveUnderWay(plan, steps);
        const growing = initialRunState(run);
        const atTheTime = log.map((event) => {
          expect(applyRunEvent(growing, event)).toEqual({ ok: true });
          return auditEntryOf(growing, event);
        });
        expect(log.map((e) => auditEntryOf(state, e))).toEqual(atTheTime);
        for (const entry of atTheTime)
          for (const key of entry.cascade) expect(state.assignments.get(key)?.cancelled?.seq).toBe(entry.seq);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('kept by parts (each event rewrites only the bodies it touched) restores the state the log replays to', () => {
    fc.assert(
      fc.property(smallPlan, someSteps, fc.nat(), (plan, steps, cut) => {
        const { run, state, log } = driveUnderWay(plan, steps);
        const at = 1 + (cut % log.length);
        const stored = JSON.parse(JSON.stringify(snapshotOf(replayRun(run, log.slice(0, at)).state)));
        let current = restoreRun(run, stored)!;
        for (const event of log.slice(at)) {
          expect(applyRunEvent(current, event)).toEqual({ ok: true });
          const written = JSON.parse(JSON.stringify(snapshotOf(current, touchedBodies(current, event))));
          Object.assign(stored, { ...written, bodies: { ...stored.bodies, ...written.bodies } });
          if (event.seq % 3 === 0) current = restoreRun(run, JSON.parse(JSON.stringify(stored)))!;
        }
        expect(runView(restoreRun(run, stored)!)).toEqual(runView(state));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
