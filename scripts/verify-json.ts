import type { Language } from '@rollout/core/domain/localized';
import type { PlanWarning } from '@rollout/core/domain/plan';
import { standingOf, type PlanReport, type PlanStanding } from '@rollout/core/engine/check-plan';
import { rootCauseMessage } from '@rollout/core/engine/describe-cause';
import type { BlockCause, CaveatKind, RunEvent, WaitStep } from '@rollout/core/engine/verdict';
import { groupFindings, partNumbering, rootNumbering, type GroupedFinding } from './verify-report';

/**
 * What `npm run verify -- --json` prints (format 3): every task id, every root cause and every shared part of
 * a witness is listed once per plan and referred to by its index (`tasks`, `rootCauses`, `witnessParts`), a
 * body by its index in `bodies`; blocked assignments and witness steps are short tuples, so the report grows
 * linearly with the plan.
 */
export interface JsonReport {
  format: 3;
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

/**
 * A run told in parts: run each part of `after` (an index in `witnessParts`) in turn, itself told this way,
 * leaving out the steps already run; then `steps`.
 */
export interface JsonWitness {
  after: number[];
  steps: JsonStep[];
}

/** A body's verdict; each list is left out when it is empty. */
export interface JsonBody {
  id: string;
  name: string;
  kind: 'body' | 'open-group';
  completes: boolean;
  caveats?: Array<{ kind: CaveatKind; task: number }>;
  blocked?: JsonBlocked[];
  /** For a stuck body: the run that takes it as far as it can go (left out when it has no step). */
  witness?: JsonWitness;
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
  /** The parts the witnesses come after, each once: one assignment's own run after the parts it needs. */
  witnessParts: JsonWitness[];
  /** A finding, or one finding about one body or group on many tasks. */
  findings: Array<Omit<GroupedFinding, 'taskIds'> & { tasks: number[] }>;
  warnings: PlanWarning[];
}

export function jsonReport(file: string, report: PlanReport, language: Language): JsonPlanReport {
  const { model } = report;
  const taskNo = (id: string) => model.index.taskNo.get(id) ?? -1;
  const bodyNo = new Map(report.bodies.map((b, i) => [b.assigneeId, i]));
  const parts = partNumbering(report);
  const steps = (events: readonly RunEvent[]) =>
    events.map((e): JsonStep => [bodyNo.get(e.assigneeId) ?? -1, taskNo(e.taskId), e.type]);
  const witness = (assigneeId: string): { witness?: JsonWitness } => {
    const { after, steps: own } = report.witnesses.partsOf(assigneeId);
    if (after.length === 0 && own.length === 0) return {};
    return { witness: { after: after.map(parts.refer), steps: steps(own) } };
  };
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
  const bodies = report.bodies.map((b): JsonBody => ({
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
    ...(b.completes ? {} : witness(b.assigneeId)),
  }));
  const witnessParts: JsonWitness[] = [];
  parts.tell((_, after, own) => witnessParts.push({ after, steps: steps(own) }));
  return {
    file,
    planId: model.plan.id,
    title: model.plan.title,
    standing: standingOf(report),
    tasks: model.index.tasks.map((t) => t.id),
    bodies,
    rootCauses,
    witnessParts,
    findings: groupFindings(report, language).map(({ taskIds, ...f }) => ({
      ...f,
      tasks: taskIds.map(taskNo),
    })),
    warnings: model.plan.warnings,
  };
}
