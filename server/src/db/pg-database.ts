import pg from 'pg';
import type { Database, Queryable } from './database';
import { PgListener } from './pg-listener';

const queryable = (client: pg.PoolClient | pg.Pool): Queryable => ({
  query: async <T>(sql: string, params: readonly unknown[] = []) =>
    (await client.query(sql, [...params])).rows as T[],
  exec: async (script) => void (await client.query(script)),
});

/**
 * A PostgreSQL server through a `pg` pool. A transaction holds one pooled client from BEGIN to COMMIT;
 * notifications come through one dedicated connection (`PgListener`). A pooled connection that dies while
 * idle is logged and replaced by the pool rather than ending the process.
 */
export function openPostgres(connectionString: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', (error) => console.error('Một kết nối PostgreSQL trong nhóm bị đóng:', error.message));
  const listener = new PgListener(connectionString);
  return {
    kind: 'postgres',
    ...queryable(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, heard) => listener.listen(channel, heard),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}
