import type { Plan } from '../domain/plan';
import { checkPlan, type PlanReport } from '../engine/check-plan';
import type { InvalidPlanFile, PlanFile } from './seed-plans';

export interface CheckedPlan {
  file: string;
  plan: Plan;
  report: PlanReport;
}

export interface CheckedPlans {
  checked: CheckedPlan[];
  /** Plans that passed the schema but that the checker could not process: shown, never a crash. */
  failed: InvalidPlanFile[];
}

/** Run the checker on each plan once; callers memoise the result. */
export function checkPlans(files: readonly PlanFile[]): CheckedPlans {
  const checked: CheckedPlan[] = [];
  const failed: InvalidPlanFile[] = [];
  for (const { file, plan } of files) {
    try {
      checked.push({ file, plan, report: checkPlan(plan) });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      failed.push({
        file,
        problems: [{ path: '(gốc)', message: `Không kiểm tra được kế hoạch: ${detail}` }],
      });
    }
  }
  return { checked, failed };
}
