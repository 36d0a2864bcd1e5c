import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { expect, type Browser as PlaywrightBrowser, type Page } from '@playwright/test';
import { openPglite } from '../../server/src/db/pglite-database';
import { startInstance } from '../../server/src/instance';
import { Browser } from '../server/client';
import { PASSWORD, PLAN, seedPeople } from '../server/fixtures';

/**
 * A real server for the app's end-to-end tests: PGlite in a temporary folder, the fixture people, listening on
 * a free port of localhost and allowing the app's origin. `admin` is an API client signed in as the admin.
 */
export async function startServer(baseURL: string | undefined) {
  const folder = mkdtempSync(join(tmpdir(), 'rollout-server-'));
  const db = await openPglite(folder);
  const instance = await startInstance(db, { allowedOrigins: [new URL(baseURL as string).origin] });
  await seedPeople(db);
  const http = serve({ fetch: instance.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => http.once('listening', r));
  const admin = new Browser(instance.app);
  await admin.signIn('admin', PASSWORD);
  return {
    address: `http://localhost:${(http.address() as AddressInfo).port}`,
    admin,
    stop: async () => {
      await new Promise((r) => http.close(r));
      await instance.stop();
      await db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A new browser context signed in to the server at `address` as `username` from Cài đặt → Máy chủ. */
export async function signedIn(browser: PlaywrightBrowser, address: string, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Máy chủ' });
  await section.getByLabel('Địa chỉ máy chủ').fill(address);
  await section.getByLabel('Tên đăng nhập').fill(username);
  await section.getByLabel('Mật khẩu').fill(PASSWORD);
  await section.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(section.getByRole('status')).toContainText(`Đã đăng nhập vào ${address}: ${username}`);
  return { context, page };
}

/** Put the fixture plan (issued by body b0) in the browser's library, as a person would import its file. */
export async function importPlan(page: Page) {
  await page.goto('/');
  await page.getByLabel('Nhập tệp JSON').setInputFiles({
    name: `${PLAN.id}.plan.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(PLAN)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toContainText(PLAN.title);
}
