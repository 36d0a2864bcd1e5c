/**
 * Forecast benchmarks for `npm run bench`: 1,000 Monte Carlo runs of each seed plan in workflows/ (target
 * ≤ 2 s), and a what-if on a 200-body plan reflected in verdicts, forecast and comparison (target ≤ 300 ms),
 * with its process CPU time beside the wall clock (the machine is often shared).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { vietnamCalendar } from '@rollout/core/calendar/vietnam-holidays';
import { PlanFileSchema } from '@rollout/core/domain/plan-format';
import { forecastPlan, isRefusal } from '@rollout/core/engine/forecast';
import type { Forecast, ForecastOptions } from '@rollout/core/engine/forecast-types';
import { compilePlanModel } from '@rollout/core/engine/model';
import { verifyBodies } from '@rollout/core/engine/verify';
import { delayBody, scenarioOf, verdictPlan, type Scenario } from '@rollout/core/engine/what-if';
import { compareWhatIf } from '@rollout/core/engine/what-if-compare';
import { syntheticPlan } from './synthetic-plan';

export type Row = [name: string, medianMs: string, runs: string, target: string];
type Timer = (runs: number, fn: () => void) => number;

const calendar = vietnamCalendar(2023, 2027);

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function forecastOf(scenario: Scenario, options: ForecastOptions): Forecast {
  const result = forecastPlan(scenario.plan, { calendar, ...options, adjustments: scenario.adjustments });
  if (isRefusal(result)) throw new Error(result.refused.vi);
  return result;
}

export function forecastRows(time: Timer, ms: (v: number) => string): Row[] {
  const rows: Row[] = [];
  for (const file of readdirSync('workflows')
    .filter((f) => f.endsWith('.plan.json'))
    .sort()) {
    const plan = PlanFileSchema.parse(JSON.parse(readFileSync(`workflows/${file}`, 'utf8')));
    const median = time(5, () => forecastOf(scenarioOf(plan), { runs: 1000 }));
    rows.push([
      `Dự báo 1.000 lần, ${file.replace('.plan.json', '')} (${plan.tasks.length} nv)`,
      ms(median),
      '5',
      '≤ 2000 ms',
    ]);
  }
  const big = syntheticPlan(200, 5);
  for (const runs of [1000, 200]) {
    const before = forecastOf(scenarioOf(big), { runs });
    const verdicts = verifyBodies(compilePlanModel(big));
    let delayed = 0;
    const cpu: number[] = [];
    const median = time(5, () => {
      const used = process.cpuUsage();
      const scenario = delayBody(scenarioOf(big), `co-quan-${++delayed % 200}`, { by: 1, unit: 'months' });
      const after = verifyBodies(compilePlanModel(verdictPlan(scenario)));
      compareWhatIf(before, forecastOf(scenario, { runs }), { before: verdicts, after });
      const { user, system } = process.cpuUsage(used);
      cpu.push((user + system) / 1000);
    });
    rows.push([
      `Giả định (lùi 1 cơ quan 1 tháng), 200 cơ quan × 5 nv: kết luận + dự báo ${runs} lần + so sánh`,
      ms(median),
      '5',
      runs === 1000 ? '≤ 300 ms' : '',
    ]);
    rows.push(['  thời gian CPU của tiến trình (ít chịu ảnh hưởng khi máy bận)', ms(medianOf(cpu)), '6', '']);
  }
  return rows;
}
