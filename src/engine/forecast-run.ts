import { EventHeap } from './event-heap';
import { WorkClock } from './forecast-clock';
import { runKey, taskDraw, triangularQuantile } from './forecast-sample';
import type { ForecastSetup, TaskSetup } from './forecast-setup';

const ARRIVE = 0;
const FINISH = 1;
const NONE = -1;

/** What one run leaves behind: finish times per task and per body, and the task that ended the plan. */
export interface RunOutcome {
  /** Time each task's result exists (Infinity: never; NaN: not finite work). */
  done: Float64Array;
  /** Time work on each task first started (an event: its day); Infinity: never; NaN: not finite work. */
  started: Float64Array;
  /** Time each assignee finishes its last assignment (Infinity: never; NaN: it has no finite work). */
  bodies: Float64Array;
  /** What each task's finish waited for last: a task (its result, its closure, or a slot it freed), or NONE. */
  cause: Int32Array;
  /** The task that ended the plan's finite work, or NONE. */
  last: number;
}

/**
 * One Monte Carlo run: every task's effort is drawn, then an event-driven list scheduler starts each
 * assignment as soon as the task may start and the assignee has a free slot (first come, first served).
 * Buffers are allocated once and reused by every run.
 */
export class ForecastRunner {
  private readonly heap = new EventHeap();
  private readonly assignTask: Int32Array;
  private readonly assignWho: Int32Array;
  private readonly assignPrimary: Uint8Array;
  private readonly taskAssignments: number[][];
  private readonly assigneeAssignments: number[][];
  private readonly effort: Float64Array;
  private readonly remaining: Int32Array;
  private readonly primaryLeft: Int32Array;
  private readonly allLeft: Int32Array;
  private readonly assignCause: Int32Array;
  private readonly assignFinish: Float64Array;
  private readonly running: Int32Array;
  private readonly queues: number[][];
  /** Per assignee, its slots; per task, whether it is finite work (read on every event, so kept flat). */
  private readonly capacity: Float64Array;
  private readonly isWork: Uint8Array;
  private readonly outcome: RunOutcome;
  private readonly clock: WorkClock;

  constructor(private readonly setup: ForecastSetup) {
    const { tasks, assignees } = setup;
    this.clock = setup.clock;
    this.taskAssignments = tasks.map(() => []);
    this.assigneeAssignments = assignees.map(() => []);
    const task: number[] = [];
    const who: number[] = [];
    const primary: number[] = [];
    tasks.forEach((t, i) => {
      if (t.mode !== 'work' && t.mode !== 'event') return;
      for (const a of t.assignees) {
        this.taskAssignments[i]?.push(task.length);
        this.assigneeAssignments[a]?.push(task.length);
        task.push(i);
        who.push(a);
        primary.push(t.primary.includes(a) ? 1 : 0);
      }
    });
    this.assignTask = Int32Array.from(task);
    this.assignWho = Int32Array.from(who);
    this.assignPrimary = Uint8Array.from(primary);
    this.effort = new Float64Array(tasks.length);
    this.remaining = new Int32Array(tasks.length);
    this.primaryLeft = new Int32Array(tasks.length);
    this.allLeft = new Int32Array(tasks.length);
    this.assignCause = new Int32Array(task.length);
    this.assignFinish = new Float64Array(task.length);
    this.running = new Int32Array(assignees.length);
    this.queues = assignees.map(() => []);
    this.capacity = Float64Array.from(assignees, (a) => a.capacity);
    this.isWork = Uint8Array.from(tasks, (t) => (t.mode === 'work' ? 1 : 0));
    this.outcome = {
      done: new Float64Array(tasks.length),
      started: new Float64Array(tasks.length),
      bodies: new Float64Array(assignees.length),
      cause: new Int32Array(tasks.length),
      last: NONE,
    };
  }

  run(seed: number, index: number): RunOutcome {
    const { tasks } = this.setup;
    const key = runKey(seed, index);
    const { done, started, cause } = this.outcome;
    this.heap.clear();
    this.running.fill(0);
    this.assignFinish.fill(Infinity);
    for (const queue of this.queues) queue.length = 0;
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i] as TaskSetup;
      this.effort[i] = t.effort ? triangularQuantile(t.effort, taskDraw(key, t.hash)) : 0;
      this.remaining[i] = t.resultDeps.length + t.closureDeps.length;
      this.primaryLeft[i] = t.primary.length;
      this.allLeft[i] = t.assignees.length;
      done[i] = t.mode === 'work' || t.mode === 'event' ? Infinity : NaN;
      started[i] = done[i] as number;
      cause[i] = NONE;
    }
    for (let i = 0; i < tasks.length; i++) {
      const t = tasks[i] as TaskSetup;
      if ((t.mode === 'work' || t.mode === 'event') && !t.waitsForever && this.remaining[i] === 0) {
        this.release(i, 0, NONE);
      }
    }
    while (this.heap.size > 0) {
      const now = this.heap.peekTime();
      const payload = this.heap.pop();
      const k = payload >> 1;
      if ((payload & 1) === ARRIVE) this.arrive(k, now);
      else this.finish(k, now);
    }
    this.summarise();
    return this.outcome;
  }

  private release(i: number, now: number, by: number): void {
    const t = this.setup.tasks[i];
    if (!t) return;
    let ready = Math.max(now, t.notBefore);
    let why = ready > now ? NONE : by;
    if (t.shift) {
      const later = this.clock.shifted(ready, t.shift);
      if (later > ready) [ready, why] = [later, NONE];
    }
    for (const k of this.taskAssignments[i] ?? []) {
      const who = this.setup.assignees[this.assignWho[k] as number];
      if (!who?.active) continue;
      const arrive = Math.max(ready, who.notBefore);
      const arriveWhy = arrive > ready ? NONE : why;
      if (t.mode === 'event') {
        this.assignCause[k] = arrive >= t.fixedTime ? arriveWhy : NONE;
        this.heap.push(Math.max(arrive, t.fixedTime), k * 2 + FINISH);
      } else {
        this.assignCause[k] = arriveWhy;
        if (arrive === now) this.arrive(k, now);
        else this.heap.push(arrive, k * 2 + ARRIVE);
      }
    }
  }

  private arrive(k: number, now: number): void {
    const a = this.assignWho[k] as number;
    if ((this.running[a] as number) < (this.capacity[a] as number)) this.start(k, now);
    else this.queues[a]?.push(k);
  }

  private start(k: number, now: number): void {
    const a = this.assignWho[k] as number;
    const i = this.assignTask[k] as number;
    this.running[a] = (this.running[a] as number) + 1;
    if (now < (this.outcome.started[i] as number)) this.outcome.started[i] = now;
    this.heap.push(now + (this.effort[i] as number), k * 2 + FINISH);
  }

  private finish(k: number, now: number): void {
    const i = this.assignTask[k] as number;
    const a = this.assignWho[k] as number;
    this.assignFinish[k] = now;
    if (this.isWork[i]) {
      this.running[a] = (this.running[a] as number) - 1;
      const next = this.queues[a]?.shift();
      if (next !== undefined) {
        this.assignCause[next] = i;
        this.start(next, now);
      }
    }
    if (this.assignPrimary[k] && this.countDown(this.primaryLeft, i)) {
      this.outcome.done[i] = now;
      this.outcome.cause[i] = this.assignCause[k] as number;
      for (const j of this.setup.resultDependents[i] ?? []) this.satisfy(j, now, i);
    }
    if (this.countDown(this.allLeft, i)) {
      for (const j of this.setup.closureDependents[i] ?? []) this.satisfy(j, now, i);
    }
  }

  private satisfy(j: number, now: number, by: number): void {
    if (this.countDown(this.remaining, j) && !this.setup.tasks[j]?.waitsForever) this.release(j, now, by);
  }

  /** Decrements a counter; true when it reaches zero. */
  private countDown(counters: Int32Array, i: number): boolean {
    const left = (counters[i] as number) - 1;
    counters[i] = left;
    return left === 0;
  }

  private summarise(): void {
    const { bodies, done, started } = this.outcome;
    const { tasks } = this.setup;
    for (let i = 0; i < tasks.length; i++) if (tasks[i]?.mode === 'event') started[i] = done[i] as number;
    for (let a = 0; a < this.assigneeAssignments.length; a++) {
      const ks = this.assigneeAssignments[a] as number[];
      let latest = ks.length > 0 ? -Infinity : NaN;
      for (const k of ks) latest = Math.max(latest, this.assignFinish[k] as number);
      bodies[a] = latest;
    }
    let last = NONE;
    for (let i = 0; i < done.length; i++) {
      const t = done[i] as number;
      if (Number.isFinite(t) && (last === NONE || t > (done[last] as number))) last = i;
    }
    this.outcome.last = last;
  }
}
