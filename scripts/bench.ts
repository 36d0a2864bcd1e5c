/**
 * npm run bench [-- --oracle] [-- --no-national]: times the verifier, a seeded simulation and the forecast,
 * and prints a table of medians. Targets: 1,000 bodies verified in ≤ 100 ms; a 200-body simulation in
 * ≤ 300 ms; at national scale (50,000 bodies × 5 tasks, each shape of `national-shapes.ts`, also printed at
 * 5,000) compile + verify ≤ 1 s, `checkPlan` ≤ 2 s, peak memory ≤ 400 MB, and a 100,000-task stuck chain
 * verified and explained; `npm run verify` prints a few hundred KB for a stuck chain of 5,000 bodies.
 * `--oracle` adds the oracle rows (about two minutes; at 6 bodies the verifier ≥ 1,000× faster);
 * `--no-national` (or BENCH_NATIONAL=0) leaves out the national rows. The forecast's rows come from
 * `bench-forecast.ts`; importing the largest seed document (≈ 33 KB) takes ≤ 50 ms; a 10,000-event run
 * replayed (opened) in ≤ 200 ms and an action on screen in ≤ 50 ms (`bench-runs.ts`); one step of the studio's
 * Play view ≤ 16 ms (`bench-simulation.ts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { checkPlan } from '@rollout/core/engine/check-plan';
import { compilePlanModel } from '@rollout/core/engine/model';
import { runOracle } from '@rollout/core/engine/oracle';
import { simulate } from '@rollout/core/engine/simulate';
import { verifyBodies } from '@rollout/core/engine/verify';
import { forecastRows } from './bench-forecast';
import { simulationStepRows } from './bench-simulation';
import { nationalRows } from './bench-national-rows';
import type { Plan } from '@rollout/core/domain/plan';
import { directoryFromPlans, importPlanText } from '@rollout/core/documents';
import { syntheticPlan } from './synthetic-plan';
import { printRows, ms, time, type Row } from './bench-timing';
import { runRows } from './bench-runs';

const SEEDS = 'tests/data/seeds';

const rows: Row[] = [];

for (const bodies of [10, 100, 1000]) {
  const plan = syntheticPlan(bodies, 5);
  const verify = time(21, () => verifyBodies(compilePlanModel(plan)));
  rows.push([
    `Bộ kiểm chứng, ${bodies} cơ quan × 5 nhiệm vụ`,
    ms(verify),
    '21',
    bodies === 1000 ? '≤ 100 ms' : '',
  ]);
  const full = time(11, () => checkPlan(plan));
  rows.push([`  cả phát hiện tĩnh (checkPlan), ${bodies} cơ quan`, ms(full), '11', '']);
}

const simPlan = syntheticPlan(200, 5);
const firstStart = performance.now();
simulate(compilePlanModel(simPlan), { seed: 0 });
const first = performance.now() - firstStart;
const simModel = compilePlanModel(simPlan);
let events = 0;
let seed = 0;
const sim = time(11, () => {
  events = simulate(simModel, { seed: ++seed }).trace.length;
});
rows.push([`Mô phỏng có seed, 200 cơ quan × 5 nhiệm vụ (${events} sự kiện)`, ms(sim), '11', '≤ 300 ms']);
rows.push(['  lần đầu, gồm biên dịch mô hình và dựng 200 máy', ms(first), '1', '']);

rows.push(...runRows(time));
rows.push(...simulationStepRows(ms));
rows.push(...forecastRows(time, ms));
const largest = readdirSync(SEEDS)
  .map((f) => join(SEEDS, f))
  .sort((a, b) => statSync(b).size - statSync(a).size)[0] as string;
const seedText = readFileSync(largest, 'utf8');
const seedDirectory = directoryFromPlans(
  readdirSync('workflows')
    .filter((f) => f.endsWith('.plan.json'))
    .map((f) => JSON.parse(readFileSync(join('workflows', f), 'utf8')) as Plan),
);
const importing = time(31, () => importPlanText(seedText, { directory: seedDirectory }));
rows.push([
  `Nhập văn bản mẫu lớn nhất (${Math.round(seedText.length / 1000)} nghìn ký tự) thành bản nháp`,
  ms(importing),
  '31',
  '≤ 50 ms',
]);

const args = process.argv.slice(2);
let ratio = 0;
if (args.includes('--oracle')) {
  for (const bodies of [4, 5, 6]) {
    const plan = syntheticPlan(bodies, 1, 0);
    const model = compilePlanModel(plan);
    const runs = bodies === 6 ? 1 : 3;
    let states = 0;
    const oracle = time(runs, () => {
      states = runOracle(model).states;
    });
    const verify = time(101, () => verifyBodies(compilePlanModel(plan)));
    rows.push([
      `Oracle (xstate/graph), ${bodies} cơ quan, ${states} trạng thái`,
      ms(oracle),
      String(runs),
      '',
    ]);
    rows.push([`Bộ kiểm chứng, cùng kế hoạch ${bodies} cơ quan`, ms(verify), '101', '']);
    if (bodies === 6) ratio = oracle / verify;
  }
}

if (!args.includes('--no-national') && process.env['BENCH_NATIONAL'] !== '0') rows.push(...nationalRows(ms));

printRows(rows);
if (ratio > 0) {
  console.log(
    `\nTỉ lệ oracle / bộ kiểm chứng ở 6 cơ quan: ${Math.round(ratio)} lần (mục tiêu: ít nhất 1000 lần)`,
  );
}
