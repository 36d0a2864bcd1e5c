import type { Table } from 'dexie';

/** `base` when no plan uses it, otherwise the first of `base-2`, `base-3`… that is free. */
export async function freeId(plans: Table<unknown, string>, base: string): Promise<string> {
  const taken = new Set(await plans.where('id').startsWith(base).primaryKeys());
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
