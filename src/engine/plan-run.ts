import { createActor, type Actor } from 'xstate';
import {
  assignmentStatuses,
  bodyInput,
  bodyMachinesOf,
  type BodyEvent,
  type BodyMachine,
} from './body-machine';
import { settleFacts } from './facts-sync';
import type { PlanModel } from './model';
import { changedTasks, emptyFactSets, type AssignmentStatus, type FactSets } from './status';

/**
 * A live run of a plan: one XState actor per assigned body, kept in step through completion facts.
 * Simulation and the staff runtime both drive plans through this.
 */
export class PlanRun {
  readonly actors = new Map<string, Actor<BodyMachine>>();
  readonly facts: FactSets = emptyFactSets();
  /** Each body's statuses as of its last snapshot (reading a snapshot's value is not free). */
  private readonly current = new Map<string, Record<string, AssignmentStatus>>();

  constructor(readonly model: PlanModel) {
    const machines = bodyMachinesOf(model);
    for (const assignee of model.assignees.values()) {
      const machine = machines.get(assignee.id) as BodyMachine;
      const actor = createActor(machine, { input: bodyInput(model, assignee) });
      actor.start();
      this.actors.set(assignee.id, actor);
      this.current.set(assignee.id, assignmentStatuses(actor.getSnapshot()));
    }
    this.sync(model.tasks.keys());
  }

  status(bodyId: string, taskId: string): AssignmentStatus {
    return this.current.get(bodyId)?.[taskId] ?? 'notStarted';
  }

  statuses(bodyId: string): Record<string, AssignmentStatus> {
    return { ...this.current.get(bodyId) };
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
