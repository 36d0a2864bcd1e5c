import { formatDateVi } from '../domain/date';
import { PLAN_KIND_LABELS, type Plan } from '../domain/plan';
import type { PlanReport } from '../engine/check-plan';

/** "Số 66-CTr/TU" as written, or "Không số". */
export function planNumberText(plan: Plan): string {
  return plan.number?.raw ?? 'Không số';
}

/** dd/mm/yyyy, or a note that the document has no date. */
export function planDateText(plan: Plan): string {
  return plan.date ? formatDateVi(plan.date) : 'Không ghi ngày';
}

/** How the document is cited: "Chương trình hành động số 66-CTr/TU", or "Kế hoạch (không số)". */
export function planShortName(plan: Plan): string {
  const kind = PLAN_KIND_LABELS[plan.kind];
  if (!plan.number) return `${kind} (không số)`;
  const bare = plan.number.raw.replace(/^số\s*/iu, '');
  return `${kind} số ${bare}`;
}

/** Number of assigned bodies (or open groups) that can get stuck. */
export function stuckCount(report: PlanReport): number {
  return report.bodies.filter((b) => !b.completes).length;
}

/** The overall verdict in words: "Mọi cơ quan hoàn thành được" / "2 cơ quan mắc kẹt". */
export function overallVerdictText(report: PlanReport): string {
  const stuck = stuckCount(report);
  return stuck === 0 ? 'Mọi cơ quan hoàn thành được' : `${stuck} cơ quan mắc kẹt`;
}
