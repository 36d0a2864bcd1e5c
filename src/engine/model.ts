import type { Body } from '../domain/body';
import type { Plan } from '../domain/plan';
import { planAsOf } from '../domain/plan-year';
import type { Task } from '../domain/task';
import { assignmentOf, type PartyIndex } from './assignment-rules';
import { ownCaveats } from './caveats';
import { groupExpander, type Expansion } from './groups';
import { ModelIndexBuilder, type ModelIndex } from './model-index';
import { NumberedMap } from './numbered-map';
import { deadlineReader, taskEnd } from './validity';
import type { BlockCause, CaveatKind } from './verdict';

/** One party that owns assignments: a body, or an open group kept as one opaque assignee. */
export interface Assignee {
  id: string;
  name: string;
  kind: 'body' | 'open-group';
  /** Task ids this assignee must carry out, in plan order. */
  taskIds: string[];
}

/** How a task marked "cụ thể hóa" stands with the plan that fulfils it. */
export type ChildLink =
  | { status: 'unlinked' }
  | { status: 'missing'; planId: string }
  | { status: 'complete'; planId: string; title: string }
  | { status: 'stuck'; planId: string; title: string; stuck: number }
  /** `cycle`: the titles of the other plans on the cycle of links. */
  | { status: 'cycle'; planId: string; title: string; cycle: string[] };

/** One body's duty on one task, with who approves it and what no other body's progress can lift. */
export interface AssignmentNode {
  assigneeId: string;
  taskId: string;
  /** Its work is (part of) the task's result: a lead body, or a participant when there is no lead. */
  primary: boolean;
  /** Whose APPROVE completes the work: the lead (for participants), else adopter, focal body or issuer. */
  approverId: string;
  /** START is refused: the assignee cannot act within the task's time window (rule 1). */
  startBlock: BlockCause | null;
  /** APPROVE is refused: the child plan cannot complete, or the adopter or approver cannot act. */
  approveBlock: BlockCause | null;
  /** DELIVER is refused: the report's receiver (or the body forwarding it) cannot receive it. */
  deliverBlock: BlockCause | null;
}

/** A task as the engine sees it: who must finish it, what it waits for and what it rests on. */
export interface TaskNode {
  id: string;
  /**
   * The plan's task (its code, title, stage, mode, lead, adopter and report, which each assignee owes and
   * delivers after its work is approved): referred to, not copied, as a national plan has 250,000 of them.
   */
  task: Task;
  /** Last day of the window in which its assignees must act (rule 1). */
  end: string | null;
  childPlan: ChildLink | null;
  /** Caveats this task itself carries (its dependants inherit them). */
  caveats: CaveatKind[];
  /** The assignees whose work is the task's result: the expanded lead, or the participants if there is no lead. */
  primary: string[];
  /** Every assignee (lead and participants, groups expanded). */
  assignees: string[];
  /** Ids named as lead/participant but not defined as a body or group. */
  undefinedRefs: string[];
  /** Tasks whose result this task needs (ids may be undefined in the plan). */
  resultDeps: string[];
  /** Tasks whose every report to this review's lead must be delivered (or cancelled) first. */
  closureDeps: string[];
}

/** The compiled, immutable view of a plan that machines, verifier and oracle share. */
export interface PlanModel {
  plan: Plan;
  assignees: ReadonlyMap<string, Assignee>;
  /** By id (the last task with that id, if it is repeated); a view over `index`. */
  tasks: ReadonlyMap<string, TaskNode>;
  /** Names of the plan's bodies and groups, by id. */
  names: Map<string, string>;
  /** The plan's start: every window begins here. */
  start: string | null;
  /** Tasks and assignments by number: every assignment, with its approver and static blocks, is here. */
  index: ModelIndex;
}

export function assignmentKey(assigneeId: string, taskId: string): string {
  return `${assigneeId}/${taskId}`;
}

/** An assignee's assignment on a task: looked up by number, among the task's few assignees. */
export function assignmentFor(
  model: PlanModel,
  assigneeId: string,
  taskId: string,
): AssignmentNode | undefined {
  const { index } = model;
  const no = index.taskNo.get(taskId);
  if (no === undefined) return undefined;
  const k = (index.tasks[no] as TaskNode).assignees.indexOf(assigneeId);
  return k < 0 ? undefined : index.assignments[(index.firstSlot[no] as number) + k];
}

/** Who approves an assignee's work on a task: the staff runtime refuses an approval from anyone else. */
export function approverOf(model: PlanModel, assigneeId: string, taskId: string): string | null {
  return assignmentFor(model, assigneeId, taskId)?.approverId ?? null;
}

/** The ids without repeats; the same array when it has none (the model's arrays are never changed). */
function unique(ids: string[]): string[] {
  if (ids.length < 2) return ids;
  const set = new Set(ids);
  return set.size === ids.length ? ids : [...set];
}

const NONE: string[] = [];
const NO_PARTS: Expansion[] = [];
/** Until the task's own caveats are known. */
const NO_KINDS: CaveatKind[] = [];

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Per task, in plan order: for a review that collects reports, the tasks whose report goes to, or via, its
 * lead (else none). The list is the receiver's own when the review is not on it (lists are never changed).
 */
function closureDepsOf(plan: Plan): string[][] {
  const reportsTo = new Map<string, string[]>();
  for (const t of plan.tasks) {
    if (!t.report) continue;
    push(reportsTo, t.report.toId, t.id);
    if (t.report.viaId && t.report.viaId !== t.report.toId) push(reportsTo, t.report.viaId, t.id);
  }
  return plan.tasks.map((t) => {
    if (!t.collectsReports || !t.leadId) return NONE;
    const list = reportsTo.get(t.leadId) ?? NONE;
    return unique(list.includes(t.id) ? list.filter((id) => id !== t.id) : list);
  });
}

/**
 * Where a task id is repeated, every task with that id is given the closure of the last collecting task
 * with it (as a lookup by id gives), and none when no task with it collects.
 */
function closureByLastId(plan: Plan, closure: string[][], nodes: TaskNode[]): void {
  const byId = new Map<string, string[]>();
  plan.tasks.forEach((t, i) => {
    if (t.collectsReports && t.leadId) byId.set(t.id, closure[i] as string[]);
  });
  for (const node of nodes) node.closureDeps = byId.get(node.id) ?? NONE;
}

/**
 * Compiles a plan: groups expanded, assignments with their approvers and static blocks, dependencies.
 * `childLinks` gives the verdict of each linked child plan by parent task id (see `linkChildPlans`);
 * a linked task without one counts as a child plan that cannot be found.
 */
export function compilePlanModel(plan: Plan, childLinks?: ReadonlyMap<string, ChildLink>): PlanModel {
  const bodies = new Map(plan.bodies.map((b) => [b.id, b]));
  const groups = new Map(plan.groups.map((g) => [g.id, g]));
  const parties: PartyIndex = { plan, bodies, groups, issuers: new Set(plan.issuerIds) };
  const expand = groupExpander(bodies, groups);
  const dueOf = deadlineReader(plan);
  const closure = closureDepsOf(plan);
  // assignees numbered as first met: one hash table serves `assignees` and `index.byAssignee`
  const assigneeNo = new Map<string, number>();
  const assigneeList: Assignee[] = [];
  const index = new ModelIndexBuilder(plan.tasks.length);

  const assigneeBody: (Body | undefined)[] = [];
  const numberAssignee = (id: string): number => {
    let no = assigneeNo.get(id);
    if (no === undefined) {
      no = assigneeList.length;
      const body = bodies.get(id);
      assigneeList.push({
        id,
        name: body?.name ?? groups.get(id)?.name ?? id,
        kind: body ? 'body' : 'open-group',
        taskIds: NONE,
      });
      assigneeBody.push(body);
      assigneeNo.set(id, no);
    }
    return no;
  };

  for (let i = 0; i < plan.tasks.length; i++) {
    const task = plan.tasks[i] as Task;
    const lead = task.leadId ? expand(task.leadId) : { ids: NONE, undefinedRefs: NONE };
    const parts = task.participantIds.length === 0 ? NO_PARTS : task.participantIds.map(expand);
    const participantIds = parts.length === 0 ? NONE : parts.flatMap((p) => p.ids);
    const primary = unique(task.leadId ? lead.ids : participantIds);
    const all = participantIds.length === 0 ? primary : unique([...lead.ids, ...participantIds]);
    const undefinedRefs =
      parts.length === 0
        ? lead.undefinedRefs
        : [...lead.undefinedRefs, ...parts.flatMap((p) => p.undefinedRefs)];
    const childPlan: ChildLink | null = !task.childPlan
      ? null
      : task.childPlanId === null
        ? { status: 'unlinked' }
        : (childLinks?.get(task.id) ?? { status: 'missing', planId: task.childPlanId });
    const node: TaskNode = {
      id: task.id,
      task,
      end: taskEnd(plan, task, dueOf),
      childPlan,
      caveats: NO_KINDS,
      primary,
      assignees: all,
      undefinedRefs: unique(undefinedRefs),
      resultDeps: unique(task.prerequisiteIds),
      closureDeps: closure[i] as string[],
    };
    node.caveats = ownCaveats(node, groups);
    const primarySet = primary === all ? null : new Set(primary);
    const nos = all.map(numberAssignee);
    const own = all.map((id, k) => {
      const primaryHere = primarySet === null || primarySet.has(id);
      return assignmentOf(parties, node, id, assigneeBody[nos[k] as number], primaryHere, dueOf);
    });
    index.addTask(node, own, nos);
  }
  if (index.repeatsIds) closureByLastId(plan, closure, index.nodes);
  const built = index.finish(assigneeNo);
  // each assignee's task ids, from its assignments (in plan order), in an array of just that size
  for (const a of assigneeList) {
    const slots = built.byAssignee.get(a.id) ?? [];
    a.taskIds = Array.from(slots, (slot) => (built.assignments[slot] as AssignmentNode).taskId);
  }
  const names = new Map<string, string>();
  for (const b of plan.bodies) names.set(b.id, b.name);
  for (const g of plan.groups) names.set(g.id, g.name);
  return {
    plan,
    assignees: new NumberedMap(assigneeNo, (no) => assigneeList[no] as Assignee),
    tasks: new NumberedMap(built.taskNo, (no) => built.tasks[no] as TaskNode),
    names,
    start: planAsOf(plan),
    index: built,
  };
}
