import type { Plan } from '../../domain/plan';
import { checkPlan, type PlanReport } from '../../engine/check-plan';
import type { Finding } from '../../engine/finding';

/** A finding with its refs sorted into tasks and assignable bodies/groups, so a panel can jump to them. */
export interface LiveFinding extends Finding {
  taskIds: string[];
  bodyIds: string[];
}

/**
 * What the editor shows while a plan is being edited: a `PlanReport` without its compiled `model`
 * (which holds Maps and the whole plan), so it crosses a worker boundary as plain data.
 */
export interface LiveReport {
  planId: string;
  bodies: PlanReport['bodies'];
  findings: LiveFinding[];
  allComplete: boolean;
}

export interface VerifyRequest {
  seq: number;
  plan: Plan;
  /** The library's plans by id, where the plan's child plans are looked up. */
  plans?: ReadonlyMap<string, Plan>;
}

export interface VerifyResponse {
  seq: number;
  report: LiveReport;
}

export function toLiveReport(report: PlanReport): LiveReport {
  const plan = report.model.plan;
  const tasks = new Set(plan.tasks.map((t) => t.id));
  const bodies = new Set([...plan.bodies.map((b) => b.id), ...plan.groups.map((g) => g.id)]);
  return {
    planId: report.planId,
    bodies: report.bodies,
    findings: report.findings.map((f) => ({
      ...f,
      taskIds: f.refs.filter((r) => tasks.has(r)),
      bodyIds: f.refs.filter((r) => bodies.has(r)),
    })),
    allComplete: report.allComplete,
  };
}

/** The worker's whole job: check the plan it was sent and answer with the same sequence number. */
export function answerVerifyRequest(request: VerifyRequest): VerifyResponse {
  return { seq: request.seq, report: toLiveReport(checkPlan(request.plan, { plans: request.plans })) };
}

/** Only the answer to the newest request counts; older ones arrive late and are dropped. */
export function isCurrentResponse(response: VerifyResponse, latestSeq: number): boolean {
  return response.seq === latestSeq;
}
