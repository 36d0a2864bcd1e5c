import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { openLibrary, planList, planRow, seedPlans } from './library-page';

test('a plan exports as <id>.plan.json and imports back as a new copy', async ({ page }) => {
  await openLibrary(page);
  const seed = seedPlans().find((p) => p.id === 'hai-phong-66-ctr-tu')!;

  const download = page.waitForEvent('download');
  await planRow(page, seed.title)
    .getByRole('button', { name: /^Xuất JSON/ })
    .click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('hai-phong-66-ctr-tu.plan.json');
  const text = readFileSync(await file.path(), 'utf8');
  const exported = JSON.parse(text) as { id: string; title: string; tasks: unknown[] };
  expect(exported.id).toBe(seed.id);
  expect(exported.title).toBe(seed.title);
  expect(exported.tasks).toHaveLength(seed.tasks.length);

  await page.getByLabel('Nhập tệp JSON').setInputFiles({
    name: 'hai-phong-66-ctr-tu.plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(planList(page)).toHaveCount(6);
  const copies = planRow(page, seed.title);
  await expect(copies).toHaveCount(2);
  await expect(page.locator('a[href="/plans/hai-phong-66-ctr-tu-2"]')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toContainText(seed.title);
});

test('an invalid file is refused with every problem in Vietnamese, naming the file and the path', async ({
  page,
}) => {
  await openLibrary(page);
  await page.getByLabel('Nhập tệp JSON').setInputFiles([
    { name: 'hong.plan.json', mimeType: 'application/json', buffer: Buffer.from('{"id": "x",') },
    {
      name: 'sai.plan.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ id: 'Sai Mã', kind: 'ke-hoach', format: 'party', title: 'Sai' })),
    },
  ]);

  const alert = page.getByRole('alert').filter({ hasText: 'Không nhập được tệp' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('hong.plan.json: dòng 1');
  await expect(alert).toContainText('Không phải JSON hợp lệ');
  await expect(alert).toContainText('sai.plan.json: id: Mã định danh chỉ gồm chữ thường không dấu');
  await expect(alert).toContainText('sai.plan.json: issuerIds:');
  await expect(planList(page)).toHaveCount(5);
  await expectNoSeriousViolations(page, 'library: import refused');

  await alert.getByRole('button', { name: 'Đóng' }).click();
  await expect(page.getByText('Không nhập được tệp')).toHaveCount(0);
  await page.reload();
  await expect(planList(page)).toHaveCount(5);
});
