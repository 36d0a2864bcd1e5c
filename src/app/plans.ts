import { newPlan } from '../domain/new-plan';
import type { Plan } from '../domain/plan';
import type { PlanRepository, RemovedPlan } from '../store';

/**
 * The plan library as the screens use it: list and read plans (each read parses its row), and the
 * library's actions, each one transaction.
 */
export class PlanService {
  constructor(private readonly repository: PlanRepository) {}

  list = () => this.repository.list();

  get = (id: string) => this.repository.get(id);

  /**
   * The library's plans by plan id, to look up the child plans `plan` links to; read only when it links one
   * (an empty map otherwise).
   */
  childPlansOf = async (plan: Plan): Promise<ReadonlyMap<string, Plan>> => {
    if (!plan.tasks.some((t) => t.childPlanId !== null)) return new Map();
    return new Map((await this.repository.list()).records.map((r) => [r.plan.id, r.plan]));
  };

  /** The stored revision of a plan, from the index only (null when there is none). */
  revision = async (id: string): Promise<number | null> => (await this.repository.head(id))?.revision ?? null;

  /**
   * Save `plan` over the stored one made from revision `baseRevision`: when another tab or view saved it
   * since, nothing is written and the stored record comes back as the conflict.
   */
  save = (plan: Plan, baseRevision: number) => this.repository.save(plan, baseRevision);

  /** A new, empty plan (`newPlan`) in the library, under a free id. */
  createEmpty = () => this.repository.create(newPlan());

  duplicate = (id: string) => this.repository.duplicate(id);

  remove = (id: string) => this.repository.remove(id);

  /** Put back what `remove` took away (the library's undo). */
  restore = (removed: RemovedPlan) => this.repository.restore(removed);
}
