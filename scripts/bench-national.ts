/**
 * tsx --expose-gc scripts/bench-national.ts <shape> <bodies>: one national-scale row of `npm run bench`,
 * run in a process of its own so that its peak memory is its own. Prints one line of JSON: the medians of
 * compile + verify and of `checkPlan` (every finding), the memory the plan itself holds, and the peak.
 */
import { performance } from 'node:perf_hooks';
import { checkPlan } from '@rollout/core/engine/check-plan';
import { compilePlanModel } from '@rollout/core/engine/model';
import { verifyBodies } from '@rollout/core/engine/verify';
import { chainPlan, nationalPlan, NATIONAL_SHAPES, type NationalShape } from './national-shapes';

const [shape = 'plain', size = '50000'] = process.argv.slice(2);
const n = Number(size);
if (shape !== 'chain' && !NATIONAL_SHAPES.includes(shape as NationalShape)) throw new Error(shape);
const plan = shape === 'chain' ? chainPlan(n, true) : nationalPlan(shape as NationalShape, n);

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const planMb = process.memoryUsage().rss / 2 ** 20;

function median(fn: () => void, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc?.();
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

let stuck = 0;
const verify = median(() => {
  stuck = verifyBodies(compilePlanModel(plan)).filter((b) => !b.completes).length;
}, 3);
let findings = 0;
const check = median(() => {
  findings = checkPlan(plan).findings.length;
}, 3);
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ verify, check, stuck, findings, planMb, peakMb }));
