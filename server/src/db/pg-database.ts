import pg from 'pg';
import type { Database, Queryable } from './database';
import { PgListener } from './pg-listener';

const names = new Map<string, string>();

/** A name for the statement `sql`: PostgreSQL parses and plans it once per connection, then only binds it. */
function prepared(sql: string): string {
  let name = names.get(sql);
  if (!name) names.set(sql, (name = `s${names.size + 1}`));
  return name;
}

const queryable = (client: pg.PoolClient | pg.Pool): Queryable => ({
  query: async <T>(sql: string, params: readonly unknown[] = []) =>
    (await client.query({ name: prepared(sql), text: sql, values: [...params] })).rows as T[],
  exec: async (script) => void (await client.query(script)),
});

/**
 * A PostgreSQL server through a `pg` pool, every statement prepared. A transaction holds one pooled client
 * from BEGIN to COMMIT; notifications come through one dedicated connection (`PgListener`). A pooled
 * connection that dies, idle or in a transaction (the server restarted, an administrator ended it), fails
 * what it was doing and is dropped from the pool, which opens another, rather than ending the process.
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
      let lost: Error | undefined;
      const lose = (error: Error) => void (lost = error);
      client.on('error', lose);
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        if (!lost) await client.query('ROLLBACK').catch((failed: Error) => void (lost = failed));
        throw error;
      } finally {
        client.off('error', lose);
        client.release(lost);
      }
    },
    listen: (channel, heard) => listener.listen(channel, heard),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}
