import type { Table } from 'dexie';
import type { Body } from '../domain/body';
import type { Plan } from '../domain/plan';

/**
 * Add to the body directory every body of these plans that it does not know yet (by id; the first plan
 * naming a body wins, and a body already in the directory is kept as it is). Runs inside the caller's
 * transaction: one bulk read, one bulk write.
 */
export async function addMissingBodies(bodies: Table<Body, string>, plans: readonly Plan[]): Promise<void> {
  const named = new Map<string, Body>();
  for (const body of plans.flatMap((p) => p.bodies)) if (!named.has(body.id)) named.set(body.id, body);
  const ids = [...named.keys()];
  const stored = await bodies.bulkGet(ids);
  const missing = ids.filter((_, i) => stored[i] === undefined).map((id) => named.get(id) as Body);
  await bodies.bulkAdd(missing);
}
