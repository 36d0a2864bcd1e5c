import type { Plan } from '../../domain/plan';
import type { PlanReport } from '../../engine/check-plan';
import { defineMessages } from '../i18n/messages';

/** What a plan is, in words: shared by the library's rows and the report's header. */
export const usePlanMessages = defineMessages({
  vi: {
    kind: 'Loại',
    number: 'Số, ký hiệu',
    noNumber: 'Không số',
    issuers: 'Cơ quan ban hành',
    date: 'Ngày',
    noDate: 'Không ghi ngày',
    tasks: 'Nhiệm vụ',
    updated: 'Sửa lần cuối',
    /** "Chương trình hành động số 66-CTr/TU", or "Kế hoạch (không số)". */
    shortName: (kind: string, number: string | null) =>
      number ? `${kind} số ${number}` : `${kind} (không số)`,
    verdict: (stuck: number) => (stuck === 0 ? 'Mọi cơ quan hoàn thành được' : `${stuck} cơ quan mắc kẹt`),
    checkFailed: 'Không kiểm tra được',
  },
  en: {
    kind: 'Kind',
    number: 'Number',
    noNumber: 'No number',
    issuers: 'Issued by',
    date: 'Date',
    noDate: 'Undated',
    tasks: 'Tasks',
    updated: 'Last edited',
    shortName: (kind: string, number: string | null) =>
      number ? `${kind} No. ${number}` : `${kind} (no number)`,
    verdict: (stuck: number) =>
      stuck === 0 ? 'Every body can complete' : `${stuck} ${stuck === 1 ? 'body' : 'bodies'} stuck`,
    checkFailed: 'Could not be checked',
  },
});

export type PlanMessages = ReturnType<typeof usePlanMessages>;

/** The number as written without its "Số" prefix: "66-CTr/TU". */
export function bareNumber(plan: Plan): string | null {
  return plan.number ? plan.number.raw.replace(/^số:?\s*/iu, '') : null;
}

/** The name of a body or group of the plan, or null when the plan does not define the id. */
export function bodyName(plan: Plan, id: string): string | null {
  return plan.bodies.find((b) => b.id === id)?.name ?? plan.groups.find((g) => g.id === id)?.name ?? null;
}

/** The names of the bodies (or groups) that issued the plan, in the plan's order. */
export function issuerNames(plan: Plan): string[] {
  return plan.issuerIds.map((id) => bodyName(plan, id) ?? id);
}

/** How many assigned bodies (or open groups) can get stuck. */
export function stuckCount(report: PlanReport): number {
  return report.bodies.filter((b) => !b.completes).length;
}
