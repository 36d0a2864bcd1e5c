import { createActor, type Actor, type Snapshot } from 'xstate';
import {
  assignmentStatuses,
  bodyInput,
  bodyMachinesOf,
  type BodyEvent,
  type BodyMachine,
} from './body-machine';
import { settleFacts } from './facts-sync';
import type { PlanModel } from './model';
import { changedTasks, emptyFactSets, type AssignmentStatus, type Facts, type FactSets } from './status';

/** A `PlanRun` as plain data: each body's persisted snapshot, and the facts known. */
export interface SavedPlanRun {
  bodies: Record<string, unknown>;
  facts: Facts;
}

/**
 * A live run of a plan: one XState actor per assigned body, kept in step through completion facts.
 * Simulation and the staff runtime both drive plans through this.
 */
export class PlanRun {
  readonly actors = new Map<string, Actor<BodyMachine>>();
  readonly facts: FactSets = emptyFactSets();
  /** Each body's statuses as of its last snapshot (reading a snapshot's value is not free). */
  private readonly current = new Map<string, Record<string, AssignmentStatus>>();

  /** A run from the start, or from a `saved` state (see `save`) of a run of the same model. */
  constructor(
    readonly model: PlanModel,
    saved?: SavedPlanRun,
  ) {
    const machines = bodyMachinesOf(model);
    for (const assignee of model.assignees.values()) {
      const machine = machines.get(assignee.id) as BodyMachine;
      const snapshot = saved?.bodies[assignee.id] as Snapshot<unknown> | undefined;
      const actor = createActor(machine, { input: bodyInput(model, assignee), snapshot });
      actor.start();
      this.actors.set(assignee.id, actor);
      this.current.set(assignee.id, assignmentStatuses(actor.getSnapshot()));
    }
    if (saved) {
      for (const kind of ['done', 'void', 'closed'] as const)
        for (const t of saved.facts[kind]) this.facts[kind].add(t);
    } else this.sync(model.tasks.keys());
  }

  /** The state of every body (XState persisted snapshots) and the facts: plain data, to restore from. */
  save(): SavedPlanRun {
    const bodies: Record<string, unknown> = {};
    for (const [id, actor] of this.actors) bodies[id] = actor.getPersistedSnapshot();
    const { done, void: voided, closed } = this.facts;
    return { bodies, facts: { done: [...done], void: [...voided], closed: [...closed] } };
  }

  status(bodyId: string, taskId: string): AssignmentStatus {
    return this.current.get(bodyId)?.[taskId] ?? 'notStarted';
  }

  statuses(bodyId: string): Record<string, AssignmentStatus> {
    return { ...this.current.get(bodyId) };
  }

  /** Why the machine cancelled, declined or returned an assignment (`declined` for a declined request). */
  note(bodyId: string, taskId: string): string | null {
    return this.actors.get(bodyId)?.getSnapshot().context.notes[taskId] ?? null;
  }

  /** Whether the body's machine would take the event now (its guards asked, nothing changed). */
  can(bodyId: string, event: BodyEvent): boolean {
    return this.actors.get(bodyId)?.getSnapshot().can(event) ?? false;
  }

  isDone(bodyId: string): boolean {
    return this.actors.get(bodyId)?.getSnapshot().status === 'done';
  }

  /** Send an event to one body; returns the tasks (of any body) whose status changed. */
  send(bodyId: string, event: BodyEvent): string[] {
    const changed = this.deliver(bodyId, event);
    return changed.length > 0 ? [...new Set([...changed, ...this.sync(changed)])] : changed;
  }

  stop(): void {
    for (const actor of this.actors.values()) actor.stop();
  }

  private deliver(bodyId: string, event: BodyEvent): string[] {
    const actor = this.actors.get(bodyId);
    if (!actor || actor.getSnapshot().status !== 'active') return [];
    const before = this.current.get(bodyId) ?? {};
    actor.send(event);
    const after = assignmentStatuses(actor.getSnapshot());
    this.current.set(bodyId, after);
    return changedTasks(before, after);
  }

  private sync(dirty: Iterable<string>): string[] {
    return settleFacts(
      this.model,
      this.facts,
      dirty,
      (b, t) => this.status(b, t),
      (b, facts) => this.deliver(b, { type: 'FACTS', facts }),
    );
  }
}
