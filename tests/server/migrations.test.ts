import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from '../../server/src/db/database';
import { appliedVersions, migrate, readMigrations } from '../../server/src/db/migrate';
import { ENGINES } from './databases';

const tables = async (db: Database) =>
  (
    await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    )
  ).map((r) => r.name);

describe.each(ENGINES)('migrations on $name', (engine) => {
  let db: Database | undefined;
  afterEach(async () => db?.close());

  it('are numbered from 1 without gaps', () => {
    expect(readMigrations().map((m) => m.version)).toEqual(readMigrations().map((_, i) => i + 1));
  });

  it('001 on an empty database makes the account tables', async () => {
    db = await engine.open();
    expect(await migrate(db, 1)).toEqual([1]);
    expect(await tables(db)).toEqual([
      'accounts',
      'bodies',
      'organisations',
      'schema_migrations',
      'sessions',
    ]);
  });

  it('002 on version 1 with data keeps the data and adds the plan and run tables', async () => {
    db = await engine.open();
    await migrate(db, 1);
    await db.query(`INSERT INTO organisations (id, name) VALUES ('o', 'Tổ chức')`);
    await db.query(`INSERT INTO bodies (organisation_id, id, name) VALUES ('o', 'b', 'Cơ quan')`);
    await db.query(
      `INSERT INTO accounts (id, organisation_id, body_id, username, display_name, password_hash, roles)
       VALUES ('a', 'o', 'b', 'nguoi', 'Người', 'x', ARRAY['staff'])`,
    );
    expect(await migrate(db)).toEqual([2]);
    expect(await appliedVersions(db)).toEqual([1, 2]);
    expect(await tables(db)).toEqual(expect.arrayContaining(['plans', 'runs', 'run_events', 'refusals']));
    expect(await db.query('SELECT username FROM accounts')).toEqual([{ username: 'nguoi' }]);
  });

  it('applied again do nothing', async () => {
    db = await engine.open();
    await migrate(db);
    expect(await migrate(db)).toEqual([]);
  });

  it('a failing migration leaves the previous version whole', async () => {
    db = await engine.open();
    const broken = [
      ...readMigrations().slice(0, 1),
      { version: 2, name: 'broken', sql: 'CREATE TABLE half (id int); SELECT * FROM no_such_table;' },
    ];
    await expect(migrate(db, Infinity, broken)).rejects.toThrow(/no_such_table/);
    expect(await appliedVersions(db)).toEqual([1]);
    expect(await tables(db)).not.toContain('half');
  });

  it('the event log refuses updates and deletes', async () => {
    db = await engine.open();
    await migrate(db);
    await expect(db.query('DELETE FROM run_events')).rejects.toThrow(/append-only/);
  });
});
