import type { Plan } from '../domain/plan';
import { linkChildPlans } from './child-plans';
import type { Finding } from './finding';
import {
  approverFindings,
  childPlanFindings,
  groupFindings,
  stageOrderFindings,
  validityFindings,
} from './findings-relations';
import { assignmentFindings, referenceFindings, reportFindings } from './findings-structure';
import { cycleFindings, scheduleFindings } from './findings-schedule';
import { compilePlanModel, type PlanModel } from './model';
import type { BodyVerdict } from './verdict';
import { computeReachability, verifyBodies } from './verify';
import { Witnesses } from './witness';

export { standingOf, type PlanStanding } from './standing';

/** Everything a reviewer needs about one plan: each body's verdict and the static findings. */
export interface PlanReport {
  planId: string;
  model: PlanModel;
  bodies: BodyVerdict[];
  /** For a stuck body: the shortest run that takes it as far as it can go (made when asked for). */
  witnesses: Witnesses;
  findings: Finding[];
  /** Every assigned body can complete (caveats allowed). */
  allComplete: boolean;
}

export interface CheckOptions {
  /** Plans by id, where the child plans the plan links to are looked up. */
  plans?: ReadonlyMap<string, Plan>;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export function staticFindings(model: PlanModel): Finding[] {
  const plan = model.plan;
  return [
    ...referenceFindings(model),
    ...cycleFindings(model),
    ...groupFindings(model),
    ...childPlanFindings(model),
    ...validityFindings(model),
    ...assignmentFindings(plan),
    ...reportFindings(plan),
    ...stageOrderFindings(model),
    ...scheduleFindings(model),
    ...approverFindings(model),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Verifies a plan, its linked child plans first (found in `options.plans`), and gathers its findings. */
export function checkPlan(plan: Plan, options: CheckOptions = {}): PlanReport {
  const links = linkChildPlans(plan, options.plans ?? new Map());
  const model = compilePlanModel(plan, links);
  const reach = computeReachability(model);
  const bodies = verifyBodies(model, reach);
  return {
    planId: plan.id,
    model,
    bodies,
    witnesses: new Witnesses(model, reach),
    findings: staticFindings(model),
    allComplete: bodies.every((b) => b.completes),
  };
}
