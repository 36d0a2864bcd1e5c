import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import type { Database } from '../../server/src/db/database';
import { openPglite } from '../../server/src/db/pglite-database';
import { openPostgres } from '../../server/src/db/pg-database';

export interface Engine {
  name: string;
  /** A new empty database. */
  open: () => Promise<Database>;
}

const postgresUrl = inject('postgresUrl');

/** A fresh database in the test server; its URL, so that several instances can share it. */
export async function freshPostgresUrl(): Promise<string> {
  const url = new URL(postgresUrl as string);
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url.href });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  return url.href;
}

export const hasPostgres = postgresUrl !== null;

let pglite: Promise<Database> | null = null;
afterAll(async () => (await pglite)?.close());

/**
 * Starting PGlite costs seconds on a busy machine, so a test file keeps one and each `open` empties it
 * (a new public schema, no migrations) instead; closing it is left to the end of the file.
 */
async function emptiedPglite(): Promise<Database> {
  pglite ??= openPglite();
  const db = await pglite;
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  return { ...db, close: async () => {} };
}

/** PGlite always; the real PostgreSQL too when scripts/postgres.sh started it. */
export const ENGINES: Engine[] = [
  { name: 'PGlite', open: emptiedPglite },
  ...(hasPostgres ? [{ name: 'PostgreSQL', open: async () => openPostgres(await freshPostgresUrl()) }] : []),
];
