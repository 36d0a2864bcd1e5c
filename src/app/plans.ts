import { newPlan } from '../domain/new-plan';
import type { PlanRepository, RemovedPlan } from '../store';

/**
 * The plan library as the screens use it: list and read plans (each read parses its row), and the
 * library's actions, each one transaction.
 */
export class PlanService {
  constructor(private readonly repository: PlanRepository) {}

  list = () => this.repository.list();

  get = (id: string) => this.repository.get(id);

  /** The stored revision of a plan, from the index only (null when there is none). */
  revision = async (id: string): Promise<number | null> => (await this.repository.head(id))?.revision ?? null;

  /** A new, empty plan (`newPlan`) in the library, under a free id. */
  createEmpty = () => this.repository.create(newPlan());

  duplicate = (id: string) => this.repository.duplicate(id);

  remove = (id: string) => this.repository.remove(id);

  /** Put back what `remove` took away (the library's undo). */
  restore = (removed: RemovedPlan) => this.repository.restore(removed);
}
