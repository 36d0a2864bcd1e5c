import type { Plan } from '../domain/plan';
import type { Task } from '../domain/task';
import type { Finding } from './finding';
import type { PlanModel } from './model';
import { say, type EngineWording } from './wording';

/** "nhiệm vụ II.1 «title»" in the given wording. */
export const taskName = (w: EngineWording, t: Task) => w.task(t.code, t.title);

type Where = (w: EngineWording) => string;

/** Every place a plan names a body or group it does not define, with how to describe the place. */
function unknownReferences(
  plan: Plan,
  known: ReadonlyMap<string, unknown>,
): Array<{ id: string; where: Where; ref: string }> {
  const refs: Array<{ id: string; where: Where; ref: string }> = [];
  const add = (id: string, where: Where, ref: string) => {
    if (!known.has(id)) refs.push({ id, where, ref });
  };
  plan.issuerIds.forEach((id) => add(id, (w) => w.issuer, 'plan'));
  if (plan.focalBodyId) add(plan.focalBodyId, (w) => w.focalBody, 'plan');
  for (const r of plan.recipients) if (r.bodyId) add(r.bodyId, (w) => w.recipient(r.name), 'plan');
  for (const s of plan.signers) if (s.bodyId) add(s.bodyId, (w) => w.signer, 'plan');
  for (const g of plan.groups) for (const m of g.memberIds) add(m, (w) => w.groupMember(g.name), g.id);
  for (const b of plan.bodies) {
    if (b.parentId) add(b.parentId, (w) => w.parentOf(b.name), b.id);
    for (const s of b.successorIds) add(s, (w) => w.successorOf(b.name), b.id);
  }
  for (const t of plan.tasks) {
    if (t.leadId) add(t.leadId, (w) => w.leadOf(taskName(w, t)), t.id);
    for (const p of t.participantIds) add(p, (w) => w.participantIn(taskName(w, t)), t.id);
    if (t.report) add(t.report.toId, (w) => w.reportReceiverOf(taskName(w, t)), t.id);
    if (t.report?.viaId) add(t.report.viaId, (w) => w.reportCarrierOf(taskName(w, t)), t.id);
    if (t.adoptedById) add(t.adoptedById, (w) => w.adopterOf(taskName(w, t)), t.id);
  }
  return refs;
}

/** Bodies, groups and prerequisite tasks named but not defined (looked up in the model's indexes). */
export function referenceFindings(model: PlanModel): Finding[] {
  const { plan } = model;
  const taskIds = model.index.taskNo;
  const findings: Finding[] = unknownReferences(plan, model.names).map((r) => ({
    code: 'undefined-body',
    severity: 'error',
    message: say((w) => w.undefinedBody(r.id, r.where(w))),
    refs: [r.ref, r.id],
  }));
  for (const t of plan.tasks) {
    for (const p of t.prerequisiteIds) {
      if (taskIds.has(p)) continue;
      findings.push({
        code: 'undefined-task',
        severity: 'error',
        message: say((w) => w.undefinedPrerequisite(taskName(w, t), p)),
        refs: [t.id, p],
      });
    }
  }
  return findings;
}

export function assignmentFindings(plan: Plan): Finding[] {
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  const findings: Finding[] = [];
  for (const t of plan.tasks) {
    if (!t.leadId) {
      findings.push({
        code: 'task-no-lead',
        severity: 'warning',
        message: say((w) => w.taskNoLead(taskName(w, t))),
        refs: [t.id],
      });
      continue;
    }
    const group = groups.get(t.leadId);
    if (group?.open) {
      findings.push({
        code: 'lead-open-group',
        severity: 'warning',
        message: say((w) => w.leadOpenGroup(taskName(w, t), group.name)),
        refs: [t.id, t.leadId],
      });
    }
  }
  const used = plan.groups.some((g) => g.open) ? namedOnTasks(plan) : new Set<string>();
  for (const g of plan.groups.filter((g) => g.open && used.has(g.id))) {
    findings.push({
      code: 'open-group',
      severity: 'info',
      message: say((w) => w.openGroup(g.name)),
      refs: [g.id],
    });
  }
  if (!plan.tasks.some((t) => t.stage === 'reviewing')) {
    findings.push({
      code: 'no-reviewing-task',
      severity: 'warning',
      message: say((w) => w.noReviewingTask),
      refs: [],
    });
  }
  return findings;
}

/** Every id named as the lead or a participant of a task. */
function namedOnTasks(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const t of plan.tasks) {
    if (t.leadId) ids.add(t.leadId);
    for (const id of t.participantIds) ids.add(id);
  }
  return ids;
}

/** Bodies that take part: issuers, the focal body, recipients and everyone assigned a task (`named`). */
function participants(plan: Plan, named: ReadonlySet<string>): Set<string> {
  const set = new Set<string>([
    ...plan.issuerIds,
    ...plan.recipients.flatMap((r) => (r.bodyId ? [r.bodyId] : [])),
    ...named,
  ]);
  if (plan.focalBodyId) set.add(plan.focalBodyId);
  for (const g of plan.groups) if (set.has(g.id)) g.memberIds.forEach((m) => set.add(m));
  return set;
}

export function reportFindings(plan: Plan): Finding[] {
  const named = namedOnTasks(plan);
  const part = participants(plan, named);
  const names = new Map([...plan.bodies, ...plan.groups].map((b) => [b.id, b.name]));
  const findings: Finding[] = [];
  for (const t of plan.tasks) {
    if (!t.report) continue;
    for (const id of [t.report.toId, t.report.viaId]) {
      if (id && names.has(id) && !part.has(id)) {
        findings.push({
          code: 'report-to-nonparticipant',
          severity: 'warning',
          message: say((w) => w.reportToNonparticipant(taskName(w, t), names.get(id) ?? id)),
          refs: [t.id, id],
        });
      }
    }
  }
  const assigned = new Set(named);
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  for (const id of named) groups.get(id)?.memberIds.forEach((m) => assigned.add(m));
  for (const r of plan.recipients) {
    if (r.purpose === 'thuc-hien' && r.bodyId && !assigned.has(r.bodyId)) {
      findings.push({
        code: 'recipient-action-without-task',
        severity: 'warning',
        message: say((w) => w.recipientActionWithoutTask(r.name)),
        refs: [r.bodyId],
      });
    }
  }
  return findings;
}
