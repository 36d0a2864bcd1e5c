import type { Language } from '@rollout/core/domain/localized';
import type { PlanWarning } from '@rollout/core/domain/plan';
import { standingOf, type PlanReport, type PlanStanding } from '@rollout/core/engine/check-plan';
import type { Finding } from '@rollout/core/engine/finding';
import { rootCauseMessage } from '@rollout/core/engine/describe-cause';
import type { BlockCause, Caveat, WaitStep } from '@rollout/core/engine/verdict';

/** One finding, or the same finding about the same subject on many tasks, listed once. */
export interface GroupedFinding {
  code: string;
  severity: Finding['severity'];
  message: string;
  taskIds: string[];
  bodyIds: string[];
}

/** What `npm run verify -- --json` prints for one plan. */
export interface JsonPlanReport {
  file: string;
  planId: string;
  title: string;
  standing: PlanStanding;
  bodies: Array<{
    id: string;
    name: string;
    kind: 'body' | 'open-group';
    completes: boolean;
    causes: string[];
    caveats: Caveat[];
    /** `root`: the index of its root cause in `rootCauses`; `waitsFor`: the first step of waiting. */
    blocked: Array<{ taskId: string; cause: string; root: number; waitsFor: WaitStep['waitsFor'] | null }>;
  }>;
  /** Each root cause once, in the order bodies first meet it. */
  rootCauses: Array<{ kind: string; message: string }>;
  findings: GroupedFinding[];
  warnings: PlanWarning[];
}

/**
 * Groups findings that say the same thing about the same subject (a body or group) on several tasks:
 * one entry listing the tasks, worded by the first. Findings about tasks only stay one by one.
 */
export function groupFindings(report: PlanReport, language: Language): GroupedFinding[] {
  const groups = new Map<string, GroupedFinding>();
  const result: GroupedFinding[] = [];
  for (const f of report.findings) {
    const taskIds = f.refs.filter((r) => report.model.tasks.has(r));
    const bodyIds = f.refs.filter((r) => !report.model.tasks.has(r) && r !== 'plan');
    const key = bodyIds.length > 0 ? `${f.code}|${f.severity}|${[...bodyIds].sort().join(',')}` : null;
    const known = key === null ? undefined : groups.get(key);
    if (known) {
      for (const t of taskIds) if (!known.taskIds.includes(t)) known.taskIds.push(t);
      continue;
    }
    const entry = { code: f.code, severity: f.severity, message: f.message[language], taskIds, bodyIds };
    if (key !== null) groups.set(key, entry);
    result.push(entry);
  }
  return result;
}

/** Numbers root causes in the order they are first met; each is shared by every assignment it blocks. */
export function rootNumbering(): (cause: BlockCause) => { index: number; first: boolean } {
  const seen = new Map<BlockCause, number>();
  return (cause) => {
    const known = seen.get(cause);
    if (known !== undefined) return { index: known, first: false };
    seen.set(cause, seen.size);
    return { index: seen.size - 1, first: true };
  };
}

export function jsonReport(file: string, report: PlanReport, language: Language): JsonPlanReport {
  const plan = report.model.plan;
  const number = rootNumbering();
  const rootCauses: JsonPlanReport['rootCauses'] = [];
  const rootOf = (cause: BlockCause) => {
    const { index, first } = number(cause);
    if (first)
      rootCauses.push({ kind: cause.kind, message: rootCauseMessage(report.model, cause)[language] });
    return index;
  };
  return {
    file,
    planId: plan.id,
    title: plan.title,
    standing: standingOf(report),
    bodies: report.bodies.map((b) => ({
      id: b.assigneeId,
      name: b.name,
      kind: b.kind,
      completes: b.completes,
      causes: [...new Set(b.blocked.map((x) => x.cause.kind))],
      caveats: b.caveats,
      blocked: b.blocked.map((x) => ({
        taskId: x.taskId,
        cause: x.cause.kind,
        root: rootOf(x.cause),
        waitsFor: x.chain[0]?.waitsFor ?? null,
      })),
    })),
    rootCauses,
    findings: groupFindings(report, language),
    warnings: plan.warnings,
  };
}
