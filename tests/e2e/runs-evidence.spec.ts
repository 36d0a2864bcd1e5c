import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { actAs, issueSeedPlan, item, press, SCHOOL } from './runs-page';

test('a report keeps its evidence files with its event: too large refused in Vietnamese, kept ones downloadable from the log', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await issueSeedPlan(page);
  await actAs(page, 'Trần Thị Bình', SCHOOL);
  await press(page, 'II.3.1.2', 'Bắt đầu thực hiện');
  await press(page, 'II.3.1.2', 'Gửi báo cáo');
  const report = page.getByRole('form', { name: 'Gửi báo cáo' });
  await report.getByLabel('Kết quả').fill('Đã tổ chức hội thảo');
  const files = report.getByLabel(/Tệp minh chứng/);
  await files.setInputFiles({
    name: 'ghi-hinh.mp4',
    mimeType: 'video/mp4',
    buffer: Buffer.alloc(11 * 1024 * 1024),
  });
  await expect(report.getByRole('alert')).toHaveText(
    'tệp minh chứng «ghi-hinh.mp4»: Tệp nặng 11 MB, quá giới hạn 10 MB cho một tệp.',
  );
  await expectNoSeriousViolations(page, 'run-report-form');
  await report.getByRole('button', { name: 'Gửi' }).click();
  await expect(report).toBeVisible();
  await expect(item(page, 'II.3.1.2')).toContainText('Đang thực hiện');

  const text = 'Biên bản hội thảo khoa học, ngày 15/5/2024';
  await files.setInputFiles([
    { name: 'bien-ban.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
    { name: 'anh.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) },
  ]);
  await expect(report.getByRole('alert')).toHaveCount(0);
  await report.getByRole('button', { name: 'Gửi' }).click();
  await expect(item(page, 'II.3.1.2')).toContainText('Đã báo cáo');

  await page.reload();
  const evidence = page.getByRole('region', { name: 'Nhật ký' }).getByRole('group', { name: 'Minh chứng' });
  await expect(evidence.getByRole('button')).toHaveText([/^bien-ban\.txt \(\d+ B\)$/, 'anh.png (4 B)']);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    evidence.getByRole('button', { name: /bien-ban\.txt/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('bien-ban.txt');
  expect(readFileSync(await download.path(), 'utf8')).toBe(text);
});
