import { z } from 'zod';
import { BodySchema, type Body } from '../domain/body';
import { IdSchema } from '../domain/ids';
import { PlanFileSchema } from '../domain/plan-format';
import { breaks, check } from '../domain/problems';
import type { PlanRecord, RowProblem, VersionRecord } from './records';

const TimestampSchema = z.iso.datetime();

/**
 * A plans row: the plan is checked by the same schema, wording and paths as `validatePlan`, and a plan
 * stored in an older format version is upgraded as it is read (the next save writes the current version).
 */
const PlanRecordSchema = z
  .object({
    id: IdSchema,
    revision: z.number().int().positive(),
    createdAt: TimestampSchema,
    updatedAt: TimestampSchema,
    plan: PlanFileSchema,
  })
  .superRefine((row, ctx) => {
    if (row.plan.id !== row.id)
      ctx.addIssue({
        code: 'custom',
        path: ['plan', 'id'],
        ...breaks({ rule: 'plan-id-is-row-key', planId: row.plan.id, key: row.id }),
      });
  });

const VersionRecordSchema = z.object({
  id: z.number().int().positive(),
  planId: IdSchema,
  name: z.string(),
  auto: z.boolean(),
  createdAt: TimestampSchema,
  plan: PlanFileSchema,
});

export type RowRead<T> = { ok: true; value: T } | { ok: false; problem: RowProblem };

/** What a table holds once every row has been parsed: the good rows, and a problem for each bad one. */
export interface RowsRead<T> {
  records: T[];
  problems: RowProblem[];
}

export function readRow<T>(schema: z.ZodType<T>, table: string, row: unknown): RowRead<T> {
  const result = check(schema, row);
  if (result.ok) return result;
  const key = String((row as { id?: unknown } | undefined)?.id);
  return { ok: false, problem: { table, key, problems: result.problems } };
}

export function readRows<T>(schema: z.ZodType<T>, table: string, rows: readonly unknown[]): RowsRead<T> {
  const read: RowsRead<T> = { records: [], problems: [] };
  for (const row of rows) {
    const one = readRow(schema, table, row);
    if (one.ok) read.records.push(one.value);
    else read.problems.push(one.problem);
  }
  return read;
}

export const readPlanRow = (row: unknown): RowRead<PlanRecord> => readRow(PlanRecordSchema, 'plans', row);
export const readPlanRows = (rows: readonly unknown[]): RowsRead<PlanRecord> =>
  readRows(PlanRecordSchema, 'plans', rows);
export const readVersionRows = (rows: readonly unknown[]): RowsRead<VersionRecord> =>
  readRows(VersionRecordSchema, 'versions', rows);
export const readBodyRows = (rows: readonly unknown[]): RowsRead<Body> =>
  readRows(BodySchema, 'bodies', rows);
