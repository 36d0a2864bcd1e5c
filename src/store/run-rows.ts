import { z } from 'zod';
import { RunEventSchema, RunSchema, UlidSchema, type Run, type RunEvent } from '../domain/run';
import type { RunSnapshotRecord } from './run-records';
import { readRow, readRows, type RowRead, type RowsRead } from './rows';

const RunSnapshotRowSchema = z.object({
  runId: UlidSchema,
  seq: z.number().int().min(1),
  savedAt: z.iso.datetime(),
  state: z.unknown(),
});

export const readRunRow = (row: unknown): RowRead<Run> => readRow(RunSchema, 'runs', row);
export const readRunRows = (rows: readonly unknown[]): RowsRead<Run> => readRows(RunSchema, 'runs', rows);
export const readRunEventRows = (rows: readonly unknown[]): RowsRead<RunEvent> =>
  readRows(RunEventSchema, 'runEvents', rows);
export const readRunSnapshotRow = (row: unknown): RowRead<Omit<RunSnapshotRecord, 'parts'>> =>
  readRow(RunSnapshotRowSchema, 'runSnapshots', row) as RowRead<Omit<RunSnapshotRecord, 'parts'>>;
