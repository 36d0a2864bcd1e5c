import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app';
import { SettingsRepository } from '../../../src/store';
import { testDatabase } from './support';

function newApp() {
  const db = testDatabase();
  return { db, app: createApp(db) };
}

describe('the settings the staff runtime reads', () => {
  it('has no staff profile until one is saved, then keeps the name trimmed and the body', async () => {
    const { app } = newApp();
    expect(await app.settings.staffProfile()).toBeNull();
    await app.settings.setStaffProfile({ name: '  Nguyễn Văn A ', bodyId: 'ban-to-chuc' });
    expect(await app.settings.staffProfile()).toEqual({ name: 'Nguyễn Văn A', bodyId: 'ban-to-chuc' });
    await app.settings.setStaffProfile({ name: 'Nguyễn Văn A', bodyId: null });
    expect(await app.settings.staffProfile()).toEqual({ name: 'Nguyễn Văn A', bodyId: null });
  });

  it('reads an unreadable saved profile as none', async () => {
    const { db, app } = newApp();
    for (const bad of [42, 'x', { bodyId: 'b' }, null]) {
      await new SettingsRepository(db).set('staffProfile', bad);
      expect(await app.settings.staffProfile()).toBeNull();
    }
  });

  it('counts 7 days as "due soon" by default and keeps a whole number from 1 to 90', async () => {
    const { app } = newApp();
    expect(await app.settings.dueSoonDays()).toBe(7);
    expect(await app.settings.setDueSoonDays(14)).toBe(true);
    expect(await app.settings.dueSoonDays()).toBe(14);
  });

  it('refuses any other number of days and keeps the one saved', async () => {
    const { app } = newApp();
    await app.settings.setDueSoonDays(10);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 91 }), fc.double({ noInteger: true })),
        async (days) => {
          expect(await app.settings.setDueSoonDays(days)).toBe(false);
          expect(await app.settings.dueSoonDays()).toBe(10);
        },
      ),
      { numRuns: 30 },
    );
  });
});
