import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expectKeyboardReachable } from './keyboard';
import { openLibrary, seedPlans } from './library-page';
import { screenshotAtEachSize } from './screenshots';

const PLACES = [
  { name: 'Mô phỏng', path: '/simulate', shot: 'simulate' },
  { name: 'Theo dõi thực hiện', path: '/runs', shot: 'runs' },
  { name: 'Danh mục cơ quan', path: '/directory', shot: 'directory' },
  { name: 'Cài đặt', path: '/settings', shot: 'settings' },
  { name: 'Kế hoạch', path: '/', shot: 'library' },
] as const;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

/** Moves focus to the navigation's link by Tab alone, from the top of the page, and follows it with Enter. */
async function goByKeyboard(page: Page, name: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const link = nav(page).getByRole('link', { name, exact: true });
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
}

test('every place of the navigation is reached by keyboard, marked as current, and passes axe', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openLibrary(page);
  for (const place of PLACES) {
    await goByKeyboard(page, place.name);
    await expect(page).toHaveURL(place.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: place.name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(nav(page).locator('[aria-current]')).toHaveCount(1);
    if (place.path !== '/') {
      await expect(page.locator('main .page-loading')).toHaveCount(0);
      await expectNoSeriousViolations(page, place.path);
      await expectKeyboardReachable(page, place.path);
      await screenshotAtEachSize(page, place.shot);
    }
  }
});

test('the simulation place lists the plans with their verdicts, each opening its studio', async ({
  page,
}) => {
  await openLibrary(page);
  await page.goto('/simulate');
  await expect(page.getByText('đang được xây dựng')).toHaveCount(0);
  await expect(page.locator('main [data-verdict]')).toHaveCount(seedPlans().length);
  await page.getByRole('link', { name: seedPlans()[0]!.title, exact: true }).click();
  await expect(page).toHaveURL(`/plans/${seedPlans()[0]!.id}/simulate`);
  await expect(page.getByRole('navigation', { name: 'Các cách xem mô phỏng' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Mô phỏng', exact: true })).toHaveAttribute(
    'aria-current',
    'location',
  );
});

test('the directory lists the shared bodies and finds one without accents', async ({ page }) => {
  await openLibrary(page);
  await page.goto('/directory');
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  expect(total).toBeGreaterThan(10);
  await page.getByRole('searchbox', { name: 'Tìm cơ quan' }).fill('ban tuyen giao');
  await expect(rows.first()).toContainText('Ban Tuyên giáo');
  expect(await rows.count()).toBeLessThan(total);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Body directory' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
});

test('settings keep the staff profile and the "due soon" days, and refuse a bad number', async ({ page }) => {
  await openLibrary(page);
  await page.goto('/settings');
  await page.getByLabel('Họ và tên').fill('Nguyễn Văn An');
  const body = page.getByLabel('Cơ quan bạn làm việc');
  const chosen = await body.locator('option').nth(1).textContent();
  await body.selectOption({ label: chosen! });
  await page.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(page.getByText('Đã lưu hồ sơ cán bộ.')).toBeVisible();
  const days = page.getByLabel('Số ngày trước hạn');
  await expect(days).toHaveValue('7');
  await days.fill('0');
  await page.getByRole('button', { name: 'Lưu số ngày' }).click();
  await expect(page.getByText('Chưa lưu thay đổi')).toBeVisible();
  await days.fill('10');
  await page.getByRole('button', { name: 'Lưu số ngày' }).click();
  await expect(page.getByText('Đã lưu: nhắc trước hạn 10 ngày.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');
  await expect(page.getByLabel('Cơ quan bạn làm việc').locator('option:checked')).toHaveText(chosen!);
  await expect(page.getByLabel('Số ngày trước hạn')).toHaveValue('10');
  await page.getByRole('main').getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
