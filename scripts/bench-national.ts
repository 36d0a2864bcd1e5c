/**
 * node --expose-gc scripts/run-cli.mjs scripts/bench-national.ts <shape> <bodies>: one national-scale row of
 * `npm run bench`, run bundled in a process of its own so that its peak memory is its own. Prints one line
 * of JSON: the medians (wall clock and CPU time, in ms) of compiling the model, verifying the compiled model
 * and `checkPlan` (compile, verify and every finding), the memory the plan itself holds and the peak.
 */
import { performance } from 'node:perf_hooks';
import { checkPlan } from '@rollout/core/engine/check-plan';
import { compilePlanModel, type PlanModel } from '@rollout/core/engine/model';
import { verifyBodies } from '@rollout/core/engine/verify';
import { chainPlan, nationalPlan, NATIONAL_SHAPES, type NationalShape } from './national-shapes';

const [shape = 'plain', size = '50000'] = process.argv.slice(2);
const n = Number(size);
if (shape !== 'chain' && !NATIONAL_SHAPES.includes(shape as NationalShape)) throw new Error(shape);
const plan = shape === 'chain' ? chainPlan(n, true) : nationalPlan(shape as NationalShape, n);

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const planMb = process.memoryUsage().rss / 2 ** 20;

/**
 * Median wall-clock and CPU milliseconds of `runs` calls; `drop` lets go of the previous call's result before
 * the collection that precedes each call, so that no two results are held at once (the command line makes one).
 */
function median(fn: () => void, runs: number, drop = () => {}): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    drop();
    gc?.();
    const startCpu = process.cpuUsage();
    const start = performance.now();
    fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  const mid = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
  return { wall: mid(wall), cpu: mid(cpu) };
}

let model: PlanModel | null = null;
const compile = median(
  () => {
    model = compilePlanModel(plan);
  },
  3,
  () => (model = null),
);
let stuck = 0;
const verify = median(() => {
  stuck = verifyBodies(model as PlanModel).filter((b) => !b.completes).length;
}, 3);
model = null;
let findings = 0;
const check = median(() => {
  findings = checkPlan(plan).findings.length;
}, 3);
const peakMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ compile, verify, check, stuck, findings, planMb, peakMb }));
