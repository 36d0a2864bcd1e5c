import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerConnection } from '../../src/app/server-connection';
import { sameJson, ServerPlans } from '../../src/app/server-plans';
import { SharedRuns } from '../../src/app/shared-runs';
import { validatePlan } from '../../src/domain/plan-parse';
import {
  openDatabase,
  PlanRepository,
  RunRepository,
  SettingsRepository,
  SharedRunRepository,
} from '../../src/store';
import { makePlan } from '../support/plan-builder';
import { BrowserNetwork } from './browser-fetch';
import { servedWorld, type ServedWorld } from './served-world';
import { PASSWORD, type Person } from './fixtures';

let opened = 0;

const plan = (id: string, title = 'Kế hoạch dùng chung') => ({
  ...makePlan([
    { id: 't1', leadId: 'b1', participantIds: ['b2'] },
    { id: 't2', leadId: 'b2' },
  ]),
  id,
  title,
});

describe("the app and the organisation's library on a real server", () => {
  let address = '';
  let close: ServedWorld['close'];
  beforeAll(async () => {
    ({ address, close } = await servedWorld());
  });
  afterAll(() => close());

  /** A browser of `person` (its own IndexedDB and network), signed in. */
  async function browser(person: Person) {
    const db = openDatabase(`library-${++opened}`);
    const network = new BrowserNetwork();
    const connection = new ServerConnection(new SettingsRepository(db), network.fetch);
    expect(await connection.signIn(address, person, PASSWORD)).toEqual({ ok: true });
    const plans = new PlanRepository(db);
    const library = new ServerPlans(connection, new SettingsRepository(db), plans, validatePlan);
    const runs = new SharedRuns(connection, new RunRepository(db), new SharedRunRepository(db));
    return { network, library, runs, plans };
  }

  it('shares a plan, saves it again from the revision it knows, and refuses a stale one with the stored plan', async () => {
    const [mine, theirs] = await Promise.all([browser('admin'), browser('admin')]);
    const p = plan('dung-chung');
    expect(await mine.library.share(p)).toEqual({ ok: true, revision: 1 });
    expect(await mine.library.share({ ...p, title: 'Sửa lần 2' })).toEqual({ ok: true, revision: 2 });
    expect(await mine.library.revision(p.id)).toBe(2);

    const stale = await theirs.library.share({ ...p, title: 'Sửa từ bản khác' });
    expect(stale).toMatchObject({
      ok: false,
      reason: { vi: expect.stringContaining('phiên bản 2') },
      conflict: { revision: 2, plan: { title: 'Sửa lần 2' } },
    });
    await theirs.library.know(p.id, 2);
    expect(await theirs.library.share({ ...p, title: 'Giữ bản của tôi' })).toEqual({
      ok: true,
      revision: 3,
    });
    const refused = await mine.library.share({ ...p, title: 'Bản cũ' });
    expect(refused).toMatchObject({
      ok: false,
      conflict: { revision: 3, plan: { title: 'Giữ bản của tôi' } },
    });
  });

  it('takes the library revision as its own when the library already holds exactly this plan', async () => {
    const [mine, theirs] = await Promise.all([browser('admin'), browser('admin')]);
    const p = plan('giong-nhau');
    expect(await mine.library.share(p)).toEqual({ ok: true, revision: 1 });
    expect(await theirs.library.share(structuredClone(p))).toEqual({ ok: true, revision: 1 });
  });

  it("opens the organisation's plans here: a new one enters at the library's revision, one kept here is linked", async () => {
    const [mine, theirs] = await Promise.all([browser('admin'), browser('lead')]);
    const p = plan('cua-to-chuc', 'Kế hoạch của tổ chức');
    expect(await mine.library.share(p)).toEqual({ ok: true, revision: 1 });
    expect(await theirs.library.list()).toMatchObject({
      ok: true,
      plans: expect.arrayContaining([expect.objectContaining({ id: p.id, revision: 1, title: p.title })]),
    });
    expect(await theirs.library.open(p.id)).toEqual({ ok: true });
    expect((await theirs.plans.get(p.id)).record).toMatchObject({ plan: { title: p.title } });
    expect(await theirs.library.revision(p.id)).toBe(1);

    const other = await browser('admin');
    await other.plans.create({ ...p, title: 'Bản riêng' });
    expect(await other.library.open(p.id)).toEqual({ ok: true });
    expect((await other.plans.get(p.id)).record).toMatchObject({ plan: { title: 'Bản riêng' } });
    expect(await other.library.revision(p.id)).toBe(0);
    expect(await other.library.share({ ...p, title: 'Bản riêng' })).toMatchObject({
      ok: false,
      conflict: { revision: 1, plan: { title: p.title } },
    });
    expect(await other.library.open('khong-co')).toMatchObject({ ok: false, conflict: null });
  });

  it('issues a plan as a shared run that another browser of the organisation lists', async () => {
    const [admin, lead] = await Promise.all([browser('admin'), browser('lead')]);
    const p = plan('ban-hanh', 'Kế hoạch ban hành trên máy chủ');
    const issued = await admin.library.issue(p, { number: '7-KH/TU', issuedOn: '2026-12-04' });
    if (!issued.ok) throw new Error(issued.reason.en);
    const listed = await lead.runs.list();
    expect(listed).toMatchObject({
      ok: true,
      runs: expect.arrayContaining([
        expect.objectContaining({ id: issued.runId, number: '7-KH/TU', issuedOn: '2026-12-04' }),
      ]),
    });
    const refused = await lead.library.issue(p, { number: null, issuedOn: '2026-12-04' });
    expect(refused).toMatchObject({ ok: false, conflict: null, reason: { vi: expect.any(String) } });
  });

  it('says why when the server cannot be reached, and issues nothing', async () => {
    const admin = await browser('admin');
    admin.network.setOffline(true);
    const result = await admin.library.issue(plan('mat-mang'), { number: null, issuedOn: '2026-12-04' });
    expect(result).toEqual({
      ok: false,
      conflict: null,
      reason: { vi: `Không kết nối được máy chủ ${address}.`, en: `Cannot reach the server ${address}.` },
    });
    admin.network.setOffline(false);
    expect((await admin.runs.list()).ok).toBe(true);
  });

  it('compares plans as JSON whatever the order of their keys', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2, d: null }] }, { b: [1, { d: null, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
  });
});
