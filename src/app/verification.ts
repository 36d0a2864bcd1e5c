import { checkPlan, type PlanReport } from '../engine/check-plan';
import type { Plan } from '../domain/plan';
import type { PlanRecord } from '../store';
import { errorDetail } from './error-detail';

/** The checker's report on a plan, or why the check itself failed. */
export type Checked = { ok: true; report: PlanReport } | { ok: false; detail: string };

/** A plan's overall verdict: how many assigned bodies can get stuck, or why the check itself failed. */
export type PlanVerdict = { checked: true; stuck: number } | { checked: false; detail: string };

/** How many assigned bodies (or open groups) can get stuck. */
export function stuckCount(report: PlanReport): number {
  return report.bodies.filter((b) => !b.completes).length;
}

export function check(plan: Plan): Checked {
  try {
    return { ok: true, report: checkPlan(plan) };
  } catch (error) {
    return { ok: false, detail: errorDetail(error) };
  }
}

export function verdictOf(record: PlanRecord): PlanVerdict {
  const checked = check(record.plan);
  return checked.ok
    ? { checked: true, stuck: stuckCount(checked.report) }
    : { checked: false, detail: checked.detail };
}

const revisionKey = (r: PlanRecord) => `${r.id}@${r.revision}@${r.updatedAt}`;

/** Verification of stored plans: a plan is checked again only when it was saved again. */
export class VerificationService {
  /** Verdicts by record revision; only the revisions last listed are kept. */
  private readonly cache = new Map<string, PlanVerdict>();

  check = (record: PlanRecord): Checked => check(record.plan);

  /** Each record's verdict by id, computed once per revision. */
  verdicts = (records: readonly PlanRecord[]): ReadonlyMap<string, PlanVerdict> => {
    const keys = new Set(records.map(revisionKey));
    for (const key of this.cache.keys()) if (!keys.has(key)) this.cache.delete(key);
    return new Map(
      records.map((r) => {
        const key = revisionKey(r);
        const verdict = this.cache.get(key) ?? verdictOf(r);
        this.cache.set(key, verdict);
        return [r.id, verdict];
      }),
    );
  };
}
