import { formatDateVi } from '../domain/date';
import { stageIndex } from '../domain/stage';
import { findCycles } from './cycles';
import { describeAbsence, taskLabel } from './describe-cause';
import type { Finding } from './finding';
import type { PlanModel, TaskNode } from './model';
import { say } from './wording';

/** Closed groups with no members, and groups that contain each other. */
export function groupFindings(model: PlanModel): Finding[] {
  const groups = new Map(model.plan.groups.map((g) => [g.id, g]));
  const findings: Finding[] = model.plan.groups
    .filter((g) => !g.open && g.memberIds.length === 0)
    .map((g) => ({
      code: 'group-empty',
      severity: 'error',
      message: say((w) => w.groupEmpty(g.name)),
      refs: [g.id],
    }));
  const members = (id: string) => (groups.get(id)?.memberIds ?? []).filter((m) => groups.has(m));
  for (const cycle of findCycles(groups.keys(), members)) {
    const names = cycle.map((id) => groups.get(id)?.name ?? id);
    findings.push({
      code: 'group-cycle',
      severity: 'error',
      message: say((w) => w.groupCycle([...names, names[0] ?? ''])),
      refs: cycle,
    });
  }
  return findings;
}

/**
 * Bodies that cannot act when their task is due: named on the task (error `body-not-valid`, once per body)
 * or reached through a group (warning `group-member-not-valid`, once per group and member).
 */
export function validityFindings(model: PlanModel): Finding[] {
  const inactive = model.index.assignments.filter((a) => a.startBlock?.kind === 'inactive');
  if (inactive.length === 0) return [];
  // whether a task (the last with its id, as the model numbers them) names `id` as its lead or a participant
  const names = (taskId: string, id: string) => {
    const t = model.plan.tasks[model.index.taskNo.get(taskId) ?? -1];
    return t !== undefined && (t.leadId === id || t.participantIds.includes(id));
  };
  const groupsOf = new Map<string, string[]>();
  for (const g of model.plan.groups) {
    for (const m of g.memberIds) {
      const list = groupsOf.get(m);
      if (list) list.push(g.id);
      else groupsOf.set(m, [g.id]);
    }
  }
  const bodies = new Map(model.plan.bodies.map((b) => [b.id, b]));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const a of inactive) {
    const block = a.startBlock;
    if (block?.kind !== 'inactive') continue;
    const direct = names(a.taskId, a.assigneeId);
    const task = model.tasks.get(a.taskId);
    const via = direct ? null : (groupsOf.get(a.assigneeId) ?? []).find((g) => names(a.taskId, g));
    const key = direct ? a.assigneeId : `${via ?? ''}/${a.assigneeId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (direct) {
      const body = bodies.get(a.assigneeId);
      const end = task?.end ?? '';
      findings.push({
        code: 'body-not-valid',
        severity: 'error',
        message: say((w) => {
          const span = body?.validTo
            ? w.existsUntil(formatDateVi(body.validTo))
            : w.existsFrom(formatDateVi(body?.validFrom ?? ''));
          const which = end === model.start ? null : taskLabel(w, model, a.taskId);
          return w.bodyNotValid(body?.name ?? a.assigneeId, span, formatDateVi(end), which);
        }),
        refs: [a.assigneeId, a.taskId],
      });
    } else {
      const group = via ?? groupsOf.get(a.assigneeId)?.[0] ?? '';
      findings.push({
        code: 'group-member-not-valid',
        severity: 'warning',
        message: say((w) =>
          w.groupMemberNotValid(
            model.names.get(group) ?? group,
            describeAbsence(w, model, a.assigneeId, block.absence),
            taskLabel(w, model, a.taskId),
          ),
        ),
        refs: [group, a.assigneeId, a.taskId],
      });
    }
  }
  return findings;
}

/** A task that waits for a task of a later stage; by task number. */
export function stageOrderFindings(model: PlanModel): Finding[] {
  const { index } = model;
  const stages = Int8Array.from(index.tasks, (t) => stageIndex(t.task.stage));
  const uniqueIds = model.tasks.size === index.tasks.length;
  const findings: Finding[] = [];
  let i = 0;
  for (const t of model.tasks.values()) {
    const no = uniqueIds ? i++ : (index.taskNo.get(t.id) as number);
    const stage = stages[no] as number;
    for (const rows of [index.resultDeps, index.closureDeps]) {
      for (let k = rows.start[no] as number; k < (rows.start[no + 1] as number); k++) {
        const d = rows.items[k] as number;
        if (d < 0 || (stages[d] as number) <= stage) continue;
        const dep = index.tasks[d] as TaskNode;
        findings.push({
          code: 'stage-order',
          severity: 'warning',
          message: say((w) =>
            w.stageOrder(
              taskLabel(w, model, t.id),
              w.stage(t.task.stage),
              taskLabel(w, model, dep.id),
              w.stage(dep.task.stage),
            ),
          ),
          refs: [t.id, dep.id],
        });
      }
    }
  }
  return findings;
}

/** Approvers that are neither a body nor a group of the plan, once per id (not a block: rule 8). */
export function approverFindings(model: PlanModel): Finding[] {
  const unknown = new Set<string>();
  for (const a of model.index.assignments) {
    if (!model.names.has(a.approverId)) unknown.add(a.approverId);
  }
  return [...unknown].map((id) => ({
    code: 'approver-undefined',
    severity: 'info',
    message: say((w) => w.approverUndefined(id)),
    refs: [id],
  }));
}

/** Child plans linked but not found, and child links that come back round. */
export function childPlanFindings(model: PlanModel): Finding[] {
  const findings: Finding[] = [];
  for (const t of model.tasks.values()) {
    const link = t.childPlan;
    if (link?.status === 'missing') {
      findings.push({
        code: 'child-plan-missing',
        severity: 'warning',
        message: say((w) => w.childPlanMissing(taskLabel(w, model, t.id), link.planId)),
        refs: [t.id, link.planId],
      });
    } else if (link?.status === 'cycle') {
      findings.push({
        code: 'child-plan-cycle',
        severity: 'error',
        message: say((w) => w.childPlanCycle([model.plan.title, ...link.cycle, model.plan.title])),
        refs: [t.id, link.planId],
      });
    }
  }
  return findings;
}
