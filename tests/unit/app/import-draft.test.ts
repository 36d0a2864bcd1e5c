import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../src/app';
import { importDocument } from '../../../src/documents';
import { testDatabase } from './support';

function newApp() {
  const db = testDatabase();
  return createApp(db);
}

function draftOfSeed() {
  const outcome = importDocument(readFileSync('tests/data/seeds/003_c81e2607254c46bf.txt', 'utf8'));
  if (!outcome.ok) throw new Error(outcome.refusal.message.en);
  return outcome.plan;
}

describe('accepting an imported draft (app.files.importDraft)', () => {
  it('saves the draft as corrected, under a free id, and nothing before', async () => {
    const app = newApp();
    const draft = draftOfSeed();
    expect((await app.plans.list()).records).toHaveLength(0);
    const task = draft.tasks[0];
    if (!task) throw new Error('the seed has tasks');
    const corrected = { ...draft, tasks: [{ ...task, title: 'Sửa tên' }, ...draft.tasks.slice(1)] };
    const first = await app.files.importDraft(corrected);
    const second = await app.files.importDraft(corrected);
    expect(first.ok && second.ok).toBe(true);
    const records = (await app.plans.list()).records;
    expect(records.map((r) => r.id).sort()).toEqual([draft.id, `${draft.id}-2`].sort());
    expect(records[0]?.plan.tasks[0]?.title).toBe('Sửa tên');
  });

  it('refuses a draft the plan format refuses, with its problems, and writes nothing', async () => {
    const app = newApp();
    const draft = draftOfSeed();
    const broken = { ...draft, tasks: draft.tasks.map((t) => ({ ...t, stage: 'unknown' as never })) };
    const result = await app.files.importDraft(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    expect((await app.plans.list()).records).toHaveLength(0);
  });
});
