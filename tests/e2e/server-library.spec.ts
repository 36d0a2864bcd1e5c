import { expect, test, type Page } from '@playwright/test';
import { PLAN } from '../server/fixtures';
import { expectNoSeriousViolations } from './axe';
import { saveStatus, taskNode } from './editor-page';
import { screenshotAtEachSize } from './screenshots';
import { importPlan, signedIn, startServer } from './server-world';

/**
 * A plan shared in the organisation's library on a real server, edited in two browsers: each save goes to the
 * server from the revision that browser knows, and the one that saved from a stale revision is offered the
 * editor's usual choice, keep mine or use the server's. Issuing on the server from a stale copy is refused,
 * and leads to the same choice.
 */
let server: Awaited<ReturnType<typeof startServer>>;

test.beforeAll(async ({ baseURL }) => {
  server = await startServer(baseURL);
});

test.afterAll(async () => {
  await server?.stop();
});

const organisation = (page: Page) => page.getByRole('region', { name: 'Thư viện của tổ chức' });
/** Name the selected task in the inspector. */
async function rename(page: Page, title: string) {
  const field = page.getByLabel('Tên nhiệm vụ', { exact: true });
  await field.fill(title);
  await field.press('Enter');
}

const conflict = (page: Page) =>
  page.getByRole('dialog', { name: 'Kế hoạch đã được sửa trong thư viện của tổ chức' });

test("a plan shared in the organisation's library: a stale save offers keep mine or the server's", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await signedIn(browser, server.address, 'admin');
  await importPlan(a.page);
  const share = organisation(a.page).getByRole('form', { name: 'Chia sẻ kế hoạch' });
  await share.getByLabel('Kế hoạch trong trình duyệt này').selectOption({ label: PLAN.title });
  await share.getByRole('button', { name: 'Chia sẻ lên thư viện của tổ chức' }).click();
  await expect(organisation(a.page).getByRole('status')).toHaveText(
    `Đã chia sẻ "${PLAN.title}" lên thư viện của tổ chức (phiên bản 1).`,
  );
  await expect(organisation(a.page).getByRole('row').filter({ hasText: PLAN.title })).toContainText('1');
  await expectNoSeriousViolations(a.page, "library with the organisation's library");
  await screenshotAtEachSize(a.page, 'library-organisation');

  const b = await signedIn(browser, server.address, 'admin');
  await b.page.goto('/');
  await organisation(b.page)
    .getByRole('button', { name: `Mở: ${PLAN.title}` })
    .click();
  await expect(b.page).toHaveURL(`/plans/${PLAN.id}`);
  await expect(saveStatus(b.page)).toContainText('Đã lưu lên thư viện của tổ chức (phiên bản 1).');

  await a.page.goto(`/plans/${PLAN.id}`);
  await expect(saveStatus(a.page)).toContainText('(phiên bản 1)');
  await a.page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await rename(a.page, 'Việc của A');
  await expect(saveStatus(a.page)).toContainText(/Đã lưu lên thư viện của tổ chức \(phiên bản [23]\)/);

  await b.page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await expect(conflict(b.page)).toBeVisible();
  await expect(conflict(b.page)).toContainText(/phiên bản [23]/);
  await expect(saveStatus(b.page)).toContainText('Chưa gửi lên máy chủ');
  await expectNoSeriousViolations(b.page, 'editor: conflict with the library');
  await screenshotAtEachSize(b.page, 'editor-library-conflict');
  await conflict(b.page).getByRole('button', { name: 'Giữ bản của tôi' }).click();
  await expect(conflict(b.page)).toBeHidden();
  await expect(saveStatus(b.page)).toContainText(/Đã lưu lên thư viện của tổ chức \(phiên bản [34]\)/);

  await rename(a.page, 'Việc của A, sửa lại');
  await expect(conflict(a.page)).toBeVisible();
  await conflict(a.page).getByRole('button', { name: 'Dùng bản trên máy chủ' }).click();
  await expect(conflict(a.page)).toBeHidden();
  await expect(saveStatus(a.page)).toContainText(/Đã lưu lên thư viện của tổ chức \(phiên bản [34]\)/);
  await expect(taskNode(a.page, 'nv')).toHaveCount(1);
  await expect(taskNode(a.page, 'nv')).not.toHaveAttribute('aria-label', /Việc của A/);
  await a.page.reload();
  await expect(taskNode(a.page, 'nv')).not.toHaveAttribute('aria-label', /Việc của A/);

  await rename(b.page, 'Việc của B');
  await expect(saveStatus(b.page)).toContainText(/Đã lưu lên thư viện của tổ chức \(phiên bản [45]\)/);
  await a.page.goto('/runs');
  const form = a.page.getByRole('region', { name: 'Ban hành kế hoạch' });
  await form.getByLabel('Kế hoạch').selectOption({ label: PLAN.title });
  await form.getByRole('button', { name: 'Ban hành trên máy chủ' }).click();
  await expect(form.getByRole('alert')).toContainText('Kế hoạch đã được lưu ở nơi khác');
  await form.getByRole('alert').scrollIntoViewIfNeeded();
  await screenshotAtEachSize(a.page, 'runs-stale-copy');
  await form.getByRole('button', { name: 'Mở kế hoạch để chọn bản giữ lại' }).click();
  await expect(conflict(a.page)).toBeVisible();
  await conflict(a.page).getByRole('button', { name: 'Dùng bản trên máy chủ' }).click();
  await expect(taskNode(a.page, 'nv')).toHaveAttribute('aria-label', /Việc của B/);
  for (const c of [a, b]) await c.context.close();
});
