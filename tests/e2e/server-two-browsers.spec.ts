import { expect, test, type Page } from '@playwright/test';
import { issueRun } from '../server/harness';
import { expectNoSeriousViolations } from './axe';
import { screenshotAtEachSize } from './screenshots';
import { signedIn, startServer } from './server-world';

/**
 * Two people of two bodies, each in their own browser, advance one run issued on a real server (PGlite in a
 * temporary folder, on a free port): each sees the other's progress live; one goes offline, acts, comes
 * back, and the outbox reconciles.
 */
let server: Awaited<ReturnType<typeof startServer>>;
let runId = '';

test.beforeAll(async ({ baseURL }) => {
  server = await startServer(baseURL);
  runId = await issueRun(server.admin);
});

test.afterAll(async () => {
  await server?.stop();
});

const item = (page: Page, name: string) => page.getByRole('listitem', { name, exact: true });
const audit = (page: Page) => page.getByRole('region', { name: 'Nhật ký' }).getByRole('listitem');
const serverStatus = (page: Page) => page.getByRole('region', { name: 'Trên máy chủ' }).getByRole('status');

test('two bodies advance one shared run live, and offline work reconciles', async ({ browser }) => {
  test.setTimeout(120_000);
  const lead = await signedIn(browser, server.address, 'lead');
  await expectNoSeriousViolations(lead.page, 'settings with a server');
  await screenshotAtEachSize(lead.page, 'settings-server');
  const helper = await signedIn(browser, server.address, 'helper');

  await lead.page.goto('/runs');
  await lead.page.getByRole('region', { name: 'Trên máy chủ' }).getByRole('link').first().click();
  await expect(lead.page).toHaveURL(new RegExp(`/runs/${runId}$`));
  await helper.page.goto(`/runs/${runId}`);
  for (const { page } of [lead, helper]) {
    await expect(serverStatus(page)).toContainText('Đang nhận cập nhật trực tiếp');
    await expect(audit(page)).toHaveCount(1);
  }

  await item(lead.page, '1 · Cơ quan 1').getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
  await expect(audit(helper.page)).toHaveCount(2);
  await expect(audit(helper.page).last()).toContainText('lead');
  await item(helper.page, '1 · Cơ quan 2').getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
  await expect(audit(lead.page)).toHaveCount(3);
  await expect(audit(lead.page).last()).toContainText('helper');
  await expectNoSeriousViolations(lead.page, 'shared run');
  await lead.page.evaluate(() => window.scrollTo(0, 0));
  await screenshotAtEachSize(lead.page, 'shared-run');

  await lead.context.setOffline(true);
  await item(lead.page, '1 · Cơ quan 1').getByRole('button', { name: 'Gửi báo cáo' }).click();
  const report = lead.page.getByRole('form', { name: 'Gửi báo cáo' });
  await report.getByLabel('Kết quả').fill('Đã làm xong khi mất mạng');
  await report.getByRole('button', { name: 'Gửi' }).click();
  await expect(serverStatus(lead.page)).toContainText('Mất kết nối máy chủ');
  await expect(serverStatus(lead.page)).toContainText('1 thao tác đang chờ gửi');
  await expect(item(lead.page, '1 · Cơ quan 1')).toContainText('Đã báo cáo');
  await lead.page.evaluate(() => window.scrollTo(0, 0));
  await screenshotAtEachSize(lead.page, 'shared-run-offline');
  await item(helper.page, '2 · Cơ quan 2').getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
  await expect(audit(helper.page)).toHaveCount(4);

  await lead.context.setOffline(false);
  await expect(serverStatus(lead.page)).toContainText('Đang nhận cập nhật trực tiếp', { timeout: 15_000 });
  await expect(serverStatus(lead.page)).not.toContainText('đang chờ gửi');
  for (const { page } of [lead, helper]) await expect(audit(page)).toHaveCount(5);
  await expect(audit(helper.page).last()).toContainText('lead');
  const helperLog = await audit(helper.page).allInnerTexts();
  expect(await audit(lead.page).allInnerTexts()).toEqual(helperLog);
  await lead.context.close();
  await helper.context.close();
});
