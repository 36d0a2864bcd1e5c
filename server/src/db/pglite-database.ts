import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from './database';

const queryable = (on: PGlite | Transaction): Queryable => ({
  query: async <T>(sql: string, params: readonly unknown[] = []) =>
    (await on.query<T>(sql, [...params])).rows,
  exec: async (script) => void (await on.exec(script)),
});

/**
 * PGlite (PostgreSQL compiled to WebAssembly) in a folder, or in memory when `dataDir` is undefined. It runs
 * one statement at a time, and a transaction holds it until it ends; notifications stay in this process.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    ...queryable(pg),
    transaction: (work) => pg.transaction((tx) => work(queryable(tx))),
    listen: async (channel, onPayload) => {
      const unlisten = await pg.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => pg.close(),
  };
}
