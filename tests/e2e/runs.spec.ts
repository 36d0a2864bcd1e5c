import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { actAs, ARMY, fillDate, ISSUER, item, prepareIssue, press, SCHOOL } from './runs-page';
import { screenshotAtEachSize } from './screenshots';

test('a seed plan is issued and run to completion by two bodies, with its log and dashboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const issue = await prepareIssue(page);
  await expectNoSeriousViolations(page, 'runs');
  await screenshotAtEachSize(page, 'runs');
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9A-Z]{26}$/);

  // The school: start, report, returned, start and report again, approved.
  await actAs(page, 'Trần Thị Bình', SCHOOL);
  await press(page, 'II.3.1.2', 'Bắt đầu thực hiện');
  await press(page, 'II.3.1.2', 'Gửi báo cáo');
  const report = page.getByRole('form', { name: 'Gửi báo cáo' });
  await report.getByLabel('Kết quả').fill('Đã chuẩn bị hội thảo');
  await report.getByLabel(/Đường dẫn minh chứng/).fill('https://haiphong.dcs.vn/hoi-thao');
  await report.getByRole('button', { name: 'Gửi' }).click();
  await expect(item(page, 'II.3.1.2')).toContainText('Đã báo cáo');

  // The wrong body: the army's staff are offered nothing on the school's assignment, and it is not in their inbox.
  await actAs(page, 'Lê Văn Cường', ARMY);
  await expect(page.getByRole('button', { name: 'Xác nhận hoàn thành' })).toHaveCount(0);
  await expect(item(page, 'II.3.1.2')).toHaveCount(0);

  await actAs(page, 'Nguyễn Văn An', ISSUER);
  await press(page, 'II.3.1.2', 'Trả lại, yêu cầu bổ sung');
  const back = page.getByRole('form', { name: 'Trả lại, yêu cầu bổ sung' });
  await back.getByLabel('Lý do').fill('Thiếu minh chứng');
  await back.getByRole('button', { name: 'Gửi' }).click();
  await actAs(page, 'Trần Thị Bình', SCHOOL);
  await page.getByRole('button', { name: 'Bị trả lại' }).click();
  await expect(item(page, 'II.3.1.2')).toContainText('Trả lại');
  await press(page, 'II.3.1.2', 'Bắt đầu thực hiện');
  await page.getByRole('button', { name: 'Tất cả', exact: true }).click();
  await press(page, 'II.3.1.2', 'Gửi báo cáo');
  await report.getByLabel('Kết quả').fill('Đã tổ chức hội thảo, có kỷ yếu');
  await report.getByRole('button', { name: 'Gửi' }).click();
  await actAs(page, 'Nguyễn Văn An', ISSUER);
  await press(page, 'II.3.1.2', 'Xác nhận hoàn thành');

  // The army: an extension asked and granted, then the work done.
  await actAs(page, 'Lê Văn Cường', ARMY);
  await press(page, 'II.3.2.2', 'Đề nghị gia hạn');
  const ask = page.getByRole('form', { name: 'Đề nghị gia hạn' });
  await ask.getByLabel('Lý do').fill('Chờ kế hoạch của Quân khu');
  await fillDate(ask, 'Thời hạn mới', '31/01/2025');
  await ask.getByRole('button', { name: 'Gửi' }).click();
  await actAs(page, 'Nguyễn Văn An', ISSUER);
  await press(page, 'II.3.2.2', 'Đồng ý gia hạn');
  await actAs(page, 'Lê Văn Cường', ARMY);
  await expect(item(page, 'II.3.2.2')).toContainText('Thời hạn: 31/01/2025');
  await press(page, 'II.3.2.2', 'Bắt đầu thực hiện');
  await press(page, 'II.3.2.2', 'Gửi báo cáo');
  await report.getByLabel('Kết quả').fill('Đã tổ chức tọa đàm');
  await report.getByRole('button', { name: 'Gửi' }).click();
  await actAs(page, 'Nguyễn Văn An', ISSUER);
  await press(page, 'II.3.2.2', 'Xác nhận hoàn thành');

  const log = page.getByRole('region', { name: 'Nhật ký' });
  await expect(log.getByRole('listitem')).toHaveCount(12);
  await expect(log).toContainText('Trả lại, yêu cầu bổ sung');
  await expect(log).toContainText('Lý do: Thiếu minh chứng');
  const entries = await log.getByRole('listitem').allInnerTexts();
  await log.getByLabel('Loại thao tác').selectOption('approve-extension');
  await expect(log.getByRole('listitem')).toHaveCount(1);

  // The dashboard as of a date: II.1.2.1 (1), due 31/01/2024, is within its deadline on 20 January, overdue on 10 February.
  const board = page.getByRole('region', { name: 'Tiến độ' });
  await fillDate(board, 'Tính đến ngày', '20/01/2024');
  const late = board.getByRole('listitem').filter({ hasText: 'II.1.2.1 (1)' });
  await expect(late).toHaveCount(0);
  await fillDate(board, 'Tính đến ngày', '10/02/2024');
  await expect(late.first()).toBeVisible();
  await expectNoSeriousViolations(page, 'run');
  await screenshotAtEachSize(page, 'run');

  await page.reload();
  const reloaded = page.getByRole('region', { name: 'Nhật ký' }).getByRole('listitem');
  await expect(reloaded).toHaveCount(12);
  expect(await reloaded.allInnerTexts()).toEqual(entries);
  await actAs(page, 'Lê Văn Cường', ARMY);
  await expect(item(page, 'II.3.2.2')).toContainText('Hoàn thành');
  await actAs(page, 'Trần Thị Bình', SCHOOL);
  await expect(item(page, 'II.3.1.2')).toContainText('Hoàn thành');
});
