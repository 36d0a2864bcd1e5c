import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Body } from '../../../src/domain/body';
import type { Plan } from '../../../src/domain/plan';
import { parsePlanJson } from '../../../src/domain/plan-parse';
import { RolloutDatabase, type RowProblem } from '../../../src/store';

/** A clock that starts at `start` and moves one second on each reading. */
export function tickingClock(start = '2025-03-01T08:00:00.000Z'): () => string {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t).toISOString();
    t += 1000;
    return now;
  };
}

let count = 0;

/** A name no other test in this file uses (fake-indexeddb keeps databases for the whole file). */
export function uniqueName(): string {
  count += 1;
  return `test-${count}`;
}

/** A database under a new name, a deterministic clock, and the row problems it reported. */
export function freshDatabase(name = uniqueName()): { db: RolloutDatabase; reported: RowProblem[] } {
  const reported: RowProblem[] = [];
  const db = new RolloutDatabase(name, { now: tickingClock(), onRowProblem: (p) => reported.push(p) });
  return { db, reported };
}

/** The five example plans of workflows/, parsed as the app parses them. */
function loadSeeds(): Plan[] {
  const dir = 'workflows';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.plan.json'))
    .sort()
    .map((f) => {
      const result = parsePlanJson(readFileSync(join(dir, f), 'utf8'));
      if (!result.ok) throw new Error(`${f}: ${result.problems.map((p) => p.path.vi).join(', ')}`);
      return result.plan;
    });
}

/** Each body the plans name, as the first plan naming it has it, in id order (the directory's order). */
export function firstNamedBodies(plans: readonly Plan[]): Body[] {
  const named = new Map<string, Body>();
  for (const body of plans.flatMap((p) => p.bodies)) if (!named.has(body.id)) named.set(body.id, body);
  return byId([...named.values()]);
}

export const SEEDS: readonly Plan[] = loadSeeds();

/** The i-th example plan (in file name order). */
export function seedPlan(i: number): Plan {
  const plan = SEEDS[i];
  if (!plan) throw new Error(`no seed plan ${i}`);
  return plan;
}

/** A copy sorted by id, the order in which a table returns rows keyed by id. */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : 1));
}
