import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createApp, startApp } from '../../../src/app';
import { SettingsRepository } from '../../../src/store';
import { makePlan } from '../../support/plan-builder';
import { testDatabase } from './support';

function newApp() {
  const db = testDatabase();
  return { db, app: createApp(db, () => new Date(2025, 2, 5, 14, 7)) };
}

/** b0's task needs b1's result and b1's task needs b0's: both bodies are stuck. */
const stuckPlan = makePlan(
  [
    { id: 't1', leadId: 'b0', prerequisiteIds: ['t2'] },
    { id: 't2', leadId: 'b1', prerequisiteIds: ['t1'] },
  ],
  { id: 'stuck' },
);

describe('the application services, in Node without React', () => {
  it('starts by seeding the examples once, and reads the language saved (Vietnamese by default)', async () => {
    const db = testDatabase();
    const seeds = [makePlan([{ id: 'a', leadId: 'b1' }], { id: 'seed' })];
    let loads = 0;
    const loadSeeds = async () => {
      loads++;
      return seeds;
    };
    const first = await startApp(db, loadSeeds);
    expect(first.language).toBe('vi');
    expect((await first.app.plans.list()).records.map((r) => r.id)).toEqual(['seed']);
    expect((await first.app.directory.list()).map((b) => b.id).sort()).toEqual(['b0', 'b1', 'b2', 'b3']);
    await first.app.plans.remove('seed');
    await first.app.settings.setLanguage('en');
    const again = await startApp(db, loadSeeds);
    expect(again.language).toBe('en');
    expect(loads).toBe(1);
    expect((await again.app.plans.list()).records).toEqual([]);
  });

  it('reads an unknown saved language as Vietnamese', async () => {
    const { db, app } = newApp();
    await new SettingsRepository(db).set('language', 'fr');
    expect(await app.settings.language()).toBe('vi');
  });

  it('creates empty plans under free ids and tells their revision from the index', async () => {
    const { app } = newApp();
    const first = await app.plans.createEmpty();
    const second = await app.plans.createEmpty();
    expect([first.id, second.id]).toEqual(['ke-hoach-moi', 'ke-hoach-moi-2']);
    expect(await app.plans.revision(first.id)).toBe(1);
    const removed = await app.plans.remove(first.id);
    expect(await app.plans.revision(first.id)).toBeNull();
    if (removed) await app.plans.restore(removed);
    expect(await app.plans.revision(first.id)).toBe(1);
  });

  it('imports each file on its own and exports a plan as a file it accepts back', async () => {
    const { app } = newApp();
    const good = app.files.exportJson(stuckPlan);
    expect(good.name).toBe('stuck.plan.json');
    const { imported, refused } = await app.files.importAll([good, { name: 'hong.json', text: '{"id": 1' }]);
    expect(imported.map((r) => r.plan)).toEqual([stuckPlan]);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.source).toBe('hong.json');
    expect(refused[0]?.problems[0]?.path.vi).toMatch(/^hong\.json: /);
    expect((await app.plans.list()).records.map((r) => r.id)).toEqual(['stuck']);
  });

  it('checks a plan once per saved revision', async () => {
    const { app } = newApp();
    const [record] = (await app.files.importAll([app.files.exportJson(stuckPlan)])).imported;
    if (!record) throw new Error('the plan was not imported');
    const verification = await app.verification();
    expect(await app.verification()).toBe(verification);
    const first = verification.verdicts([record]);
    expect(first.get(record.id)).toMatchObject({ checked: true, standing: 'stuck', stuck: 2 });
    const checked = verification.check(record);
    expect(checked.ok && checked.report.bodies.filter((b) => !b.completes).length).toBe(2);
    expect(verification.verdicts([record]).get(record.id)).toBe(first.get(record.id));
    const resaved = { ...record, revision: record.revision + 1, plan: makePlan([{ id: 'x', leadId: 'b0' }]) };
    expect(verification.verdicts([resaved]).get(record.id)).toMatchObject({ checked: true, stuck: 0 });
  });

  it('opens an editing session whose edits are saved as new revisions', async () => {
    const { app } = newApp();
    const created = await app.plans.createEmpty();
    const editor = await app.openEditor(created);
    editor.dispatch({ type: 'updatePlan', changes: { title: 'Kế hoạch đã đổi tên' } });
    await editor.whenSaved();
    const { record } = await app.plans.get(created.id);
    expect(record?.revision).toBe(2);
    expect(record?.plan.title).toBe('Kế hoạch đã đổi tên');
    expect(editor.getState().save).toBe('saved');
  });
});
