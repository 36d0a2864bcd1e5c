import type { PlanStanding } from '../engine/check-plan';

/** A plan's overall standing for its badge (green only when proven), with the counts its label names. */
export interface Standing {
  standing: PlanStanding;
  stuck: number;
  errors: number;
}

/** A plan's overall verdict, or why the check itself failed. */
export type PlanVerdict = ({ checked: true } & Standing) | { checked: false; detail: string };
