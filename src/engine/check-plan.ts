import type { Plan } from '../domain/plan';
import type { Finding } from './finding';
import { assignmentFindings, referenceFindings, reportFindings } from './findings-structure';
import { cycleFindings, scheduleFindings } from './findings-schedule';
import { compilePlanModel, type PlanModel } from './model';
import type { BodyVerdict } from './verdict';
import { verifyBodies } from './verify';

/** Everything a reviewer needs about one plan: each body's verdict and the static findings. */
export interface PlanReport {
  planId: string;
  model: PlanModel;
  bodies: BodyVerdict[];
  findings: Finding[];
  allComplete: boolean;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function staticFindings(model: PlanModel): Finding[] {
  const plan = model.plan;
  return [
    ...referenceFindings(plan),
    ...cycleFindings(model),
    ...assignmentFindings(plan),
    ...reportFindings(plan),
    ...scheduleFindings(plan),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

export function checkPlan(plan: Plan): PlanReport {
  const model = compilePlanModel(plan);
  const bodies = verifyBodies(model);
  return {
    planId: plan.id,
    model,
    bodies,
    findings: staticFindings(model),
    allComplete: bodies.every((b) => b.completes),
  };
}
