import { expect, test } from '@playwright/test';
import { addTask, createPlan, saveStatus } from './editor-page';

test('a deadline or a date of year 0, 10000 or 99999 is explained or refused, and the editor stays up', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await createPlan(page);
  await addTask(page, 'Xây dựng kế hoạch', 'Nhiệm vụ có năm lạ');
  const deadline = page.getByLabel('Thời hạn (như văn bản ghi)');
  for (const [phrase, year] of [
    ['trước ngày 01/01/0000', '0'],
    ['trước quý I/0001', '0'],
    ['cuối năm 10000', null],
    ['hoàn thành trong năm 99999', null],
  ] as const) {
    await deadline.fill(phrase);
    await deadline.press('Enter');
    await expect(saveStatus(page)).toHaveText('Đã lưu');
    if (year) await expect(page.locator('.deadline-meaning')).toContainText(`Năm ${year} nằm ngoài lịch`);
  }
  await expect(page.getByRole('alert').filter({ hasText: 'Đã xảy ra lỗi' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch mới' })).toBeVisible();
  expect(errors).toEqual([]);
});
