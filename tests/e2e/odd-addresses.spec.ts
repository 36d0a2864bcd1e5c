import { expect, test } from '@playwright/test';

/** Addresses a user can type or paste that name no page, or cannot even be decoded. */
const ODD = ['/plans/%', '/plans/%E0%A4%A/report', '/plans/%zz', '/plans//report', '/khong-co/trang/nao'];

for (const address of ODD) {
  test(`the address ${address} is a page not found with a way back, and a reload shows it again`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(address);
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang', level: 1 })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: 'Về thư viện kế hoạch' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Không tìm thấy trang');
    expect(errors).toEqual([]);
  });
}

test('a plan id that no plan has opens the plan-not-found page, not an error', async ({ page }) => {
  await page.goto('/plans/%F0%9F%98%80');
  await expect(page.getByRole('alert').filter({ hasText: 'Đã xảy ra lỗi' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Về thư viện kế hoạch' })).toBeVisible();
});
