import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { readPlanChunks } from '@rollout/core/domain/plan-bytes';
import type { PlanParseResult } from '@rollout/core/domain/plan-parse';

const CHUNK = 1 << 20;

/**
 * A plan file read and checked as `npm run verify` reads it; null when it cannot be read. The file is read a
 * megabyte at a time into one buffer and its plan a task at a time (`readPlanChunks`), so that a 250,000-task
 * file is never in memory whole, as bytes or as one string, nor all its parsed tasks beside the plan's. A file
 * that is not read that way (a syntax error, a task with a problem) is read again whole, to name its problems.
 */
export function readPlanFile(file: string): PlanParseResult | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    return readPlanChunks(chunksOf(fd), () => readFileSync(file));
  } catch (error) {
    // the file could not be read (a system error has a code); anything else is a fault of ours
    if (error instanceof Error && 'code' in error) return null;
    throw error;
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes a chunk at a time, each read into the same buffer (the reader copies what it keeps). */
function* chunksOf(fd: number): Generator<Uint8Array> {
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    const read = readSync(fd, buffer, 0, CHUNK, null);
    if (read === 0) return;
    yield buffer.subarray(0, read);
  }
}
