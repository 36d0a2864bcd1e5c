/**
 * node --expose-gc scripts/run-cli.mjs scripts/bench-national.ts <plan file>: one national-scale row of
 * `npm run bench`, run bundled in a process of its own so that its peak memory is its own. The plan file is read
 * as `npm run verify` reads it. Prints one line of JSON: the medians (wall clock and CPU time, in ms) of
 * compiling the model, verifying the compiled model and `checkPlan` (compile, verify and every finding), the
 * memory the process holds once the plan is read, and its peak while doing what the command line does: reading
 * the file and one `checkPlan`, its report held (taken before the timed runs, which repeat the work).
 */
import { performance } from 'node:perf_hooks';
import { checkPlan } from '@rollout/core/engine/check-plan';
import { compilePlanModel, type PlanModel } from '@rollout/core/engine/model';
import { verifyBodies } from '@rollout/core/engine/verify';
import { readPlanFile } from './plan-file';

const [file = ''] = process.argv.slice(2);
const read = readPlanFile(file);
if (!read?.ok) throw new Error(`${file}: ${JSON.stringify(read?.problems.slice(0, 3))}`);
const plan = read.plan;

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const planMb = process.memoryUsage().rss / 2 ** 20;
/** What the command line does once the file is read: one `checkPlan`, its report held; the peak so far. */
function asTheCommandLine(): { stuck: number; findings: number; peakMb: number } {
  const report = checkPlan(plan);
  return {
    stuck: report.bodies.filter((b) => !b.completes).length,
    findings: report.findings.length,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
}
const { stuck, findings, peakMb } = asTheCommandLine();

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
const verify = median(() => verifyBodies(model as PlanModel), 3);
model = null;
const check = median(() => checkPlan(plan), 3);
console.log(JSON.stringify({ compile, verify, check, stuck, findings, planMb, peakMb }));
