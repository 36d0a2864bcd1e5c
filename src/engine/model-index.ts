import type { AssignmentNode, TaskNode } from './model';
import { GrowingInts } from './growing-ints';
import { NumberedMap } from './numbered-map';

/**
 * Rows of integers packed in one array (compressed rows): row `i` is `items[start[i]]` up to, not including,
 * `items[start[i + 1]]`. One pair of typed arrays for the whole plan instead of one small array per task.
 */
export interface Rows {
  start: Int32Array;
  items: Int32Array;
}

/** Row `i` of `rows` (a view: no copy). */
export function rowOf(rows: Rows, i: number): Int32Array {
  return rows.items.subarray(rows.start[i] as number, rows.start[i + 1] as number);
}

/** The assignment numbers of task `t`, in the order of its `assignees`. */
export function taskSlots(index: ModelIndex, t: number): number[] {
  const slots: number[] = [];
  for (let s = index.firstSlot[t] as number; s < (index.firstSlot[t + 1] as number); s++) slots.push(s);
  return slots;
}

/** Appends rows one at a time (its items, then `end`), then packs them. */
class RowsBuilder {
  private readonly start: GrowingInts;
  private readonly items: GrowingInts;

  /** `rows`: how many rows there will be, if known. */
  constructor(rows = 16) {
    this.start = new GrowingInts(rows + 1);
    this.start.push(0);
    this.items = new GrowingInts(rows);
  }

  push(value: number): void {
    this.items.push(value);
  }

  end(): void {
    this.start.push(this.items.length);
  }

  finish(): Rows {
    return { start: this.start.toInt32Array(), items: this.items.toInt32Array() };
  }
}

/**
 * A model's tasks and assignments numbered once as the model is compiled (interned), so that the verifier
 * and its explanations work on arrays of integers instead of `assignee/task` string keys.
 */
export interface ModelIndex {
  tasks: TaskNode[];
  /** The number of each task id (of the last task with that id, if it is repeated). */
  taskNo: ReadonlyMap<string, number>;
  /** Every assignment, task by task in plan order; its number is its position here. */
  assignments: AssignmentNode[];
  /** Task number of each assignment. */
  taskOf: Int32Array;
  /**
   * Per task: its first assignment number. A task's assignments are numbered consecutively in the order of
   * `task.assignees`, so `task.assignees[k]`'s is `firstSlot[t] + k`, and `firstSlot[t + 1]` ends them.
   */
  firstSlot: Int32Array;
  /** Per task: the assignment numbers of `task.primary`, in the same order. */
  primarySlots: Rows;
  /** Per task: the task numbers of `resultDeps` and `closureDeps` (-1 for a task not in the plan). */
  resultDeps: Rows;
  closureDeps: Rows;
  /** Per assignee id: the assignment numbers of its `taskIds`, in the same order. */
  byAssignee: ReadonlyMap<string, Int32Array>;
}

/**
 * Collects the index while `compilePlanModel` adds each task with its assignments, in plan order; each
 * assignment comes with the number of its assignee (numbered by the caller, from 0, as first met).
 */
export class ModelIndexBuilder {
  private readonly tasks: TaskNode[] = [];
  private readonly taskNo = new Map<string, number>();
  private readonly assignments: AssignmentNode[] = [];
  private readonly taskOf: GrowingInts;
  private readonly assigneeOf: GrowingInts;
  private readonly firstSlot: GrowingInts;
  private readonly primarySlots: RowsBuilder;

  /** `tasks`: how many tasks will be added (a hint). */
  constructor(private readonly expected = 16) {
    this.taskOf = new GrowingInts(expected);
    this.assigneeOf = new GrowingInts(expected);
    this.firstSlot = new GrowingInts(expected + 1);
    this.firstSlot.push(0);
    this.primarySlots = new RowsBuilder(expected);
  }

  /** The tasks added so far, in order. */
  get nodes(): TaskNode[] {
    return this.tasks;
  }

  /** Some task id was added more than once. */
  get repeatsIds(): boolean {
    return this.taskNo.size < this.tasks.length;
  }

  /** `assignments` are the task's, one per id of `task.assignees`, in the same order; `assigneeNos` theirs. */
  addTask(task: TaskNode, assignments: AssignmentNode[], assigneeNos: number[]): void {
    const no = this.tasks.length;
    const first = this.assignments.length;
    this.tasks.push(task);
    this.taskNo.set(task.id, no);
    for (let k = 0; k < assignments.length; k++) {
      this.assignments.push(assignments[k] as AssignmentNode);
      this.taskOf.push(no);
      this.assigneeOf.push(assigneeNos[k] as number);
    }
    this.firstSlot.push(this.assignments.length);
    const primary = this.primarySlots;
    if (task.primary === task.assignees) {
      for (let k = 0; k < assignments.length; k++) primary.push(first + k);
    } else {
      const slotOf = new Map(task.assignees.map((id, k) => [id, first + k]));
      for (const id of task.primary) primary.push(slotOf.get(id) ?? -1);
    }
    primary.end();
  }

  /** The index; `assigneeNo` gives each assignee id the number its assignments were added with. */
  finish(assigneeNo: ReadonlyMap<string, number>): ModelIndex {
    const taskNo = this.taskNo;
    const resultDeps = new RowsBuilder(this.expected);
    const closureDeps = new RowsBuilder(this.expected);
    for (const t of this.tasks) {
      for (const id of t.resultDeps) resultDeps.push(taskNo.get(id) ?? -1);
      resultDeps.end();
      for (const id of t.closureDeps) closureDeps.push(taskNo.get(id) ?? -1);
      closureDeps.end();
    }
    const byAssignee = groupByNumber(this.assigneeOf.toInt32Array(), assigneeNo.size);
    return {
      tasks: this.tasks,
      taskNo,
      assignments: this.assignments,
      taskOf: this.taskOf.toInt32Array(),
      firstSlot: this.firstSlot.toInt32Array(),
      primarySlots: this.primarySlots.finish(),
      resultDeps: resultDeps.finish(),
      closureDeps: closureDeps.finish(),
      byAssignee: new NumberedMap(assigneeNo, (no) => rowOf(byAssignee, no)),
    };
  }
}

/** Rows of the positions of `numbers` by their value (0 to `count` - 1): a counting sort, order kept. */
function groupByNumber(numbers: Int32Array, count: number): Rows {
  const start = new Int32Array(count + 1);
  for (const n of numbers) start[n + 1] = (start[n + 1] as number) + 1;
  for (let i = 0; i < count; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const items = new Int32Array(numbers.length);
  const fill = start.slice(0, count);
  for (let at = 0; at < numbers.length; at++) {
    const n = numbers[at] as number;
    items[fill[n] as number] = at;
    fill[n] = (fill[n] as number) + 1;
  }
  return { start, items };
}
