import type { Body } from '../domain/body';
import type { RolloutDatabase } from './database';
import { readBodyRows } from './rows';

/** The body directory shared by every plan: each organisation once, by id. */
export class DirectoryRepository {
  constructor(private readonly db: RolloutDatabase) {}

  /** Every readable body (in id order; sort for display with the Vietnamese collator). */
  async list(): Promise<Body[]> {
    const read = readBodyRows(await this.db.bodies.toArray());
    this.db.report(read.problems);
    return read.records;
  }

  /** Add a body, or replace the one with its id. */
  async put(body: Body): Promise<void> {
    await this.db.bodies.put(body);
  }
}
