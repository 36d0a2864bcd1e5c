import { checkPlan, standingOf, type PlanReport } from '../engine/check-plan';
import type { Plan } from '../domain/plan';
import type { PlanRecord } from '../store';
import { errorDetail } from './error-detail';
import type { PlanVerdict, Standing } from './verdict';

/** The checker's report on a plan and its standing, or why the check itself failed. */
export type Checked = { ok: true; report: PlanReport; standing: Standing } | { ok: false; detail: string };

function standingFrom(report: PlanReport): Standing {
  return {
    standing: standingOf(report),
    stuck: report.bodies.filter((b) => !b.completes).length,
    errors: report.findings.filter((f) => f.severity === 'error').length,
  };
}

const NO_PLANS: ReadonlyMap<string, Plan> = new Map();

/** Check a plan, its child plans looked up among `plans` (the library's, by plan id). */
export function check(plan: Plan, plans: ReadonlyMap<string, Plan> = NO_PLANS): Checked {
  try {
    const report = checkPlan(plan, { plans });
    return { ok: true, report, standing: standingFrom(report) };
  } catch (error) {
    return { ok: false, detail: errorDetail(error) };
  }
}

function verdictOf(record: PlanRecord, plans: ReadonlyMap<string, Plan>): PlanVerdict {
  const checked = check(record.plan, plans);
  return checked.ok ? { checked: true, ...checked.standing } : { checked: false, detail: checked.detail };
}

const revisionKey = (r: PlanRecord) => `${r.id}@${r.revision}@${r.updatedAt}`;
const linksChildPlans = (r: PlanRecord) => r.plan.tasks.some((t) => t.childPlanId !== null);

/**
 * Verification of stored plans: a plan is checked again only when it was saved again, or, when it links
 * child plans, when the library changed.
 */
export class VerificationService {
  /** Verdicts by record revision; only the revisions last listed are kept. */
  private readonly cache = new Map<string, PlanVerdict>();

  check = (record: PlanRecord, plans: ReadonlyMap<string, Plan> = NO_PLANS): Checked =>
    check(record.plan, plans);

  /** Each record's verdict by id, child plans looked up among the records. */
  verdicts = (records: readonly PlanRecord[]): ReadonlyMap<string, PlanVerdict> => {
    const library = records.map(revisionKey).join(' ');
    const keyOf = (r: PlanRecord) => (linksChildPlans(r) ? `${revisionKey(r)}#${library}` : revisionKey(r));
    const keys = new Set(records.map(keyOf));
    for (const key of this.cache.keys()) if (!keys.has(key)) this.cache.delete(key);
    const plans = new Map(records.map((r) => [r.plan.id, r.plan]));
    return new Map(
      records.map((r) => {
        const key = keyOf(r);
        const verdict = this.cache.get(key) ?? verdictOf(r, plans);
        this.cache.set(key, verdict);
        return [r.id, verdict];
      }),
    );
  };
}
