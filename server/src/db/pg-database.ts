import pg from 'pg';
import type { Database, Queryable } from './database';

const queryable = (client: pg.PoolClient | pg.Pool): Queryable => ({
  query: async <T>(sql: string, params: readonly unknown[] = []) =>
    (await client.query(sql, [...params])).rows as T[],
  exec: async (script) => void (await client.query(script)),
});

/**
 * A PostgreSQL server through a `pg` pool. A transaction holds one pooled client from BEGIN to COMMIT.
 * Notifications need a connection that stays open and is never handed to a query, so `listen` uses one
 * dedicated client shared by every channel of this instance.
 */
export function openPostgres(connectionString: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString, max });
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let listener: Promise<pg.Client> | null = null;

  const connectListener = async () => {
    const client = new pg.Client({ connectionString });
    await client.connect();
    client.on('notification', (n) => listeners.get(n.channel)?.forEach((f) => f(n.payload ?? '')));
    return client;
  };

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
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onPayload) => {
      listener ??= connectListener();
      const client = await listener;
      const heard = listeners.get(channel) ?? new Set();
      if (heard.size === 0) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.set(channel, heard.add(onPayload));
      return async () => {
        heard.delete(onPayload);
        if (heard.size === 0) await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`);
      };
    },
    close: async () => {
      if (listener) await (await listener).end();
      await pool.end();
    },
  };
}
