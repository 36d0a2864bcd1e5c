import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PLAN } from '../server/fixtures';
import { expectNoSeriousViolations } from './axe';
import { screenshotAtEachSize } from './screenshots';
import { importPlan, signedIn, startServer } from './server-world';

/**
 * A planner issues a plan of their library as a shared run on a real server, from Theo dõi thực hiện; a staff
 * member of another body sees it in their own browser. Opened the first time while the server cannot be
 * reached, the run and the server's list say so in Vietnamese, offer a retry, and load once it answers.
 */
let server: Awaited<ReturnType<typeof startServer>>;

test.beforeAll(async ({ baseURL }) => {
  server = await startServer(baseURL);
});

test.afterAll(async () => {
  await server?.stop();
});

const onServer = (page: Page) => page.getByRole('region', { name: 'Trên máy chủ' });

/** Every request to the server fails as if it were down (only those `when` selects, if given). */
const cutServer = (context: BrowserContext, when: (path: string) => boolean = () => true) =>
  context.route(
    (url) => url.href.startsWith(server.address) && when(url.pathname),
    (route) => route.abort('connectionrefused'),
  );

test('a planner issues a shared run from the app; another body sees it; a first open without the server says so', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signedIn(browser, server.address, 'admin');
  await importPlan(admin.page);
  await admin.page.goto('/runs');
  const form = admin.page.getByRole('region', { name: 'Ban hành kế hoạch' });
  await form.getByLabel('Kế hoạch').selectOption({ label: PLAN.title });
  await form.getByLabel('Số, ký hiệu').fill('15-KH/TU');
  await expect(form).toContainText('mọi cơ quan trong tổ chức cùng theo dõi');
  await expectNoSeriousViolations(admin.page, 'runs screen with issuing on the server');
  await screenshotAtEachSize(admin.page, 'runs-issue-on-server');
  await form.getByRole('button', { name: 'Ban hành trên máy chủ' }).click();
  await expect(admin.page).toHaveURL(/\/runs\/[0-9A-Z]{26}$/);
  const runId = admin.page.url().split('/').at(-1) as string;
  await expect(onServer(admin.page).getByRole('status')).toContainText('Đang nhận cập nhật trực tiếp');
  await expect(admin.page.getByRole('heading', { level: 1 })).toHaveText(PLAN.title);

  const lead = await signedIn(browser, server.address, 'lead');
  await lead.page.goto('/runs');
  await expect(lead.page.getByRole('button', { name: 'Ban hành trên máy chủ' })).toHaveCount(0);
  const row = onServer(lead.page).getByRole('row').filter({ hasText: '15-KH/TU' });
  await expect(row.getByRole('link', { name: PLAN.title })).toHaveAttribute('href', `/runs/${runId}`);

  await cutServer(lead.context);
  await lead.page.reload();
  await expect(onServer(lead.page).getByRole('alert')).toContainText(
    `Không kết nối được máy chủ ${server.address}.`,
  );
  await expect(
    onServer(lead.page).getByRole('heading', { name: 'Đã lưu trong trình duyệt này' }),
  ).toBeVisible();
  await expect(onServer(lead.page)).toContainText('Chưa ban hành kế hoạch nào.');
  await expectNoSeriousViolations(lead.page, 'server runs unreachable');
  await onServer(lead.page).scrollIntoViewIfNeeded();
  await screenshotAtEachSize(lead.page, 'runs-server-unreachable');

  await lead.page.goto(`/runs/${runId}`);
  await expect(lead.page.getByRole('heading', { level: 1 })).toHaveText('Không kết nối được máy chủ');
  await expect(lead.page.getByRole('alert')).toContainText('Kiểm tra kết nối mạng');
  await expectNoSeriousViolations(lead.page, 'shared run unreachable');
  await screenshotAtEachSize(lead.page, 'run-server-unreachable');
  await lead.context.unrouteAll();
  await lead.page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(lead.page.getByRole('heading', { level: 1 })).toHaveText(PLAN.title);
  await expect(onServer(lead.page).getByRole('status')).toContainText('Đang nhận cập nhật trực tiếp');

  const helper = await signedIn(browser, server.address, 'helper');
  await helper.page.goto('/runs');
  await expect(onServer(helper.page).getByRole('link', { name: PLAN.title })).toBeVisible();
  await cutServer(helper.context, (path) => path.startsWith('/api/runs/'));
  await onServer(helper.page).getByRole('link', { name: PLAN.title }).click();
  await expect(helper.page.getByRole('heading', { level: 1 })).toHaveText('Không kết nối được máy chủ');
  await helper.context.unrouteAll();
  await helper.page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(helper.page.getByRole('heading', { level: 1 })).toHaveText(PLAN.title);
  for (const c of [admin, lead, helper]) await c.context.close();
});
