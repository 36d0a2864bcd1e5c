import { PLAN_KIND_LABELS, type Plan, type PlanKind } from '../../domain/plan';
import { standingOf, type PlanReport, type PlanStanding } from '../../engine/check-plan';
import { defineMessages } from '../i18n/messages';

const EN_KIND_LABELS: Record<PlanKind, string> = {
  'ke-hoach': 'Plan',
  'chuong-trinh': 'Programme',
  'chuong-trinh-hanh-dong': 'Action programme',
  'chuong-trinh-phoi-hop': 'Joint programme',
  'huong-dan': 'Guidance',
  'de-an': 'Scheme',
};

/** What a plan is, in words: shared by the library's rows and the report's header. */
export const usePlanMessages = defineMessages({
  vi: {
    kinds: PLAN_KIND_LABELS,
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
    verdict: ({ standing, stuck, errors }: PlanVerdict) =>
      ({
        proven: 'Mọi cơ quan hoàn thành được',
        conditional: 'Mọi cơ quan hoàn thành được, có điều kiện',
        errors: `Không cơ quan nào mắc kẹt, nhưng có ${errors} phát hiện mức lỗi`,
        stuck: `${stuck} cơ quan mắc kẹt`,
      })[standing],
    checkFailed: 'Không kiểm tra được',
  },
  en: {
    kinds: EN_KIND_LABELS,
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
    verdict: ({ standing, stuck, errors }: PlanVerdict) =>
      ({
        proven: 'Every body can complete',
        conditional: 'Every body can complete, on conditions',
        errors: `No body is stuck, but ${errors} ${errors === 1 ? 'finding is an error' : 'findings are errors'}`,
        stuck: `${stuck} ${stuck === 1 ? 'body' : 'bodies'} stuck`,
      })[standing],
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

/** A plan's overall verdict, for its badge: green only when proven. */
export interface PlanVerdict {
  standing: PlanStanding;
  stuck: number;
  errors: number;
}

export function planVerdict(report: PlanReport): PlanVerdict {
  return {
    standing: standingOf(report),
    stuck: report.bodies.filter((b) => !b.completes).length,
    errors: report.findings.filter((f) => f.severity === 'error').length,
  };
}
