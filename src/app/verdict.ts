import type { PlanReport } from '../engine/check-plan';
import { standingOf, type PlanStanding } from '../engine/standing';

/** A plan's overall standing for its badge (green only when proven), with the counts its label names. */
export interface Standing {
  standing: PlanStanding;
  stuck: number;
  errors: number;
}

/** A plan's overall verdict, or why the check itself failed. */
export type PlanVerdict = ({ checked: true } & Standing) | { checked: false; detail: string };

export function standingFrom(report: PlanReport): Standing {
  return {
    standing: standingOf(report),
    stuck: report.bodies.filter((b) => !b.completes).length,
    errors: report.findings.filter((f) => f.severity === 'error').length,
  };
}
