import type { PlanReport } from '../engine/check-plan';

/** A plan's overall verdict: how many assigned bodies can get stuck, or why the check itself failed. */
export type PlanVerdict = { checked: true; stuck: number } | { checked: false; detail: string };

/** How many assigned bodies (or open groups) can get stuck. */
export function stuckCount(report: PlanReport): number {
  return report.bodies.filter((b) => !b.completes).length;
}
