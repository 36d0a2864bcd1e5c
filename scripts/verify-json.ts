import type { Language } from '@rollout/core/domain/localized';
import type { PlanWarning } from '@rollout/core/domain/plan';
import { standingOf, type PlanReport, type PlanStanding } from '@rollout/core/engine/check-plan';
import { rootCauseMessage } from '@rollout/core/engine/describe-cause';
import type { BlockCause, CaveatKind, RunEvent, WaitStep } from '@rollout/core/engine/verdict';
import { groupFindings, rootNumbering, type GroupedFinding } from './verify-report';

/**
 * What `npm run verify -- --json` prints (format 2): every task id and every root cause is listed once per
 * plan and referred to by its index (`tasks`, `rootCauses`), a body by its index in `bodies`; blocked
 * assignments and witness steps are short tuples, so the report grows linearly with the plan.
 */
export interface JsonReport {
  format: 2;
  exit: number;
  plans: JsonPlanReport[];
  invalid: Array<{ file: string; problems: Array<{ path: string; message: string }> }>;
}

/**
 * A blocked assignment: `[task, root]` when its own cause blocks it, else
 * `[task, root, waits, waitTask, waitBody]`: the first step of waiting, for the result (`result`) or the
 * collected reports (`closure`) of task `waitTask`, owed by body `waitBody` (null when nobody owes it).
 */
export type JsonBlocked =
  | [task: number, root: number]
  | [
      task: number,
      root: number,
      waits: WaitStep['waitsFor']['kind'],
      waitTask: number,
      waitBody: number | null,
    ];

/** One step of a witness run: which body (index in `bodies`) does what to which task. */
export type JsonStep = [body: number, task: number, type: RunEvent['type']];

/** A body's verdict; each list is left out when it is empty. */
export interface JsonBody {
  id: string;
  name: string;
  kind: 'body' | 'open-group';
  completes: boolean;
  caveats?: Array<{ kind: CaveatKind; task: number }>;
  blocked?: JsonBlocked[];
  /** For a stuck body: the run that takes it as far as it can go. */
  witness?: JsonStep[];
}

/** `list` under `key`, or nothing when it is empty. */
function nonEmpty<K extends string, T>(key: K, list: T[]): { [k in K]?: T[] } {
  return (list.length > 0 ? { [key]: list } : {}) as { [k in K]?: T[] };
}

export interface JsonPlanReport {
  file: string;
  planId: string;
  title: string;
  standing: PlanStanding;
  /** The plan's task ids, in plan order. */
  tasks: string[];
  bodies: JsonBody[];
  /** Each root cause once, in the order bodies first meet it. */
  rootCauses: Array<{ kind: BlockCause['kind']; message: string }>;
  /** A finding, or one finding about one body or group on many tasks. */
  findings: Array<Omit<GroupedFinding, 'taskIds'> & { tasks: number[] }>;
  warnings: PlanWarning[];
}

export function jsonReport(file: string, report: PlanReport, language: Language): JsonPlanReport {
  const { model } = report;
  const taskNo = (id: string) => model.index.taskNo.get(id) ?? -1;
  const bodyNo = new Map(report.bodies.map((b, i) => [b.assigneeId, i]));
  const number = rootNumbering();
  const rootCauses: JsonPlanReport['rootCauses'] = [];
  const rootOf = (cause: BlockCause) => {
    const { index, first } = number(cause);
    if (first) rootCauses.push({ kind: cause.kind, message: rootCauseMessage(model, cause)[language] });
    return index;
  };
  const blocked = (taskId: string, cause: BlockCause, step: WaitStep | undefined): JsonBlocked => {
    const root = rootOf(cause);
    if (!step) return [taskNo(taskId), root];
    const { kind, taskId: waitTask, assigneeId } = step.waitsFor;
    return [
      taskNo(taskId),
      root,
      kind,
      taskNo(waitTask),
      assigneeId ? (bodyNo.get(assigneeId) ?? null) : null,
    ];
  };
  return {
    file,
    planId: model.plan.id,
    title: model.plan.title,
    standing: standingOf(report),
    tasks: model.index.tasks.map((t) => t.id),
    bodies: report.bodies.map((b) => ({
      id: b.assigneeId,
      name: b.name,
      kind: b.kind,
      completes: b.completes,
      ...nonEmpty(
        'caveats',
        b.caveats.map((c) => ({ kind: c.kind, task: taskNo(c.taskId) })),
      ),
      ...nonEmpty(
        'blocked',
        b.blocked.map((x) => blocked(x.taskId, x.cause, x.chain[0])),
      ),
      ...nonEmpty(
        'witness',
        b.witness.map((e): JsonStep => [bodyNo.get(e.assigneeId) ?? -1, taskNo(e.taskId), e.type]),
      ),
    })),
    rootCauses,
    findings: groupFindings(report, language).map(({ taskIds, ...f }) => ({
      ...f,
      tasks: taskIds.map(taskNo),
    })),
    warnings: model.plan.warnings,
  };
}
