import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoSeriousViolations } from './axe';
import { fillDate, issueSeedPlan } from './runs-page';

test('the dashboard prints as a progress report, without the navigation, the inbox or the controls', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await issueSeedPlan(page);
  const board = page.getByRole('region', { name: 'Tiến độ' });
  await fillDate(board, 'Tính đến ngày', '10/02/2024');
  const chart = board.getByRole('img', { name: /^Số nhiệm vụ theo loại báo cáo/ });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleName(/Chưa hoàn thành, quá hạn: 1;/);
  await expectNoSeriousViolations(page, 'run-dashboard');
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await board.getByRole('button', { name: 'In báo cáo' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
  const table = board.getByRole('table', { name: 'Theo cơ quan' });
  await expect(navigation).toBeVisible();
  await expect(page.getByText('Báo cáo tiến độ thực hiện', { exact: true })).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(navigation).toBeHidden();
  await expect(page.getByRole('region', { name: 'Việc của cơ quan tôi' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Nhật ký' })).toBeHidden();
  await expect(board.getByRole('button', { name: 'In báo cáo' })).toBeHidden();
  await expect(page.getByText('Báo cáo tiến độ thực hiện', { exact: true })).toBeVisible();
  await expect(board.getByText('Tính đến ngày: 10/02/2024')).toBeVisible();
  await expect(table).toBeVisible();
  await expect(chart).toBeVisible();
  await expect(table.getByRole('row', { name: /Trường Chính trị Tô Hiệu/ })).toBeVisible();
  const border = await table
    .locator('td')
    .first()
    .evaluate((td) => getComputedStyle(td).borderTopStyle);
  expect(border).toBe('solid');
  await page.screenshot({ path: test.info().outputPath('print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await expect(navigation).toBeVisible();
});

test('the dashboard downloads as an .xlsx workbook in the reporting categories', async ({ page }) => {
  test.setTimeout(90_000);
  await issueSeedPlan(page);
  const board = page.getByRole('region', { name: 'Tiến độ' });
  await fillDate(board, 'Tính đến ngày', '10/02/2024');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    board.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tien-do-2024-02-10.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(await download.path()).buffer as ArrayBuffer);
  const progress = book.getWorksheet('Tiến độ');
  expect(progress?.getRow(2).getCell(2).value).toBe('10/02/2024');
  expect(progress?.getRow(5).getCell(5).value).toBe('Đã hoàn thành đúng hạn');
  const school = progress
    ?.getRows(6, progress.rowCount - 5)
    ?.find((r) => r.getCell(2).value === 'Trường Chính trị Tô Hiệu');
  expect(school?.getCell(1).value).toBe('Cơ quan');
  expect(Number(school?.getCell(3).value)).toBeGreaterThan(0);
  const overdue = book.getWorksheet('Quá hạn');
  expect(overdue?.getRow(2).getCell(1).value).toBe('Mã nhiệm vụ');
  const late = overdue?.getRows(3, overdue.rowCount - 2)?.map((r) => r.getCell(1).value);
  expect(late).toContain('II.1.2.1 (1)');
});
