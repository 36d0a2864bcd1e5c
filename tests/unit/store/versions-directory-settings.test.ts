import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DATABASE_NAME,
  DirectoryRepository,
  getDatabase,
  openDatabase,
  SettingsRepository,
  VersionRepository,
} from '../../../src/store';
import { byId, freshDatabase, seedPlan } from './support';

const seed = seedPlan(0);

describe('plan versions', () => {
  it('keeps named and automatic snapshots per plan, oldest first', async () => {
    const { db } = freshDatabase();
    const versions = new VersionRepository(db);
    const first = await versions.snapshot(seed.id, 'Phiên làm việc', seed, true);
    const edited = { ...seed, title: 'Dự thảo 2' };
    const second = await versions.snapshot(seed.id, 'Dự thảo 2', edited, false);
    await versions.snapshot('ke-hoach-khac', 'Khác', seed, false);
    expect(first).toEqual({
      id: expect.any(Number),
      planId: seed.id,
      name: 'Phiên làm việc',
      auto: true,
      createdAt: '2025-03-01T08:00:00.000Z',
      plan: seed,
    });
    expect(second.createdAt).toBe('2025-03-01T08:00:01.000Z');
    expect(await versions.list(seed.id)).toEqual([first, second]);
    expect(await versions.list('khong-co')).toEqual([]);
    db.close();
  });

  it('reports and skips a snapshot that fails its schema', async () => {
    const { db, reported } = freshDatabase();
    const versions = new VersionRepository(db);
    const good = await versions.snapshot(seed.id, 'Tốt', seed, false);
    const badId = await db.versions.add({ ...good, id: undefined, auto: 'có' as unknown as boolean });
    expect(await versions.list(seed.id)).toEqual([good]);
    expect(reported).toEqual([
      {
        table: 'versions',
        key: String(badId),
        problems: [
          {
            path: { vi: 'auto', en: 'auto' },
            message: {
              vi: 'Đầu vào không hợp lệ: mong đợi boolean, nhận được string',
              en: 'Invalid input: expected boolean, received string',
            },
          },
        ],
      },
    ]);
    db.close();
  });
});

describe('the body directory', () => {
  it('puts, replaces and lists bodies; a body that fails its schema is reported and skipped', async () => {
    const { db, reported } = freshDatabase();
    const directory = new DirectoryRepository(db);
    const [a, b] = seed.bodies;
    if (!a || !b) throw new Error('seed has fewer than two bodies');
    await directory.put(b);
    await directory.put(a);
    await directory.put({ ...a, abbreviation: 'VT' });
    await db.bodies.put({ ...b, id: 'hong', kind: 'khong-ro' as typeof b.kind });
    expect(await directory.list()).toEqual(byId([{ ...a, abbreviation: 'VT' }, b]));
    expect(reported).toEqual([
      {
        table: 'bodies',
        key: 'hong',
        problems: [
          { path: { vi: 'kind', en: 'kind' }, message: { vi: expect.any(String), en: expect.any(String) } },
        ],
      },
    ]);
    db.close();
  });
});

describe('settings', () => {
  it('returns the fallback until a value is set, then the value, across instances', async () => {
    const { db } = freshDatabase();
    const settings = new SettingsRepository(db);
    expect(await settings.get('language', 'vi')).toBe('vi');
    await settings.set('language', 'en');
    await settings.set('panels', { left: 240, open: true });
    const again = new SettingsRepository(freshDatabase(db.name).db);
    expect(await again.get('language', 'vi')).toBe('en');
    expect(await again.get('panels', null)).toEqual({ left: 240, open: true });
    db.close();
  });
});

describe('opening the database', () => {
  it('opens by name, at the latest version, with the app singleton under the default name', async () => {
    const db = openDatabase('mo-theo-ten');
    await db.open();
    expect(db.name).toBe('mo-theo-ten');
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'attachments',
      'bodies',
      'outbox',
      'plans',
      'runEvents',
      'runSnapshotParts',
      'runSnapshots',
      'runs',
      'settings',
      'sharedRuns',
      'versions',
    ]);
    expect(db.now()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    db.close();
    expect(getDatabase()).toBe(getDatabase());
    expect(getDatabase().name).toBe(DEFAULT_DATABASE_NAME);
    expect(DEFAULT_DATABASE_NAME).toBe('rollout-studio');
  });
});
