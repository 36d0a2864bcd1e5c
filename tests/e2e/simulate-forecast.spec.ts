import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { storedRow } from './editor-page';
import { screenshotAtEachSize } from './screenshots';

/**
 * A small plan whose first task cannot meet its deadline (20 working days of work, due 3 days after the
 * start), a chain after it, a duty without an end and a conference on a fixed day.
 */
function latePlan(id: string, tasks = 0) {
  const extra = Array.from({ length: tasks }, (_, i) => ({
    id: `x-${i}`,
    code: `X.${i + 1}`,
    title: `Việc phụ ${i + 1}`,
    stage: 'implementing',
    leadId: `co-quan-${i % 3}`,
    deadline: 'trong năm 2024',
  }));
  return {
    id,
    kind: 'ke-hoach',
    format: 'party',
    title: `Kế hoạch thử dự báo ${id}`,
    issuerIds: ['thanh-uy'],
    date: '2024-06-03',
    bodies: [
      { id: 'thanh-uy', name: 'Thành ủy' },
      { id: 'ban-tuyen-giao', name: 'Ban Tuyên giáo' },
      { id: 'co-quan-0', name: 'Sở Nội vụ' },
      { id: 'co-quan-1', name: 'Sở Tư pháp' },
      { id: 'co-quan-2', name: 'Sở Tài chính' },
    ],
    tasks: [
      {
        id: 'gap',
        code: 'I.1',
        title: 'Xây dựng đề án gấp',
        stage: 'drafting',
        leadId: 'ban-tuyen-giao',
        deadline: 'trước ngày 06/6/2024',
        effort: { optimistic: 20, likely: 20, pessimistic: 20 },
      },
      {
        id: 'trien-khai',
        code: 'II.1',
        title: 'Triển khai đề án',
        stage: 'implementing',
        leadId: 'co-quan-0',
        prerequisiteIds: ['gap'],
        deadline: 'trong quý IV/2024',
      },
      {
        id: 'thuong-xuyen',
        code: 'II.2',
        title: 'Kiểm tra, đôn đốc',
        stage: 'implementing',
        kind: 'ongoing',
        leadId: 'co-quan-1',
        deadline: 'thực hiện thường xuyên',
      },
      {
        id: 'hoi-nghi',
        code: 'II.3',
        title: 'Hội nghị quán triệt',
        stage: 'disseminating',
        kind: 'event',
        leadId: 'thanh-uy',
        deadline: 'ngày 15/7/2024',
      },
      ...extra,
    ],
  };
}

async function importPlan(page: Page, plan: { id: string; title: string }) {
  await page.goto('/');
  await page.getByLabel('Nhập tệp JSON').setInputFiles({
    name: `${plan.id}.plan.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(plan)),
  });
  await expect(page.getByRole('link', { name: plan.title, exact: true })).toBeVisible();
}

const taskRow = (page: Page, title: string) =>
  page
    .getByRole('table')
    .first()
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title }) });

test('a forecast marks the task whose deadline cannot be met, in the table and on the timeline', async ({
  page,
}) => {
  const plan = latePlan('du-bao-tre');
  await importPlan(page, plan);
  await page.goto(`/plans/${plan.id}/forecast`);
  await expect(page.getByText('Dự báo từ ngày 03/06/2024, 1.000 lần chạy, hạt giống 1.')).toBeVisible();
  await expect(page.getByText('1 nhiệm vụ có khả năng trễ hạn.')).toBeVisible();
  const late = taskRow(page, 'Xây dựng đề án gấp');
  await expect(late).toContainText('0%');
  await expect(late).toContainText('Có khả năng trễ hạn');
  await expect(taskRow(page, 'Triển khai đề án')).not.toContainText('Có khả năng trễ hạn');
  const timeline = page.getByRole('region', { name: /^Biểu đồ thời gian \(cuộn/ });
  await expect(
    timeline.getByRole('img', { name: /^I\.1: bắt đầu 03\/06\/2024.*Có khả năng trễ hạn$/ }),
  ).toBeVisible();
  await expect(timeline.getByRole('img', { name: /^II\.2: nhiệm vụ thường xuyên/ })).toBeVisible();
  await expect(timeline.getByRole('img', { name: 'II.3: sự kiện ngày 15/07/2024' })).toBeVisible();
  await expectNoSeriousViolations(page, 'forecast');
  await screenshotAtEachSize(page, 'forecast');
});

test('a forecast in progress can be stopped, keeping the runs done so far', async ({ page }) => {
  const plan = latePlan('du-bao-dung', 300);
  await importPlan(page, plan);
  await page.goto(`/plans/${plan.id}/forecast`);
  await expect(page.getByText(/Dự báo từ ngày/)).toBeVisible();
  await page.getByLabel('Số lần chạy').fill('100000');
  await page.getByRole('button', { name: 'Chạy dự báo' }).click();
  await expect(page.getByRole('progressbar', { name: 'Tiến độ dự báo' })).toBeVisible();
  await page.getByRole('button', { name: 'Dừng' }).click();
  await expect(page.getByText(/^Đã dừng sau [\d.]+ \/ 100\.000 lần/)).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(page.getByText(/Dự báo từ ngày 03\/06\/2024, [\d.]+ lần chạy, hạt giống 1\./)).toBeVisible();
});

test('a plan naming no date asks for a start date, then forecasts from it', async ({ page }) => {
  const dated = latePlan('du-bao-khong-ngay');
  const plan = { ...dated, date: null, tasks: dated.tasks.map((t) => ({ ...t, deadline: null })) };
  await importPlan(page, plan);
  await page.goto(`/plans/${plan.id}/forecast`);
  await expect(page.getByText(/^Kế hoạch không ghi ngày nào để bắt đầu dự báo/)).toBeVisible();
  await page.getByLabel('Ngày bắt đầu').fill('02/01/2025');
  await page.getByLabel('Ngày bắt đầu').press('Enter');
  await page.getByRole('button', { name: 'Chạy dự báo' }).click();
  await expect(page.getByText('Dự báo từ ngày 02/01/2025, 1.000 lần chạy, hạt giống 1.')).toBeVisible();
});

test('what-if: delaying a body moves its task on the timeline and makes it late; removing one changes a verdict; the saved plan stays until saved', async ({
  page,
}) => {
  const plan = latePlan('gia-dinh');
  await importPlan(page, plan);
  const stored = await storedRow(page, plan.id);
  await page.goto(`/plans/${plan.id}/what-if`);
  await expect(page.getByText('Dự báo và kết luận không đổi.')).toBeVisible();
  const form = page.getByRole('form', { name: 'Thêm một thay đổi' });
  await form.getByLabel('Thay đổi').selectOption({ label: 'Lùi một cơ quan' });
  await form.getByLabel('Cơ quan').selectOption({ label: 'Sở Nội vụ' });
  await form.getByLabel('Lùi bao nhiêu').fill('6');
  await form.getByLabel('Đơn vị').selectOption({ label: 'tháng' });
  await form.getByRole('button', { name: 'Áp dụng' }).click();
  await expect(page.getByText('Thành có khả năng trễ hạn: II.1.')).toBeVisible();
  const changed = page.getByRole('region', { name: /^Sau thay đổi \(cuộn/ });
  const original = page.getByRole('region', { name: /^Kế hoạch gốc \(cuộn/ });
  await expect(
    changed.getByRole('img', { name: /^II\.1: bắt đầu 03\/12\/2024.*Có khả năng trễ hạn$/ }),
  ).toBeVisible();
  await expect(
    original.getByRole('img', { name: /^II\.1: bắt đầu 01\/07\/2024.*thời hạn 31\/12\/2024$/ }),
  ).toBeVisible();

  await form.getByLabel('Thay đổi').selectOption({ label: 'Bỏ một cơ quan' });
  await form.getByLabel('Cơ quan').selectOption({ label: 'Sở Tư pháp' });
  await form.getByRole('button', { name: 'Áp dụng' }).click();
  const verdicts = page
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Sau thay đổi' }) });
  await expect(verdicts.getByRole('row', { name: /Sở Tư pháp/ })).toContainText(
    '✓ Hoàn thành được— Không còn trong kế hoạch (Kết luận đổi)',
  );
  await expect(page.getByText('Sở Tư pháp: — Không còn trong kế hoạch.')).toBeVisible();
  await expectNoSeriousViolations(page, 'what-if');
  await screenshotAtEachSize(page, 'what-if');

  await page.getByRole('button', { name: 'Bỏ thay đổi: Lùi Sở Nội vụ 6 tháng' }).click();
  await expect(page.getByText('Thành có khả năng trễ hạn: II.1.')).toHaveCount(0);
  expect(await storedRow(page, plan.id)).toEqual(stored);

  await page.getByRole('button', { name: 'Lưu thay đổi vào kế hoạch' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Không lưu' }).click();
  expect(await storedRow(page, plan.id)).toEqual(stored);
  await page.goto(`/plans/${plan.id}/what-if`);
  await expect(page.getByText('Chưa có thay đổi nào: hai bên giống nhau.')).toBeVisible();
  await expect(verdicts.getByRole('row', { name: /Sở Tư pháp/ })).toContainText(
    '✓ Hoàn thành được✓ Hoàn thành được',
  );
});

test('what-if: saving after the confirmation writes the changed plan as a new revision', async ({ page }) => {
  const plan = latePlan('gia-dinh-luu');
  await importPlan(page, plan);
  const stored = await storedRow(page, plan.id);
  await page.goto(`/plans/${plan.id}/what-if`);
  const form = page.getByRole('form', { name: 'Thêm một thay đổi' });
  await form.getByLabel('Thay đổi').selectOption({ label: 'Bỏ một cơ quan' });
  await form.getByLabel('Cơ quan').selectOption({ label: 'Sở Tư pháp' });
  await form.getByRole('button', { name: 'Áp dụng' }).click();
  await page.getByRole('button', { name: 'Lưu thay đổi vào kế hoạch' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Lưu vào kế hoạch' }).click();
  await expect(page.getByText('Đã lưu các thay đổi vào kế hoạch.')).toBeVisible();
  expect((await storedRow(page, plan.id)).revision).toBe(stored.revision + 1);
  await expect(page.getByText('Chưa có thay đổi nào: hai bên giống nhau.')).toBeVisible();
});

test('the forecast keeps its settings in the address: opening it again gives the same forecast', async ({
  page,
}) => {
  const plan = latePlan('du-bao-dia-chi');
  await importPlan(page, plan);
  await page.goto(`/plans/${plan.id}/forecast?runs=200&seed=7`);
  await expect(page.getByText('Dự báo từ ngày 03/06/2024, 200 lần chạy, hạt giống 7.')).toBeVisible();
  await page.getByLabel('Hạt giống').fill('42');
  await page.getByRole('button', { name: 'Chạy dự báo' }).click();
  await expect(page.getByText('Dự báo từ ngày 03/06/2024, 200 lần chạy, hạt giống 42.')).toBeVisible();
  await expect(page).toHaveURL(/[?&]seed=42(&|$)/);
  const shared = page.url();
  await page.goto('/');
  await page.goto(shared);
  await expect(page.getByText('Dự báo từ ngày 03/06/2024, 200 lần chạy, hạt giống 42.')).toBeVisible();
});
