import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { downloaded } from './downloads';
import { selectTask } from './editor-page';
import { openLibrary, planList } from './library-page';
import { screenshotAtEachSize } from './screenshots';

const SEED_003 = readFileSync(join(import.meta.dirname, '../data/seeds/003_c81e2607254c46bf.txt'), 'utf8');

async function openImport(page: Page) {
  await openLibrary(page);
  await page.getByRole('link', { name: 'Nhập văn bản' }).click();
  await expect(page).toHaveURL(/\/import$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập văn bản' })).toBeVisible();
}

test('a pasted plan becomes a draft beside its source; a corrected lead is saved only on accepting', async ({
  page,
}) => {
  await openImport(page);
  await expectNoSeriousViolations(page, 'import: input');
  await page.getByLabel('Nội dung văn bản').fill(SEED_003);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await expect(page.getByRole('heading', { name: 'Bản nháp kế hoạch' })).toBeVisible();
  const tasks = page.locator('.draft-task');
  expect(await tasks.count()).toBeGreaterThanOrEqual(20);

  const first = tasks.first();
  await first.getByRole('button', { name: /^Xem nguồn/ }).click();
  await expect(page.locator('.import-source mark')).toBeVisible();
  await expect(page.locator('.import-source mark')).not.toBeEmpty();

  const lead = first.getByLabel('Chủ trì');
  const current = await lead.inputValue();
  const options = await lead
    .locator('option')
    .evaluateAll((os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })),
    );
  const other = options.find((o) => o.value && o.value !== current)!;
  await lead.selectOption(other.value);
  const taskId = (await first.getAttribute('data-task-id'))!;
  await expectNoSeriousViolations(page, 'import: draft');
  await screenshotAtEachSize(page, 'import-draft');

  // nothing is saved before the draft is accepted
  await expect(page.locator('.draft-task')).toHaveCount(await tasks.count());
  await page.getByRole('button', { name: 'Chấp nhận và lưu kế hoạch' }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+$/);
  await expect(page.locator('.react-flow__node-task').first()).toBeVisible();
  await selectTask(page, taskId);
  await expect(page.getByRole('group', { name: 'Chủ trì', exact: true }).getByRole('listitem')).toHaveText(
    new RegExp(`^${other.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  await page.goto('/');
  await expect(planList(page)).toHaveCount(6);
});

test('each header item marks the text it was read from; participants corrected in the draft are saved', async ({
  page,
}) => {
  await openImport(page);
  await page.getByLabel('Nội dung văn bản').fill(SEED_003);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  const header = page.locator('.draft-header');
  await expect(header.getByRole('button').first()).toBeVisible();
  const number = header.getByRole('button', { name: /^Số hiệu/ });
  await number.click();
  await expect(number).toHaveAttribute('aria-pressed', 'true');
  const value = (await number.locator('span').nth(1).textContent())!;
  await expect(page.locator('.import-source mark')).toContainText(value.trim());
  await expectNoSeriousViolations(page, 'import: header items');
  await screenshotAtEachSize(page, 'import-draft-header');
  const title = header.getByRole('button', { name: /^Trích yếu/ });
  await title.click();
  await expect(number).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.import-source mark')).not.toContainText(value.trim());

  const first = page.locator('.draft-task').first();
  const taskId = (await first.getAttribute('data-task-id'))!;
  await first.locator('.draft-participants summary').click();
  const choices = first.locator('.draft-participants__choice');
  const unticked = choices.filter({ has: page.locator('input:not(:checked)') }).first();
  const name = (await unticked.textContent())!.trim();
  await unticked.getByRole('checkbox').check();
  await expect(first.locator('.draft-participants summary')).toContainText(name);
  await page.getByRole('button', { name: 'Chấp nhận và lưu kế hoạch' }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+$/);
  await selectTask(page, taskId);
  await expect(page.getByRole('group', { name: 'Phối hợp', exact: true })).toContainText(name);
});

test('a corrupt .docx is refused in Vietnamese and nothing is saved', async ({ page }) => {
  await openImport(page);
  await screenshotAtEachSize(page, 'import-input');
  await page.getByLabel('Mở tệp .txt hoặc .docx').setInputFiles({
    name: 'hong.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('PK\u0003\u0004 không phải một tệp Word thật'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'Không nhập được văn bản' });
  await expect(alert).toContainText('Tệp .docx bị hỏng');
  await expect(alert).toContainText('Chưa có gì được lưu vào thư viện.');
  await expectNoSeriousViolations(page, 'import: refused');
  await openLibrary(page, 5);
});

test('a seed plan exports as a .docx and an .ics calendar', async ({ page }) => {
  await openLibrary(page);
  await page.goto('/plans/hai-phong-66-ctr-tu/report');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const docx = await downloaded(page, 'Tải văn bản (.docx)');
  expect(docx.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const ics = await downloaded(page, 'Tải lịch thời hạn (.ics)');
  expect(ics.toString('utf8').startsWith('BEGIN:VCALENDAR')).toBe(true);
});

test('a 5 MB paste is read in the background, with its progress shown, and gives a draft', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await openImport(page);
  const big = SEED_003.repeat(Math.ceil(5_000_000 / SEED_003.length));
  // as a paste does: the whole value at once, one input event (typing it with fill would take minutes)
  await page.getByLabel('Nội dung văn bản').evaluate((area, text) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setValue.call(area, text);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, big);
  await page.getByRole('button', { name: 'Đọc văn bản' }).click();
  await expect(page.locator('.import-progress')).toContainText(/Đang/);
  // the page answers while the worker reads
  expect(await page.evaluate(() => document.title)).toContain('Nhập văn bản');
  await expect(page.getByRole('heading', { name: 'Bản nháp kế hoạch' })).toBeVisible({ timeout: 60_000 });
});
