import { readFileSync } from 'node:fs';
import { readPlanBytes } from '@rollout/core/domain/plan-bytes';
import type { PlanParseResult } from '@rollout/core/domain/plan-parse';

/**
 * A plan file read and checked as `npm run verify` reads it; null when it cannot be read. The file is read
 * as bytes and its plan a task at a time (`readPlanBytes`), so that a 250,000-task file never needs its text
 * as one string, nor all its parsed tasks beside the plan's.
 */
export function readPlanFile(file: string): PlanParseResult | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  return readPlanBytes(bytes);
}
