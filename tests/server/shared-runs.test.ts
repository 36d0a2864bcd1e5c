import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerClient } from '../../src/app/server-client';
import { ServerConnection } from '../../src/app/server-connection';
import type { SharedRunView } from '../../src/app/run-follower';
import { SharedRuns } from '../../src/app/shared-runs';
import { workingStatus } from '../../src/engine/run-state';
import { assignmentKey } from '../../src/engine/model';
import { openDatabase, RunRepository, SettingsRepository, SharedRunRepository } from '../../src/store';
import { BrowserNetwork } from './browser-fetch';
import { servedWorld, type ServedWorld } from './served-world';
import { PASSWORD, type Person } from './fixtures';
import { approve, cancel, issueRun, report, start, submission } from './harness';

let opened = 0;

/** Poll `check` until it holds (the stream and the outbox work in the background). */
async function until(check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the app following a shared run through a real server', () => {
  let w: ServedWorld['w'];
  let address = '';
  let close: ServedWorld['close'];
  beforeAll(async () => {
    ({ w, address, close } = await servedWorld());
  });
  afterAll(() => close());

  /** A browser of `person`: its own IndexedDB, network and connection, signed in to the server. */
  async function browser(person: Person, dbName = `navigator-${++opened}`) {
    const db = openDatabase(dbName);
    const network = new BrowserNetwork();
    const connection = new ServerConnection(new SettingsRepository(db), network.fetch);
    expect(await connection.signIn(address, person, PASSWORD)).toEqual({ ok: true });
    const shared = new SharedRuns(
      connection,
      new RunRepository(db),
      new SharedRunRepository(db),
      undefined,
      50,
    );
    const views: SharedRunView[] = [];
    const last = () => views.at(-1) as SharedRunView;
    /** Follow the run, its views kept in `views`, once the server's stream is open. */
    const follow = async (runId: string) => {
      const follower = (await shared.follow(runId, (v) => views.push(v)))!;
      await until(() => last().live);
      return follower;
    };
    /** Cut the network and wait until the follower knows. */
    const goOffline = async () => {
      network.setOffline(true);
      await until(() => !last().live);
    };
    return { db, dbName, network, connection, shared, views, last, follow, goOffline };
  }

  const statusOf = (view: SharedRunView, assigneeId: string, taskId: string) =>
    workingStatus(view.state, view.state.assignments.get(assignmentKey(assigneeId, taskId))!);

  it('signs in, refuses a wrong password and a bad address with a reason, and signs out', async () => {
    const db = openDatabase(`navigator-${++opened}`);
    const connection = new ServerConnection(new SettingsRepository(db), new BrowserNetwork().fetch);
    expect(await connection.signIn('khong phai dia chi', 'lead', PASSWORD)).toMatchObject({ ok: false });
    const wrong = await connection.signIn(address, 'lead', 'sai');
    expect(wrong).toMatchObject({ ok: false, message: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
    expect(await connection.signIn(address, 'lead', PASSWORD)).toEqual({ ok: true });
    expect(connection.current()).toMatchObject({ kind: 'signed-in', actor: { bodyId: 'b1' } });
    await connection.signOut();
    expect(connection.current()).toEqual({ kind: 'signed-out', address });
    const again = new ServerConnection(new SettingsRepository(db), new BrowserNetwork().fetch);
    expect(await again.start()).toEqual({ kind: 'signed-out', address });
  });

  it('two browsers see each other live; offline actions wait in the outbox and are sent on reconnect', async () => {
    const admin = await w.as('admin');
    const runId = await issueRun(admin);
    const [lead, helper] = await Promise.all([browser('lead'), browser('helper')]);
    expect(await lead.shared.list()).toMatchObject({
      ok: true,
      runs: expect.arrayContaining([expect.objectContaining({ id: runId })]),
    });
    const [leadRun, helperRun] = await Promise.all([lead.follow(runId), helper.follow(runId)]);

    expect(await leadRun.act(start('b1', 't1'))).toEqual({ ok: true });
    await until(() => statusOf(helper.last(), 'b1', 't1') === 'inProgress');

    await lead.goOffline();
    expect(await leadRun.act(report('b1', 't1'))).toEqual({ ok: true });
    expect(lead.last()).toMatchObject({ pending: 1 });
    expect(statusOf(lead.last(), 'b1', 't1')).toBe('reported');
    expect(await new SharedRunRepository(lead.db).pending(runId)).toHaveLength(1);
    expect(await helperRun.act(start('b2', 't1'))).toEqual({ ok: true });
    await until(() => statusOf(helper.last(), 'b2', 't1') === 'inProgress' && helper.last().pending === 0);
    expect(statusOf(helper.last(), 'b1', 't1')).toBe('inProgress');

    lead.network.setOffline(false);
    await until(() => lead.last().pending === 0 && lead.last().live);
    await until(() => statusOf(helper.last(), 'b1', 't1') === 'reported');
    await until(() => lead.last().state.seq === 4 && helper.last().state.seq === 4);
    const server = await admin.json<{ events: Array<{ event: { id: string } }> }>(
      'GET',
      `/api/runs/${runId}`,
    );
    const local = await new RunRepository(lead.db).events(runId);
    expect(local.map((e) => e.id)).toEqual(server.body.events.map((e) => e.event.id));
    expect((await new RunRepository(helper.db).events(runId)).map((e) => e.id)).toEqual(
      local.map((e) => e.id),
    );
    leadRun.stop();
    helperRun.stop();
  });

  it('an action the server refuses is shown with its reason and the run falls back to the server log', async () => {
    const admin = await w.as('admin');
    const runId = await issueRun(admin);
    const helper = await browser('helper');
    const followed = await helper.follow(runId);
    await helper.goOffline();
    await admin.json('POST', `/api/runs/${runId}/events`, submission(null, cancel('b2', 't2')));
    expect(await followed.act(start('b2', 't2'))).toEqual({ ok: true });
    expect(statusOf(helper.last(), 'b2', 't2')).toBe('inProgress');
    helper.network.setOffline(false);
    await until(() => helper.last().refusal !== null && helper.last().pending === 0);
    expect(helper.last().refusal?.reason.vi).toContain('Đã hủy');
    expect(helper.last().refusal?.reason.en).toMatch(/cancelled/i);
    expect(statusOf(helper.last(), 'b2', 't2')).toBe('cancelled');
    expect(await new SharedRunRepository(helper.db).pending(runId)).toEqual([]);
    followed.stop();
  });

  it('reopened while the server cannot be reached, the app acts on its copy and sends when it can', async () => {
    const admin = await w.as('admin');
    const runId = await issueRun(admin);
    const lead = await browser('lead');
    const first = await lead.follow(runId);
    first.stop();

    const { network } = lead;
    const db = openDatabase(lead.dbName);
    const connection = new ServerConnection(new SettingsRepository(db), network.fetch);
    network.setOffline(true);
    expect(await connection.start()).toMatchObject({ kind: 'unreachable', actor: { bodyId: 'b1' } });
    const shared = new SharedRuns(
      connection,
      new RunRepository(db),
      new SharedRunRepository(db),
      undefined,
      50,
    );
    const views: SharedRunView[] = [];
    const offline = (await shared.follow(runId, (v) => views.push(v)))!;
    expect(views.at(-1)).toMatchObject({ live: false, pending: 0, state: { seq: 1 } });
    expect(await offline.act(start('b1', 't1'))).toEqual({ ok: true });
    expect(views.at(-1)).toMatchObject({ pending: 1, state: { seq: 2 } });
    network.setOffline(false);
    await until(() => views.at(-1)?.pending === 0 && views.at(-1)?.live === true);
    expect(await connection.refresh()).toMatchObject({ kind: 'signed-in' });
    const read = await admin.json<{ events: Array<{ event: { type: string } }> }>(
      'GET',
      `/api/runs/${runId}`,
    );
    expect(read.body.events.map((e) => e.event.type)).toEqual(['issue', 'start']);
    offline.stop();
  });

  it('opened the first time while the server cannot be reached, it says so, lists nothing kept, and loads on retry', async () => {
    const admin = await w.as('admin');
    const runId = await issueRun(admin);
    const lead = await browser('lead');
    const unreachable = {
      vi: `Không kết nối được máy chủ ${address}.`,
      en: `Cannot reach the server ${address}.`,
    };
    lead.network.setOffline(true);
    expect(await lead.shared.list()).toEqual({ ok: false, reason: unreachable });
    expect(await lead.shared.cached()).toEqual([]);
    const follower = (await lead.shared.follow(runId, (v) => lead.views.push(v)))!;
    expect(lead.views).toEqual([]);
    expect(follower.unreachable()).toEqual(unreachable);
    await follower.reload();
    expect(follower.unreachable()).toEqual(unreachable);

    lead.network.setOffline(false);
    await follower.reload();
    expect(follower.unreachable()).toBeNull();
    expect(lead.last()).toMatchObject({ state: { seq: 1 } });
    expect((await lead.shared.cached()).map((r) => r.id)).toEqual([runId]);
    follower.stop();
  });

  it('the outbox survives a reload and each queued action is appended once', async () => {
    const admin = await w.as('admin');
    const runId = await issueRun(admin);
    const lead = await browser('lead');
    const first = await lead.follow(runId);
    await lead.goOffline();
    await first.act(start('b1', 't1'));
    await first.act(report('b1', 't1'));
    first.stop();

    const reloaded = await browser('lead', lead.dbName);
    const views: SharedRunView[] = [];
    const again = (await reloaded.shared.follow(runId, (v) => views.push(v)))!;
    await until(() => views.at(-1)?.pending === 0 && views.at(-1)?.state.seq === 3);
    await admin.json('POST', `/api/runs/${runId}/events`, submission(null, approve('b1', 't1')));
    await until(() => views.at(-1)?.state.seq === 4);
    const types = (
      await admin.json<{ events: Array<{ event: { type: string } }> }>('GET', `/api/runs/${runId}`)
    ).body.events.map((e) => e.event.type);
    expect(types).toEqual(['issue', 'start', 'report', 'approve']);
    again.stop();
  });

  it('a session ended on the server stops the sending: the action waits, the app is signed out, and goes after signing in', async () => {
    const admin = await w.as('admin');
    const runId = await issueRun(admin);
    const lead = await browser('lead');
    const followed = await lead.follow(runId);
    await lead.goOffline();
    await followed.act(start('b1', 't1'));
    // the session ends elsewhere (another tab signs out, or it expires): the same cookies no longer sign in
    const elsewhere = new ServerClient(address, lead.network.fetch);
    lead.network.setOffline(false);
    await elsewhere.session();
    await elsewhere.signOut();
    await followed.flush();
    await until(() => lead.last().signedOut);
    expect(lead.last().pending).toBe(1);
    await until(() => lead.connection.current().kind === 'signed-out');
    followed.stop();

    expect(await lead.connection.signIn(address, 'lead', PASSWORD)).toEqual({ ok: true });
    const views: SharedRunView[] = [];
    const again = (await lead.shared.follow(runId, (v) => views.push(v)))!;
    await until(() => views.at(-1)?.pending === 0 && views.at(-1)?.state.seq === 2);
    expect(views.at(-1)?.signedOut).toBe(false);
    again.stop();
  });
});
