import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginLimiter } from '../../server/src/auth/login-limiter';
import { Browser } from './client';
import { ENGINES } from './databases';
import { PASSWORD } from './fixtures';
import { world } from './harness';

describe.each(ENGINES)('accounts and sessions on $name', (engine) => {
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    w = await world(await engine.open(), { limiter: new LoginLimiter(3, 60_000) });
  });
  afterAll(async () => w.close());

  it('signs in with the right password into an HTTP-only, SameSite=Lax cookie', async () => {
    const browser = new Browser(w.instance.app);
    const response = await browser.call('POST', '/api/session', { username: 'lead', password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(
      /rs_session=[\w-]{40,}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/,
    );
    const me = await browser.json<{ actor: { bodyId: string; roles: string[] } }>('GET', '/api/session');
    expect(me.body.actor).toMatchObject({ bodyId: 'b1', roles: ['staff'] });
  });

  it('refuses a wrong password and an unknown name alike, in Vietnamese first', async () => {
    for (const username of ['helper', 'khong-co-ai']) {
      const { status, body } = await new Browser(w.instance.app).json('POST', '/api/session', {
        username,
        password: 'sai-mat-khau',
      });
      expect(status).toBe(401);
      expect(body).toMatchObject({ error: { message: { vi: 'Tên đăng nhập hoặc mật khẩu không đúng.' } } });
    }
  });

  it('names the missing field of a sign-in', async () => {
    const { status, body } = await new Browser(w.instance.app).json('POST', '/api/session', {
      username: 'lead',
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { problems: [{ path: { vi: 'password' } }] } });
  });

  it('limits failed sign-ins per name, even when the right password comes next', async () => {
    const browser = new Browser(w.instance.app);
    for (let i = 0; i < 3; i++) await browser.signIn('stranger', 'sai-mat-khau');
    const response = await browser.call('POST', '/api/session', { username: 'STRANGER', password: PASSWORD });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await new Browser(w.instance.app).signIn('lead', PASSWORD)).toBe(200);
  });

  it('an old session is refused after signing out', async () => {
    const browser = await w.as('lead');
    const oldCookie = browser.cookie;
    expect((await browser.call('DELETE', '/api/session')).status).toBe(204);
    const replay = new Browser(w.instance.app);
    replay.cookie = oldCookie;
    expect((await replay.call('GET', '/api/runs')).status).toBe(401);
  });

  it('refuses an unsafe request without the CSRF token, and a sign-in from a foreign origin', async () => {
    const browser = await w.as('admin');
    const csrf = browser.csrf;
    browser.csrf = '';
    const { status, body } = await browser.json('POST', '/api/runs', { planId: 'x' });
    expect(status).toBe(403);
    expect(body).toMatchObject({ error: { code: 'csrf' } });
    browser.csrf = 'khong-dung';
    expect((await browser.call('DELETE', '/api/session')).status).toBe(403);
    browser.csrf = csrf;
    expect((await browser.call('GET', '/api/runs')).status).toBe(200);
    const foreign = await new Browser(w.instance.app).call(
      'POST',
      '/api/session',
      { username: 'lead', password: PASSWORD },
      { origin: 'https://ke-gia-mao.example' },
    );
    expect(foreign.status).toBe(403);
  });

  it('an administrator creates an account and resets its password, which ends its sessions', async () => {
    const admin = await w.as('admin');
    const created = await admin.json<{ id: string }>('POST', '/api/admin/accounts', {
      username: 'can-bo-moi',
      displayName: 'Cán bộ mới',
      bodyId: 'b2',
      roles: ['staff'],
      password: 'mat-khau-ban-dau',
    });
    expect(created.status).toBe(201);
    const person = new Browser(w.instance.app);
    expect(await person.signIn('can-bo-moi', 'mat-khau-ban-dau')).toBe(200);
    const reset = await admin.call('POST', `/api/admin/accounts/${created.body.id}/password`, {
      password: 'mat-khau-dat-lai',
    });
    expect(reset.status).toBe(204);
    expect((await person.call('GET', '/api/session')).status).toBe(401);
    expect(await new Browser(w.instance.app).signIn('can-bo-moi', 'mat-khau-ban-dau')).toBe(401);
    expect(await new Browser(w.instance.app).signIn('can-bo-moi', 'mat-khau-dat-lai')).toBe(200);
  });

  it('refuses, and logs, account creation by someone who is not an administrator', async () => {
    const staff = await w.as('lead');
    const { status } = await staff.json('POST', '/api/admin/accounts', {
      username: 'ke-xam-nhap',
      displayName: 'X',
      bodyId: 'b1',
      roles: ['admin'],
      password: 'mat-khau-ban-dau',
    });
    expect(status).toBe(403);
    const logged = await w.db.query(`SELECT action FROM refusals WHERE action LIKE 'POST /api/admin%'`);
    expect(logged.length).toBeGreaterThan(0);
  });

  it('an administrator cannot reset a password in another organisation', async () => {
    const [stranger] = await w.db.query<{ id: string }>(
      `SELECT id FROM accounts WHERE username = 'stranger'`,
    );
    const admin = await w.as('admin');
    const reset = await admin.call('POST', `/api/admin/accounts/${stranger?.id}/password`, {
      password: 'chiem-quyen-1234',
    });
    expect(reset.status).toBe(404);
  });
});
