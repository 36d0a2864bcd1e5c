import type { Body } from '../domain/body';
import type { Plan } from '../domain/plan';
import { eachLanguage } from '../domain/localized';
import { parsePlanJson } from '../domain/plan-parse';
import type { PlanProblem } from '../domain/problems';
import type { RolloutDatabase } from './database';
import { addMissingBodies } from './directory-merge';
import { freeId } from './free-id';
import { newRecord, type PlanRecord, type RemovedPlan, type RowProblem, type SaveResult } from './records';
import { readPlanRow, readPlanRows, readVersionRows } from './rows';

const COPY_SUFFIX = ' (bản sao)';

/** What the index knows of a stored plan without reading it. */
export interface PlanHead {
  revision: number;
  createdAt: string;
}

export type ImportResult = { ok: true; record: PlanRecord } | { ok: false; problems: PlanProblem[] };

/**
 * The plan library. Each method that writes is one read-write transaction, and every row read is parsed:
 * a row that fails is reported and skipped, never thrown. A plan entering or saved into the library also
 * adds the bodies it names to the body directory (those the directory already has are kept).
 */
export class PlanRepository {
  constructor(private readonly db: RolloutDatabase) {}

  async list(): Promise<{ records: PlanRecord[]; problems: RowProblem[] }> {
    const read = readPlanRows(await this.db.plans.toArray());
    this.db.report(read.problems);
    return read;
  }

  async get(id: string): Promise<{ record: PlanRecord | null; problem: RowProblem | null }> {
    const row = await this.db.plans.get(id);
    if (row === undefined) return { record: null, problem: null };
    const read = readPlanRow(row);
    if (read.ok) return { record: read.value, problem: null };
    this.db.report([read.problem]);
    return { record: null, problem: read.problem };
  }

  /**
   * The stored revision and creation time of a plan, read from an index without loading the plan (null
   * when there is none). Cheap enough for a save, and for a live query that watches a large plan.
   */
  async head(id: string): Promise<PlanHead | null> {
    const keys = await this.db.plans.where('[id+revision+createdAt]').between([id], [id, []]).keys();
    const [, revision, createdAt] = (keys[0] as [string, unknown, unknown] | undefined) ?? [];
    return typeof revision === 'number' && typeof createdAt === 'string' ? { revision, createdAt } : null;
  }

  /** A new plan at revision 1; when its id is taken it gets the first free `id-2`, `id-3`… */
  create(plan: Plan): Promise<PlanRecord> {
    const { plans, bodies } = this.db;
    return this.db.transaction('rw', [plans, bodies], async () => {
      const id = await freeId(plans, plan.id);
      const record = newRecord({ ...plan, id }, this.db.now());
      await plans.add(record);
      await addMissingBodies(bodies, [plan]);
      return record;
    });
  }

  /**
   * Save an edited plan made from revision `baseRevision`. When the stored plan has moved on (another tab
   * saved it), nothing is written and the stored record comes back as the conflict. A plan no longer in
   * the library (deleted elsewhere, or its row unreadable) is written back, so the edit is not lost.
   * `savedBodies` is the body list of the plan as saved at `baseRevision` (its bodies are in the
   * directory already): when the plan still has that very list, the directory is not read again.
   */
  save(plan: Plan, baseRevision: number, savedBodies?: readonly Body[]): Promise<SaveResult> {
    const { plans, bodies } = this.db;
    return this.db.transaction('rw', [plans, bodies], async (): Promise<SaveResult> => {
      const head = await this.head(plan.id);
      const stored = head === null || head.revision === baseRevision ? null : await this.get(plan.id);
      if (stored?.record) return { ok: false, conflict: stored.record };
      const now = this.db.now();
      const createdAt = head?.createdAt ?? now;
      const record: PlanRecord = { id: plan.id, revision: baseRevision + 1, createdAt, updatedAt: now, plan };
      await plans.put(record);
      if (plan.bodies !== savedBodies) await addMissingBodies(bodies, [plan]);
      return { ok: true, record };
    });
  }

  /**
   * Delete a plan and its versions; what comes back is enough for `restore` (undo). Null, and nothing
   * deleted, when there is no readable plan under that id (an unreadable row cannot be undone, so it stays).
   */
  remove(id: string): Promise<RemovedPlan | null> {
    const { plans, versions } = this.db;
    return this.db.transaction('rw', [plans, versions], async () => {
      const { record } = await this.get(id);
      if (record === null) return null;
      const ofPlan = versions.where('planId').equals(id);
      const read = readVersionRows(await ofPlan.toArray());
      this.db.report(read.problems);
      await ofPlan.delete();
      await plans.delete(id);
      return { record, versions: read.records };
    });
  }

  /** Put a removed plan and its versions back; if its id was taken meanwhile, under a free one. */
  async restore(removed: RemovedPlan): Promise<void> {
    const { plans, versions } = this.db;
    await this.db.transaction('rw', [plans, versions], async () => {
      const id = await freeId(plans, removed.record.id);
      await plans.add({ ...removed.record, id, plan: { ...removed.record.plan, id } });
      await versions.bulkPut(removed.versions.map((v) => ({ ...v, planId: id })));
    });
  }

  /** A copy of a stored plan under a new free id, titled "… (bản sao)". */
  duplicate(id: string): Promise<PlanRecord> {
    const { plans } = this.db;
    return this.db.transaction('rw', [plans], async () => {
      const { record } = await this.get(id);
      if (record === null) throw new Error(`No readable plan "${id}" to duplicate`);
      const copy = newRecord(
        { ...record.plan, id: await freeId(plans, id), title: record.plan.title + COPY_SUFFIX },
        this.db.now(),
      );
      await plans.add(copy);
      return copy;
    });
  }

  /** Import a plan file: refused with every problem (path prefixed by the file name) or created. */
  async importJson(text: string, fileName: string): Promise<ImportResult> {
    const parsed = parsePlanJson(text);
    if (!parsed.ok)
      return {
        ok: false,
        problems: parsed.problems.map((p) => ({
          ...p,
          path: eachLanguage((l) => `${fileName}: ${p.path[l]}`),
        })),
      };
    return { ok: true, record: await this.create(parsed.plan) };
  }

  /** The plan as a file `importJson` accepts back. */
  exportJson(plan: Plan): string {
    return `${JSON.stringify(plan, null, 2)}\n`;
  }
}
