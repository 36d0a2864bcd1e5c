import { expect, test } from '@playwright/test';
import { downloaded } from './downloads';
import { openLibrary } from './library-page';

test('the whole canvas is saved as an SVG drawing and a PNG picture of the plan', async ({ page }) => {
  await openLibrary(page);
  await page.goto('/plans/hai-phong-66-ctr-tu');
  const firstCard = page.locator('.react-flow__node-task').first();
  await expect(firstCard).toBeVisible();
  const cards = await page.locator('.react-flow__node-task').count();

  const more = page
    .getByRole('group', { name: 'Công cụ sửa kế hoạch' })
    .getByRole('button', { name: 'Thêm', exact: true });
  await more.click();
  const svg = (await downloaded(page, 'Lưu sơ đồ (.svg)')).toString('utf8');
  expect(svg.startsWith('<svg')).toBe(true);
  // every task card is in the drawing, even those outside the window
  expect(svg.split('react-flow__node-task').length - 1).toBe(cards);

  await more.click();
  const png = await downloaded(page, 'Lưu sơ đồ (.png)');
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(600);
  expect(height).toBeGreaterThan(300);

  await page.getByRole('button', { name: 'Danh sách nhiệm vụ' }).click();
  await more.click();
  await expect(page.getByRole('button', { name: 'Lưu sơ đồ (.png)' })).toBeDisabled();
});
