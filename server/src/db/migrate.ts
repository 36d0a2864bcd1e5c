import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'migrations');
const FILE = /^(\d+)_([\w-]+)\.sql$/;

/** The numbered `.sql` files of `server/migrations`, in order. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .flatMap((file) => {
      const m = FILE.exec(file);
      return m
        ? [{ version: Number(m[1]), name: m[2] as string, sql: readFileSync(join(dir, file), 'utf8') }]
        : [];
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * Bring the database to `target` (the latest by default): each migration not yet applied runs in its own
 * transaction together with its row in `schema_migrations`, so a failing one leaves the previous version
 * intact. An advisory lock keeps two servers starting together from applying the same one twice.
 */
export async function migrate(
  db: Database,
  target = Infinity,
  migrations = readMigrations(),
): Promise<number[]> {
  await db.query(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  const applied: number[] = [];
  for (const m of migrations.filter((m) => m.version <= target)) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(20261204)');
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [m.version]);
      if (seen.length > 0) return false;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

/** The versions applied so far, in order. */
export async function appliedVersions(db: Database): Promise<number[]> {
  const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
  return rows.map((r) => r.version);
}
