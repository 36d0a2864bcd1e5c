import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  DirectoryRepository,
  PlanRepository,
  RunRepository,
  SettingsRepository,
  SharedRunRepository,
} from '../../../src/store';
import { STORES_V1, STORES_V2, STORES_V3, STORES_V4, STORES_V5 } from '../../../src/store/schema';
import { makePlan } from '../../support/plan-builder';
import { eventOf, makeRun, RUN_ID, staffOf, testId } from '../../support/run-builder';
import { byId, firstNamedBodies, freshDatabase, SEEDS, seedPlan, uniqueName } from './support';

/** Write a database as version 1 of the app did: bare plans, settings; nothing else declared. */
async function writeVersion1(
  name: string,
  plans: readonly unknown[],
  settings: { key: string; value: unknown }[],
) {
  const old = new Dexie(name);
  old.version(1).stores(STORES_V1);
  await old.table('plans').bulkAdd(plans);
  await old.table('settings').bulkAdd(settings);
  expect(old.verno).toBe(1);
  old.close();
}

describe('upgrading a version 1 database to version 2', () => {
  it('wraps every plan in a record at revision 1, keeps every setting and fills the directory', async () => {
    const name = uniqueName();
    const settings = [
      { key: 'language', value: 'en' },
      { key: 'seededAt', value: '2024-12-31T23:00:00.000Z' },
    ];
    await writeVersion1(name, SEEDS, settings);

    const { db, reported } = freshDatabase(name);
    const { records, problems } = await new PlanRepository(db).list();
    expect(db.verno).toBe(6);
    expect(problems).toEqual([]);
    expect(reported).toEqual([]);
    const upgradedAt = '2025-03-01T08:00:00.000Z';
    expect(records).toEqual(
      byId(SEEDS).map((plan) => ({
        id: plan.id,
        revision: 1,
        createdAt: upgradedAt,
        updatedAt: upgradedAt,
        plan,
      })),
    );
    const prefs = new SettingsRepository(db);
    for (const s of settings) expect(await prefs.get(s.key, null)).toEqual(s.value);

    expect(await new DirectoryRepository(db).list()).toEqual(firstNamedBodies(SEEDS));
    expect(await db.versions.count()).toBe(0);
    db.close();
  });

  it('keeps a version 1 row that is not a valid plan: wrapped, reported on read, not in the directory', async () => {
    const name = uniqueName();
    const broken = { id: 'hong', title: '', bodies: [{ id: 'co-quan-la', name: 'Cơ quan lạ' }] };
    await writeVersion1(name, [broken, seedPlan(0)], []);

    const { db, reported } = freshDatabase(name);
    const repo = new PlanRepository(db);
    const { records, problems } = await repo.list();
    expect(records.map((r) => r.id)).toEqual([seedPlan(0).id]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ table: 'plans', key: 'hong' });
    expect(problems[0]?.problems.map((p) => p.path.vi)).toEqual(
      expect.arrayContaining(['plan.kind', 'plan.format', 'plan.title', 'plan.issuerIds']),
    );
    expect(reported).toEqual(problems);
    const raw = await db.plans.get('hong');
    expect(raw).toMatchObject({ id: 'hong', revision: 1, plan: broken });
    const directory = await new DirectoryRepository(db).list();
    expect(directory.map((b) => b.id)).not.toContain('co-quan-la');
    db.close();
  });

  it('opens an empty version 1 database', async () => {
    const name = uniqueName();
    await writeVersion1(name, [], []);
    const { db } = freshDatabase(name);
    expect(await new PlanRepository(db).list()).toEqual({ records: [], problems: [] });
    expect(await new DirectoryRepository(db).list()).toEqual([]);
    db.close();
  });
});

describe('upgrading a version 2 database to version 3', () => {
  it('keeps every record and version, and indexes each plan by revision and creation time', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    const rows = SEEDS.map((plan, i) => ({
      id: plan.id,
      revision: i + 2,
      createdAt: `2025-01-0${i + 1}T00:00:00.000Z`,
      updatedAt: '2025-02-01T00:00:00.000Z',
      plan,
    }));
    await old.table('plans').bulkAdd(rows);
    await old.table('versions').add({
      planId: rows[0]!.id,
      name: 'Bản 1',
      auto: false,
      createdAt: rows[0]!.createdAt,
      plan: SEEDS[0],
    });
    expect(old.verno).toBe(2);
    old.close();

    const { db } = freshDatabase(name);
    const repo = new PlanRepository(db);
    expect((await repo.list()).records).toEqual(byId(rows));
    expect(db.verno).toBe(6);
    expect(await db.versions.count()).toBe(1);
    for (const row of rows)
      expect(await repo.head(row.id)).toEqual({ revision: row.revision, createdAt: row.createdAt });
    expect(await repo.head('khong-co')).toBeNull();
    db.close();
  });
});

describe('upgrading a version 3 database to version 4', () => {
  it('keeps every plan, version, body and setting, and adds empty run tables that work', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(1).stores(STORES_V1);
    old.version(2).stores(STORES_V2);
    old.version(3).stores(STORES_V3);
    const rows = SEEDS.map((plan) => ({
      id: plan.id,
      revision: 3,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-02-01T00:00:00.000Z',
      plan,
    }));
    await old.table('plans').bulkAdd(rows);
    await old.table('bodies').bulkAdd(firstNamedBodies(SEEDS));
    await old.table('settings').add({ key: 'language', value: 'en' });
    await old
      .table('versions')
      .add({ planId: rows[0]!.id, name: 'Bản 1', auto: true, createdAt: rows[0]!.createdAt, plan: SEEDS[0] });
    expect(old.verno).toBe(3);
    old.close();

    const { db, reported } = freshDatabase(name);
    expect((await new PlanRepository(db).list()).records).toEqual(byId(rows));
    expect(db.verno).toBe(6);
    expect(await new DirectoryRepository(db).list()).toEqual(firstNamedBodies(SEEDS));
    expect(await new SettingsRepository(db).get('language', null)).toBe('en');
    expect(await db.versions.count()).toBe(1);
    const runs = new RunRepository(db);
    expect(await runs.list()).toEqual([]);
    expect(await runs.lastSeq('01J00000000000000000000000')).toBe(0);
    expect(await db.runEvents.count()).toBe(0);
    expect(reported).toEqual([]);
    db.close();
  });
});

describe('upgrading a version 4 database to version 5', () => {
  it('keeps every run, event and cached state, and adds an empty outbox that keeps actions in order', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(4).stores(STORES_V4);
    const run = makeRun(makePlan([{ id: 'a', leadId: 'b1' }]));
    const issue = eventOf(1, staffOf('b0'), { type: 'issue' });
    await old.table('runs').add(run);
    await old.table('runEvents').add(issue);
    await old.table('settings').add({ key: 'language', value: 'en' });
    expect(old.verno).toBe(4);
    old.close();

    const { db, reported } = freshDatabase(name);
    const runs = new RunRepository(db);
    expect(await runs.list()).toEqual([run]);
    expect(await runs.events(RUN_ID)).toEqual([issue]);
    expect(db.verno).toBe(6);
    expect(await new SettingsRepository(db).get('language', null)).toBe('en');
    const shared = new SharedRunRepository(db);
    expect(await shared.pending(RUN_ID)).toEqual([]);
    const action = { type: 'start', taskId: 'a', assigneeId: 'b1' } as const;
    const queuedAt = '2025-03-01T08:00:00.000Z';
    await shared.queue({ key: '01J00000000000000000000002', runId: RUN_ID, action, queuedAt });
    await shared.queue({ key: '01J00000000000000000000001', runId: RUN_ID, action, queuedAt });
    expect((await shared.pending(RUN_ID)).map((e) => e.key)).toEqual([
      '01J00000000000000000000001',
      '01J00000000000000000000002',
    ]);
    await shared.markShared({ runId: RUN_ID, address: 'http://127.0.0.1:4300' });
    expect(await shared.shared(RUN_ID)).toEqual({ runId: RUN_ID, address: 'http://127.0.0.1:4300' });
    expect(reported).toEqual([]);
    db.close();
  });
});

describe('upgrading a version 5 database to version 6', () => {
  it('drops cached run states of the old shape, keeps runs, logs and outbox, and indexes the log for the audit view', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(5).stores(STORES_V5);
    const run = makeRun(makePlan([{ id: 'a', leadId: 'b1' }]));
    const log = [
      eventOf(1, staffOf('b0'), { type: 'issue' }),
      eventOf(2, staffOf('b1', 'Trần Thị Bình'), { type: 'start', taskId: 'a', assigneeId: 'b1' }),
    ];
    const audit = log.map((e) => ({ seq: e.seq, id: e.id, type: e.type, cascade: [] }));
    const state = { version: 2, runId: RUN_ID, seq: 2, assignments: [], machines: {}, audit };
    await old.table('runs').add(run);
    await old.table('runEvents').bulkAdd(log);
    await old.table('runSnapshots').add({ runId: RUN_ID, seq: 2, savedAt: run.issuedAt, state });
    const queued = { key: testId(9), runId: RUN_ID, action: { type: 'issue' }, queuedAt: run.issuedAt };
    await old.table('outbox').add(queued);
    expect(old.verno).toBe(5);
    old.close();

    const { db, reported } = freshDatabase(name);
    const runs = new RunRepository(db);
    expect(await runs.snapshot(RUN_ID)).toBeNull();
    expect(db.verno).toBe(6);
    expect(await runs.list()).toEqual([run]);
    expect(await runs.events(RUN_ID)).toEqual(log);
    expect(await runs.log.page(RUN_ID, { bodyId: 'b1' }, 10)).toEqual({ total: 1, events: [log[1]] });
    expect(await runs.log.page(RUN_ID, { type: 'issue' }, 10)).toEqual({ total: 1, events: [log[0]] });
    expect(await runs.log.people(RUN_ID)).toEqual(['Cán bộ b0', 'Trần Thị Bình']);
    expect(await new SharedRunRepository(db).pending(RUN_ID)).toEqual([queued]);
    expect(
      await runs.refreshSnapshot(RUN_ID, 2, { status: 'active', state: { head: true }, parts: { b1: 1 } }),
    ).toBe(true);
    expect(await runs.snapshot(RUN_ID)).toMatchObject({ seq: 2, state: { head: true }, parts: { b1: 1 } });
    expect(reported).toEqual([]);
    db.close();
  });
});
