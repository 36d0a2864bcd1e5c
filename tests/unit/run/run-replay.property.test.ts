import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuerApproves } from '../../../src/engine/run-roles';
import { replayRun, runView } from '../../../src/engine/run-replay';
import { drive, smallPlan, step } from '../../support/run-arbitrary';

describe('replaying the log of a run', () => {
  it('gives the state built step by step; refused events change nothing; what is offered is accepted', () => {
    fc.assert(
      fc.property(smallPlan, fc.array(step, { minLength: 1, maxLength: 60 }), (plan, steps) => {
        const { run, state, log } = drive(plan, [{ ...steps[0]!, actor: 0, offered: true }, ...steps]);
        const replayed = replayRun(run, log, issuerApproves(plan));
        expect(replayed.refused).toEqual([]);
        expect(runView(replayed.state)).toEqual(runView(state));
        expect(state.audit.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
