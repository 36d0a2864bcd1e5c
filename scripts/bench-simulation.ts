/**
 * The simulation studio's step for `npm run bench`: one event fired in a session over the largest seed plan
 * of workflows/, with what the Play view asks of the engine after it (the seeded scheduler's next choice and
 * the events the body's machine allows or refuses, with reasons). Target ≤ 16 ms of main-thread work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Plan } from '@rollout/core/domain/plan';
import { parsePlanJson } from '@rollout/core/domain/plan-parse';
import { compilePlanModel } from '@rollout/core/engine/model';
import { AutoScheduler } from '@rollout/core/engine/simulation-auto';
import { choicesOf } from '@rollout/core/engine/simulation-choices';
import { SimulationSession } from '@rollout/core/engine/simulation-session';
import type { Row } from './bench-forecast';

function largestSeedPlan(): [string, Plan] {
  const plans = readdirSync('workflows')
    .filter((f) => f.endsWith('.plan.json'))
    .flatMap((f): Array<[string, Plan]> => {
      const parsed = parsePlanJson(readFileSync(`workflows/${f}`, 'utf8'));
      return parsed.ok ? [[f, parsed.plan]] : [];
    });
  return plans.sort((a, b) => b[1].tasks.length - a[1].tasks.length)[0] as [string, Plan];
}

export function simulationStepRows(ms: (v: number) => string): Row[] {
  const [file, plan] = largestSeedPlan();
  const model = compilePlanModel(plan);
  const samples: number[] = [];
  for (let seed = 1; seed <= 5; seed++) {
    const session = new SimulationSession(model);
    const scheduler = new AutoScheduler(seed);
    for (;;) {
      const start = performance.now();
      const step = scheduler.step(session);
      if (step) choicesOf(session, step.event.assigneeId);
      if (!step) break;
      samples.push(performance.now() - start);
    }
    session.stop();
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number;
  return [
    [
      `Chạy thử: một bước, ${file.replace('.plan.json', '')} (${plan.tasks.length} nv)`,
      ms(at(0.5)),
      String(samples.length),
      '≤ 16 ms',
    ],
    ['  bước chậm nhất trong 99% bước', ms(at(0.99)), String(samples.length), ''],
  ];
}
