import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { openLibrary, planList, planRow, seedPlans } from './library-page';

test('creating a plan opens its editor; Back returns to the library, which lists it', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  await expect(page).toHaveURL(/\/plans\/ke-hoach-moi$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch mới' })).toBeFocused();

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(planList(page)).toHaveCount(6);
  const row = planRow(page, 'Kế hoạch mới');
  const issuer = row.getByText('Cơ quan ban hành', { exact: true });
  await expect(issuer.locator('xpath=following-sibling::dd')).toHaveText('Cơ quan ban hành');
  await expect(row.getByRole('img', { name: 'Mọi cơ quan hoàn thành được' })).toBeVisible();

  await row.getByRole('link', { name: 'Kế hoạch mới', exact: true }).click();
  await expect(page).toHaveURL(/\/plans\/ke-hoach-moi$/);
  await page.goBack();
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  await expect(page).toHaveURL(/\/plans\/ke-hoach-moi-2$/);
});

test('duplicating a plan adds "(bản sao)" with the same tasks', async ({ page }) => {
  await openLibrary(page);
  const [seed] = seedPlans();
  await planRow(page, seed!.title)
    .getByRole('button', { name: /^Nhân bản/ })
    .click();

  const copy = planRow(page, `${seed!.title} (bản sao)`);
  await expect(copy).toHaveCount(1);
  await expect(planList(page)).toHaveCount(6);
  await expect(copy.getByRole('link', { name: `${seed!.title} (bản sao)`, exact: true })).toHaveAttribute(
    'href',
    `/plans/${seed!.id}-2`,
  );
  await expect(copy.getByText(String(seed!.tasks.length), { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo' })).toContainText('(bản sao)');
});

test('deleting a plan can be undone from the notice', async ({ page }) => {
  await openLibrary(page);
  const [seed] = seedPlans();
  await planRow(page, seed!.title)
    .getByRole('button', { name: `Xóa: ${seed!.title}` })
    .click();

  await expect(planList(page)).toHaveCount(4);
  await expect(planRow(page, seed!.title)).toHaveCount(0);
  const status = page.getByRole('status').filter({ hasText: 'Đã xóa' });
  await expect(status).toContainText(`Đã xóa "${seed!.title}".`);
  const undo = status.getByRole('button', { name: 'Hoàn tác' });
  await expect(undo).toBeFocused();
  await expectNoSeriousViolations(page, 'library: notice with undo');
  await undo.click();

  await expect(planList(page)).toHaveCount(5);
  await expect(planRow(page, seed!.title)).toHaveCount(1);
  await expect(
    planRow(page, seed!.title).getByRole('link', { name: seed!.title, exact: true }),
  ).toHaveAttribute('href', `/plans/${seed!.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toBeVisible();
  await page.reload();
  await expect(planList(page)).toHaveCount(5);
});
