import type { Plan } from '../domain/plan';
import type { PlanProblem } from '../domain/problems';
import type { Run, RunAction, RunActor, RunStatus } from '../domain/run';
import type { Task } from '../domain/task';
import { assignmentKey } from '../engine/model';
import { childOfTask } from '../engine/run-child';
import { refuse, type Refusal } from '../engine/run-refusal';
import { applyRunEvent } from '../engine/run-replay';
import { checkAction } from '../engine/run-roles';
import { runStatusOf, workingStatus, type ChildRunLink, type RunState } from '../engine/run-state';
import type { RunRepository } from '../store';
import { eventOf } from './run-events';
import { snapshotInput } from './run-snapshots';
import type { ActResult, RunService } from './runs';

/** The assignment a child run is linked from: the task's lead (its primary assignee). */
export interface ChildOn {
  assigneeId: string;
  taskId: string;
}

/** What linking or issuing a child run came to: the parent run's new state, or why not. */
export type ChildResult =
  | { ok: true; parent: RunState; childRunId: string }
  | { ok: false; refusal: Refusal | null; problems: PlanProblem[] };

/** How a child run a parent task is carried out through stands, for the parent's page. */
export interface ChildProgress extends ChildOn {
  link: ChildRunLink;
  /** The child run as this browser keeps it; null when it is not here. */
  child: RunState | null;
  /** Assignments of the child run completed, of all its assignments. */
  completed: number;
  total: number;
  status: RunStatus | null;
  /** The child run completed and the parent's task did not: why completing it is refused. */
  refusal: Refusal | null;
}

/** The parent run and task a child run fulfils, for the child's page. */
export interface ParentOfRun {
  run: Run;
  task: Task | null;
}

const NOT_SAVED: ChildResult = { ok: false, refusal: null, problems: [] };

/**
 * Runs of child plans ("cụ thể hóa"): the body leading a task issues the child plan as a new run from the task,
 * or links an earlier run of it; each way writes the parent's `link-child` event (and the new run) in one
 * transaction. When an action completes a child run, `settle` completes the parent's task with a
 * `child-completed` event written by the app on the child run's behalf (and so on up, for a grandparent).
 */
export class ChildRuns {
  constructor(
    private readonly runs: RunService,
    private readonly repository: RunRepository,
    private readonly now: () => Date,
  ) {}

  /** Issue `childPlan` as a new run carrying out the parent's task `on`, with its number and date. */
  issue = async (
    parent: RunState,
    actor: RunActor,
    on: ChildOn,
    childPlan: Plan,
    details: { number: string | null; issuedOn: string },
  ): Promise<ChildResult> => {
    const at = this.now();
    const built = this.runs.build(childPlan, actor, details, at, { runId: parent.run.id, taskId: on.taskId });
    const action = this.linkAction(on, built.run);
    const check = checkAction(parent, actor, action);
    if (!check.ok) return { ok: false, refusal: check, problems: [] };
    if (!built.ok) return { ok: false, refusal: null, problems: built.problems };
    const expectedSeq = parent.seq;
    const event = eventOf(parent, actor, action, at);
    applyRunEvent(parent, event);
    const stored = await this.repository.issueChild(
      { run: built.run, event: built.event, snapshot: snapshotInput(built.state) },
      { runId: parent.run.id, expectedSeq, event, snapshot: snapshotInput(parent, event) },
    );
    if (stored.ok) return { ok: true, parent, childRunId: built.run.id };
    return stored.reason === 'invalid' ? { ok: false, refusal: null, problems: stored.problems } : NOT_SAVED;
  };

  /** Link an earlier run of the task's child plan (one that fulfils no task yet) to the parent's task `on`. */
  link = async (parent: RunState, actor: RunActor, on: ChildOn, childRunId: string): Promise<ChildResult> => {
    const child = await this.repository.get(childRunId);
    if (!child) return NOT_SAVED;
    const action = this.linkAction(on, child);
    const check = checkAction(parent, actor, action);
    if (!check.ok) return { ok: false, refusal: check, problems: [] };
    const expectedSeq = parent.seq;
    const event = eventOf(parent, actor, action, this.now());
    applyRunEvent(parent, event);
    const snapshot = snapshotInput(parent, event);
    const stored = await this.repository.linkChild(childRunId, {
      runId: parent.run.id,
      expectedSeq,
      event,
      snapshot,
    });
    if (stored.ok) return { ok: true, parent, childRunId };
    if (stored.reason === 'taken') {
      const a = parent.assignments.get(assignmentKey(on.assigneeId, on.taskId)) ?? null;
      return {
        ok: false,
        refusal: refuse(parent, 'link-child', a, 'child-linked', (w) => w.childTaken),
        problems: [],
      };
    }
    return stored.reason === 'invalid' ? { ok: false, refusal: null, problems: stored.problems } : NOT_SAVED;
  };

  /** The runs of the task's child plan that could be linked to it: those that fulfil no task yet. */
  candidates = async (parent: RunState, taskId: string): Promise<Run[]> => {
    const planId = parent.tasks.get(taskId)?.childPlanId;
    if (!planId) return [];
    return (await this.runs.list(planId)).filter((r) => !r.parent && r.id !== parent.run.id);
  };

  /** Every child run the parent's tasks are carried out through, with its progress. */
  progress = async (parent: RunState): Promise<ChildProgress[]> => {
    const found: ChildProgress[] = [];
    for (const task of parent.run.plan.tasks) {
      const linked = childOfTask(parent, task.id);
      if (!linked) continue;
      const { record, link } = linked;
      const child = await this.runs.open(link.runId);
      const on = { assigneeId: record.assigneeId, taskId: task.id };
      const all = child ? [...child.assignments.values()] : [];
      const status = child ? runStatusOf(child) : null;
      const check =
        status === 'completed' && child
          ? checkAction(parent, await this.lastActor(child), this.completion(on, link))
          : null;
      found.push({
        ...on,
        link,
        child,
        completed: all.filter((a) => child && workingStatus(child, a) === 'completed').length,
        total: all.length,
        status,
        refusal: refusalOf(parent, on, check),
      });
    }
    return found;
  };

  /**
   * When `child` (a child plan's run) has completed, complete the parent's task it fulfils, on its behalf:
   * null when there is nothing to do (not a child run, not completed, or the task completed already).
   */
  settle = async (child: RunState): Promise<ActResult | null> => {
    const parentOf = child.run.parent;
    if (!parentOf || runStatusOf(child) !== 'completed') return null;
    const parent = await this.runs.open(parentOf.runId);
    const linked = parent ? childOfTask(parent, parentOf.taskId) : null;
    if (!parent || !linked || linked.link.runId !== child.run.id) return null;
    const on = { assigneeId: linked.record.assigneeId, taskId: parentOf.taskId };
    if (workingStatus(parent, linked.record) === 'completed') return null;
    return this.runs.act(parent, await this.lastActor(child), this.completion(on, linked.link));
  };

  /** The parent run and task a run fulfils, if it is a child plan's run linked to one. */
  parentOf = async (run: Run): Promise<ParentOfRun | null> => {
    if (!run.parent) return null;
    const parent = await this.repository.get(run.parent.runId);
    if (!parent) return null;
    const taskId = run.parent.taskId;
    return { run: parent, task: parent.plan.tasks.find((t) => t.id === taskId) ?? null };
  };

  /** Who completed a run: the person of its last event. */
  private async lastActor(state: RunState): Promise<RunActor> {
    const [last] = await this.repository.events(state.run.id, state.seq - 1);
    return last?.actor ?? state.run.issuedBy;
  }

  private linkAction(on: ChildOn, child: Run): RunAction {
    return {
      type: 'link-child',
      ...on,
      childRunId: child.id,
      childPlanId: child.planId,
      childNumber: child.number,
      childIssuedOn: child.issuedOn,
    };
  }

  private completion(on: ChildOn, link: ChildRunLink): RunAction {
    return { type: 'child-completed', ...on, childRunId: link.runId };
  }
}

/** A refusal to show once the child run has completed; none while the task is already completed. */
function refusalOf(
  parent: RunState,
  on: ChildOn,
  check: ReturnType<typeof checkAction> | null,
): Refusal | null {
  if (!check || check.ok) return null;
  const a = parent.assignments.get(assignmentKey(on.assigneeId, on.taskId));
  return a && workingStatus(parent, a) === 'completed' ? null : check;
}
