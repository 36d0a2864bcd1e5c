import type { AssignmentNode, TaskNode } from './model';

/**
 * A model's tasks and assignments numbered once as the model is compiled (interned), so that the verifier
 * and its explanations work on arrays of integers instead of `assignee/task` string keys.
 */
export interface ModelIndex {
  tasks: TaskNode[];
  taskNo: Map<string, number>;
  /** Every assignment, in the model's order; its number is its position here. */
  assignments: AssignmentNode[];
  /** Task number of each assignment. */
  taskOf: Int32Array;
  /** Per task: the assignment numbers of `task.assignees` and of `task.primary`, in the same order. */
  slots: number[][];
  primarySlots: number[][];
  /** Per task: the task numbers of `resultDeps` and `closureDeps` (-1 for a task not in the plan). */
  resultDeps: number[][];
  closureDeps: number[][];
  /** Per assignee id: the assignment numbers of its `taskIds`, in the same order. */
  byAssignee: Map<string, number[]>;
}

/** Collects the index while `compilePlanModel` adds each task with its assignments, in plan order. */
export class ModelIndexBuilder {
  private readonly tasks: TaskNode[] = [];
  private readonly assignments: AssignmentNode[] = [];
  private readonly taskOf: number[] = [];
  private readonly slots: number[][] = [];
  private readonly primarySlots: number[][] = [];
  private readonly byAssignee = new Map<string, number[]>();

  /** `assignments` are the task's, one per id of `task.assignees`, in the same order. */
  addTask(task: TaskNode, assignments: AssignmentNode[]): void {
    const no = this.tasks.length;
    this.tasks.push(task);
    const slotOf = new Map<string, number>();
    for (const a of assignments) {
      const slot = this.assignments.length;
      this.assignments.push(a);
      this.taskOf.push(no);
      slotOf.set(a.assigneeId, slot);
      const list = this.byAssignee.get(a.assigneeId);
      if (list) list.push(slot);
      else this.byAssignee.set(a.assigneeId, [slot]);
    }
    this.slots.push(task.assignees.map((id) => slotOf.get(id) ?? -1));
    this.primarySlots.push(task.primary.map((id) => slotOf.get(id) ?? -1));
  }

  finish(): ModelIndex {
    const taskNo = new Map(this.tasks.map((t, i) => [t.id, i]));
    const numbers = (ids: string[]) => ids.map((id) => taskNo.get(id) ?? -1);
    return {
      tasks: this.tasks,
      taskNo,
      assignments: this.assignments,
      taskOf: Int32Array.from(this.taskOf),
      slots: this.slots,
      primarySlots: this.primarySlots,
      resultDeps: this.tasks.map((t) => numbers(t.resultDeps)),
      closureDeps: this.tasks.map((t) => numbers(t.closureDeps)),
      byAssignee: this.byAssignee,
    };
  }
}
