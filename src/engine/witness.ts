import type { AssignmentNode, PlanModel } from './model';
import { rowOf, taskSlots } from './model-index';
import type { RunEvent } from './verdict';
import type { Reachability } from './verify';

const FULL_RUN = ['START', 'REPORT', 'APPROVE', 'DELIVER'] as const;
const WORK_RUN = ['START', 'REPORT', 'APPROVE'] as const;

/**
 * A run told in parts: first the parts it comes after (by number, see `Witnesses.part`), each run in turn
 * with its own parts first and any event already run left out, then its own `steps`. Every part holds the
 * work its own steps need, so the whole is a run the machines accept.
 */
export interface WitnessParts {
  after: number[];
  steps: readonly RunEvent[];
}

/**
 * The witnesses of a verified plan: for a stuck body, the shortest run that takes it as far as it can go,
 * ending where it is stuck. Made only when asked for, one body at a time: the witnesses of thousands of stuck
 * bodies along one chain would repeat the chain each time (quadratic). Told in parts, they are linear: part
 * `n` is assignment `n`'s own run after the parts of the work it needs, so each part is told once and a body's
 * witness is its own steps after the parts its assignments need.
 */
export class Witnesses {
  private readonly stamp: Int32Array;
  private round = 0;
  /** Whether `model.tasks` holds every task of the index (no id is repeated). */
  private readonly uniqueIds: boolean;

  constructor(
    private readonly model: PlanModel,
    private readonly reach: Reachability,
  ) {
    this.stamp = new Int32Array(reach.index.assignments.length);
    this.uniqueIds = reach.index.taskNo.size === reach.index.tasks.length;
  }

  /**
   * Every assignment `assigneeId` can get approved (and deliver), preceded by exactly the work of others
   * that those assignments need, in the order they first can be: the whole run, to replay it.
   */
  runOf(assigneeId: string): RunEvent[] {
    const { reach } = this;
    const round = ++this.round;
    const needed: number[] = [];
    const stack = [...this.ownSlots(assigneeId)];
    while (stack.length > 0) {
      const slot = stack.pop() as number;
      if (this.stamp[slot] === round) continue;
      this.stamp[slot] = round;
      needed.push(slot);
      // one at a time: a review may collect the reports of more tasks than a call takes arguments
      for (const need of this.needs(slot)) stack.push(need);
    }
    needed.sort((a, b) => (reach.position[a] as number) - (reach.position[b] as number));
    const events: RunEvent[] = [];
    for (const slot of needed) for (const event of this.eventsOf(slot)) events.push(event);
    return events;
  }

  /** The same run in parts: the body's own steps after the parts of the others' work they need. */
  partsOf(assigneeId: string): WitnessParts {
    const { position } = this.reach;
    const own = [...this.ownSlots(assigneeId)].sort(
      (a, b) => (position[a] as number) - (position[b] as number),
    );
    const round = ++this.round;
    for (const slot of own) this.stamp[slot] = round;
    const after: number[] = [];
    for (const slot of own) {
      for (const need of this.needs(slot)) {
        if (this.stamp[need] === round) continue;
        this.stamp[need] = round;
        after.push(need);
      }
    }
    return { after, steps: own.flatMap((slot) => this.eventsOf(slot)) };
  }

  /** Part `slot`: that assignment's own run, after the parts of the work it needs. */
  part(slot: number): WitnessParts {
    return { after: this.needs(slot), steps: this.eventsOf(slot) };
  }

  /** The assignments of `assigneeId` whose work can be approved. */
  private ownSlots(assigneeId: string): number[] {
    const slots = this.reach.index.byAssignee.get(assigneeId) ?? [];
    return Array.from(slots).filter((slot) => this.reach.approvable[slot] === 1);
  }

  /**
   * The approvable assignments whose work assignment `slot`'s needs: the result of each task it needs, and
   * every report it collects.
   */
  private needs(slot: number): number[] {
    const { index, approvable } = this.reach;
    const task = index.taskOf[slot] as number;
    const needs: number[] = [];
    for (const dep of rowOf(index.resultDeps, task)) {
      if (dep >= 0)
        for (const s of rowOf(index.primarySlots, dep)) if (s >= 0 && approvable[s]) needs.push(s);
    }
    for (const dep of rowOf(index.closureDeps, task)) {
      if (dep >= 0) for (const s of taskSlots(index, dep)) if (approvable[s]) needs.push(s);
    }
    const other = needs.filter((s) => s !== slot);
    // a task may both need another's result and collect its reports
    return rowOf(index.resultDeps, task).length > 0 && rowOf(index.closureDeps, task).length > 0
      ? [...new Set(other)]
      : other;
  }

  /** The events of one assignment's run (made each time: a witness is made once, when asked for). */
  private eventsOf(slot: number): RunEvent[] {
    const { index } = this.reach;
    const { assigneeId, taskId } = index.assignments[slot] as AssignmentNode;
    const task = this.uniqueIds ? index.tasks[index.taskOf[slot] as number] : this.model.tasks.get(taskId);
    const types = this.reach.completable[slot] && task?.task.report ? FULL_RUN : WORK_RUN;
    return types.map((type) => ({ assigneeId, taskId, type }));
  }
}
