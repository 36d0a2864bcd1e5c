import type { Body, Group } from '../domain/body';
import type { Plan } from '../domain/plan';
import type { AssignmentNode, TaskNode } from './model';
import { absenceOf, type Absence } from './validity';
import type { BlockCause } from './verdict';

/** The parties a plan defines, by id. */
export interface PartyIndex {
  plan: Plan;
  bodies: ReadonlyMap<string, Body>;
  groups: ReadonlyMap<string, Group>;
  issuers: ReadonlySet<string>;
}

/**
 * Whether a party can act on `end`. A body is judged by its validity (rule 1); a group or an issuer not
 * listed among the bodies is taken as able; any other id is undefined when `strict`, else taken as able
 * (an approver that is not listed is reported as a finding, not as a block).
 */
function absence(parties: PartyIndex, id: string, end: string | null, strict: boolean): Absence | null {
  const body = parties.bodies.get(id);
  if (body) return absenceOf(body, end);
  if (!strict || parties.groups.has(id) || parties.issuers.has(id)) return null;
  return { why: 'undefined', date: null, successorIds: [] };
}

/** The approver of the task's result: the adopter, else the focal body, else the first issuer. */
export function resultApprover(plan: Plan, node: TaskNode): string {
  return node.task.adoptedById ?? plan.focalBodyId ?? (plan.issuerIds[0] as string);
}

function childBlock(task: TaskNode): BlockCause | null {
  const link = task.childPlan;
  if (link?.status !== 'stuck' && link?.status !== 'cycle') return null;
  return {
    kind: 'child-plan-stuck',
    taskId: task.id,
    childPlanId: link.planId,
    childTitle: link.title,
    stuck: link.status === 'stuck' ? link.stuck : 0,
    onCycle: link.status === 'cycle',
  };
}

function approveBlock(
  parties: PartyIndex,
  task: TaskNode,
  assigneeId: string,
  approverId: string,
  adopted: boolean,
): BlockCause | null {
  const child = childBlock(task);
  if (child) return child;
  const missing = absence(parties, approverId, task.end, adopted);
  if (!missing) return null;
  return adopted
    ? { kind: 'adopter-unavailable' as const, taskId: task.id, adopterId: approverId, absence: missing }
    : { kind: 'approver-unavailable' as const, taskId: task.id, assigneeId, approverId, absence: missing };
}

function deliverBlock(
  parties: PartyIndex,
  node: TaskNode,
  assigneeId: string,
  dueOf: (phrase: string | null) => string | null,
): BlockCause | null {
  const report = node.task.report;
  if (!report) return null;
  const due = dueOf(report.deadline) ?? node.end;
  for (const receiverId of report.viaId ? [report.viaId, report.toId] : [report.toId]) {
    const missing = absence(parties, receiverId, due, true);
    if (missing) {
      return {
        kind: 'report-receiver-unavailable',
        taskId: node.id,
        assigneeId,
        receiverId,
        absence: missing,
      };
    }
  }
  return null;
}

/** One assignment (`body`: the assignee's, if it is a body) with its approver (rule 8) and what blocks it whatever the others do (rules 1, 4, 5, 6). */
export function assignmentOf(
  parties: PartyIndex,
  node: TaskNode,
  assigneeId: string,
  body: Body | undefined,
  primary: boolean,
  dueOf: (phrase: string | null) => string | null,
): AssignmentNode {
  const byLead = !primary && node.task.leadId !== null;
  const approverId = byLead ? (node.task.leadId as string) : resultApprover(parties.plan, node);
  const adopted = !byLead && node.task.adoptedById !== null;
  const missing = body ? absenceOf(body, node.end) : null;
  return {
    assigneeId,
    taskId: node.id,
    primary,
    approverId,
    startBlock: missing ? { kind: 'inactive', assigneeId, taskId: node.id, absence: missing } : null,
    approveBlock: approveBlock(parties, node, assigneeId, approverId, adopted),
    deliverBlock: deliverBlock(parties, node, assigneeId, dueOf),
  };
}
