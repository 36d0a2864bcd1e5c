import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from './databases';
import { PLAN } from './fixtures';
import { world } from './harness';

describe.each(ENGINES)('the plan library on $name', (engine) => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world(await engine.open(), { maxBodyBytes: 50_000 });
  });
  afterAll(async () => w.close());

  it('saves, lists and reads a plan; a stale revision is refused with the stored record', async () => {
    const admin = await w.as('admin');
    const first = await admin.json('PUT', `/api/plans/${PLAN.id}`, { baseRevision: 0, plan: PLAN });
    expect(first).toMatchObject({ status: 200, body: { revision: 1 } });
    const second = await admin.json('PUT', `/api/plans/${PLAN.id}`, {
      baseRevision: 1,
      plan: { ...PLAN, title: 'Tên mới' },
    });
    expect(second).toMatchObject({ status: 200, body: { revision: 2 } });
    const stale = await admin.json('PUT', `/api/plans/${PLAN.id}`, {
      baseRevision: 1,
      plan: { ...PLAN, title: 'Sửa từ bản cũ' },
    });
    expect(stale).toMatchObject({
      status: 409,
      body: { conflict: { revision: 2, plan: { title: 'Tên mới' } } },
    });
    expect((await admin.json('GET', `/api/plans/${PLAN.id}`)).body).toMatchObject({ revision: 2 });
    expect((await admin.json('GET', '/api/plans')).body).toEqual({
      plans: [expect.objectContaining({ id: PLAN.id, revision: 2, title: 'Tên mới' })],
    });
  });

  it('saving the very plan stored (its keys in any order) keeps its revision', async () => {
    const admin = await w.as('admin');
    const id = 'khong-doi';
    await admin.json('PUT', `/api/plans/${id}`, { baseRevision: 0, plan: { ...PLAN, id } });
    const reordered = Object.fromEntries(Object.entries({ ...PLAN, id }).reverse());
    const again = await admin.json('PUT', `/api/plans/${id}`, { baseRevision: 1, plan: reordered });
    expect(again).toMatchObject({ status: 200, body: { revision: 1 } });
    const changed = await admin.json('PUT', `/api/plans/${id}`, {
      baseRevision: 1,
      plan: { ...PLAN, id, title: 'Đổi tên' },
    });
    expect(changed).toMatchObject({ status: 200, body: { revision: 2 } });
  });

  it('refuses an invalid plan naming the field, and saves nothing', async () => {
    const admin = await w.as('admin');
    const bad = { ...PLAN, id: 'hong', tasks: [{ ...PLAN.tasks[0], stage: 'bay-gio' }] };
    const { status, body } = await admin.json('PUT', '/api/plans/hong', { baseRevision: 0, plan: bad });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { problems: [{ path: { vi: 'tasks[0].stage' } }] } });
    expect((await admin.call('GET', '/api/plans/hong')).status).toBe(404);
  });

  it('staff may read but not save plans; another organisation sees none of them', async () => {
    const staff = await w.as('lead');
    expect((await staff.call('GET', `/api/plans/${PLAN.id}`)).status).toBe(200);
    expect((await staff.call('PUT', `/api/plans/${PLAN.id}`, { baseRevision: 9, plan: PLAN })).status).toBe(
      403,
    );
    const stranger = await w.as('stranger');
    expect((await stranger.call('GET', `/api/plans/${PLAN.id}`)).status).toBe(404);
    expect((await stranger.json('GET', '/api/plans')).body).toEqual({ plans: [] });
  });

  it('refuses a body over the limit before reading it', async () => {
    const admin = await w.as('admin');
    const huge = { ...PLAN, title: 'x'.repeat(60_000) };
    const { status, body } = await admin.json('PUT', `/api/plans/${PLAN.id}`, {
      baseRevision: 2,
      plan: huge,
    });
    expect(status).toBe(413);
    expect(body).toMatchObject({
      error: { message: { vi: 'Nội dung yêu cầu quá lớn: tối đa 50000 byte.' } },
    });
  });
});
