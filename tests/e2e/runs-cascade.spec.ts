import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { saveStatus, selectTask } from './editor-page';
import { openLibrary, planList, seedPlans } from './library-page';
import { actAs, fillDate } from './runs-page';
import { screenshotAtEachSize } from './screenshots';

/** The city's plan: its task 1 is carried out by the ward through a plan of its own (cụ thể hóa). */
const PARENT = {
  id: 'ke-hoach-thanh-uy-cu-the-hoa',
  kind: 'ke-hoach',
  format: 'party',
  title: 'Kế hoạch của Thành ủy về chuyển đổi số',
  issuerIds: ['thanh-uy'],
  date: '2026-12-01',
  bodies: [
    { id: 'thanh-uy', name: 'Ban Thường vụ Thành ủy' },
    { id: 'dang-uy-phuong', name: 'Đảng ủy phường Bạch Đằng' },
  ],
  tasks: [
    {
      id: 'xay-dung-ke-hoach',
      code: '1',
      title: 'Xây dựng kế hoạch cụ thể hóa của phường',
      stage: 'drafting',
      leadId: 'dang-uy-phuong',
      childPlan: true,
    },
    {
      id: 'so-ket',
      code: '2',
      title: 'Sơ kết việc thực hiện',
      stage: 'reviewing',
      leadId: 'dang-uy-phuong',
      prerequisiteIds: ['xay-dung-ke-hoach'],
    },
  ],
};

/** The ward's plan that fulfils it, issued by the ward's party committee. */
const CHILD = {
  id: 'ke-hoach-phuong-bach-dang-chuyen-doi-so',
  kind: 'ke-hoach',
  format: 'party',
  title: 'Kế hoạch của Đảng ủy phường Bạch Đằng về chuyển đổi số',
  issuerIds: ['dang-uy-phuong'],
  date: '2026-12-03',
  bodies: [
    { id: 'dang-uy-phuong', name: 'Đảng ủy phường Bạch Đằng' },
    { id: 'mttq-phuong', name: 'Ủy ban MTTQ phường' },
  ],
  tasks: [
    {
      id: 'tuyen-truyen',
      code: '1',
      title: 'Tuyên truyền chuyển đổi số',
      stage: 'disseminating',
      leadId: 'mttq-phuong',
    },
  ],
};

const file = (plan: { id: string }) => ({
  name: `${plan.id}.plan.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(plan)),
});

async function press(page: Page, item: string, action: string) {
  await page
    .getByRole('listitem', { name: item, exact: true })
    .getByRole('button', { name: action, exact: true })
    .click();
}

test('a task fulfilled by a child plan completes when the child run completes, linked both ways', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const seeds = seedPlans().length;
  await openLibrary(page, seeds);
  await page.getByLabel('Nhập tệp JSON').setInputFiles([file(PARENT), file(CHILD)]);
  await expect(planList(page)).toHaveCount(seeds + 2);

  // The city's plan links its task 1 to the ward's plan, in the editor.
  await page.goto(`/plans/${PARENT.id}`);
  await selectTask(page, 'xay-dung-ke-hoach');
  await page.getByLabel('Kế hoạch cụ thể hóa', { exact: true }).selectOption({ label: CHILD.title });
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await expectNoSeriousViolations(page, 'editor with a child plan linked');
  await page.getByLabel('Kế hoạch cụ thể hóa', { exact: true }).scrollIntoViewIfNeeded();
  await screenshotAtEachSize(page, 'editor-child-plan');

  // The city issues its plan.
  await page.goto('/runs');
  const issue = page.getByRole('region', { name: 'Ban hành kế hoạch' });
  await issue.getByLabel('Kế hoạch').selectOption(PARENT.id);
  await actAs(page, 'Nguyễn Văn An', 'thanh-uy');
  await issue.getByLabel('Số, ký hiệu').fill('15-KH/TU');
  await fillDate(issue, 'Ngày ban hành', '01/12/2026');
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9A-Z]{26}$/);
  const parentUrl = page.url();

  // The ward, leading task 1, issues its own plan from the task; reporting task 1 by hand is not offered.
  await actAs(page, 'Trần Thị Bình', 'dang-uy-phuong');
  const children = page.getByRole('region', { name: 'Kế hoạch cụ thể hóa' });
  await expect(children).toContainText('Chưa ban hành kế hoạch con.');
  const form = children.getByRole('form', { name: 'Ban hành kế hoạch con · 1' });
  await expect(form).toContainText(CHILD.title);
  await form.getByLabel('Số, ký hiệu').fill('05-KH/ĐU');
  await fillDate(form, 'Ngày ban hành', '05/12/2026');
  await expectNoSeriousViolations(page, 'run with a child plan to issue');
  await screenshotAtEachSize(page, 'run-child-issue');
  await form.getByRole('button', { name: 'Ban hành kế hoạch con' }).click();
  const childLink = children.getByRole('link', { name: 'Kế hoạch con số 05-KH/ĐU ban hành ngày 05/12/2026' });
  await expect(childLink).toBeVisible();
  await expect(children).toContainText('0/1 phần việc đã hoàn thành');
  await expect(children).toContainText('Đang thực hiện');
  const task1 = page.getByRole('listitem', { name: '1 · Đảng ủy phường Bạch Đằng', exact: true });
  await expect(task1).toContainText('Thực hiện bằng: Kế hoạch con số 05-KH/ĐU');
  await task1.getByRole('button', { name: 'Bắt đầu thực hiện' }).click();
  await expect(task1).toContainText('Đang thực hiện');
  await expect(task1.getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(0);

  // The child run links back to its parent's task.
  await childLink.click();
  await expect(page.getByRole('heading', { level: 1, name: CHILD.title })).toBeVisible();
  const back = page.getByRole('link', { name: `«${PARENT.title}», nhiệm vụ 1` });
  await expect(back).toBeVisible();
  await expect(page.getByText('Kế hoạch con của')).toBeVisible();

  // The ward's front carries out the child plan and the ward approves it: the child run completes.
  await actAs(page, 'Lê Văn Cường', 'mttq-phuong');
  await press(page, '1 · Ủy ban MTTQ phường', 'Bắt đầu thực hiện');
  await press(page, '1 · Ủy ban MTTQ phường', 'Gửi báo cáo');
  const report = page.getByRole('form', { name: 'Gửi báo cáo' });
  await report.getByLabel('Kết quả').fill('Đã tổ chức tuyên truyền ở 12 tổ dân phố');
  await report.getByRole('button', { name: 'Gửi' }).click();
  await actAs(page, 'Trần Thị Bình', 'dang-uy-phuong');
  await press(page, '1 · Ủy ban MTTQ phường', 'Xác nhận hoàn thành');
  await expect(page.locator('.eyebrow')).toContainText('Đã hoàn thành');
  await expectNoSeriousViolations(page, 'child run');
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotAtEachSize(page, 'run-child');

  // Back on the city's run, task 1 is completed, written by the system on the child run's behalf.
  await back.click();
  await expect(page).toHaveURL(parentUrl);
  await expect(task1).toContainText('Hoàn thành');
  const childrenAfter = page.getByRole('region', { name: 'Kế hoạch cụ thể hóa' });
  await expect(childrenAfter).toContainText('1/1 phần việc đã hoàn thành');
  await expect(childrenAfter).toContainText('Đã hoàn thành');
  const log = page.getByRole('region', { name: 'Nhật ký' });
  await expect(log).toContainText(
    'Hệ thống, thay mặt kế hoạch con số 05-KH/ĐU ban hành ngày 05/12/2026 (bước cuối do Trần Thị Bình, Đảng ủy phường Bạch Đằng) — Hoàn thành theo kế hoạch con — nhiệm vụ 1 của Đảng ủy phường Bạch Đằng',
  );
  await expect(
    page
      .getByRole('listitem', { name: '2 · Đảng ủy phường Bạch Đằng', exact: true })
      .getByRole('button', { name: 'Bắt đầu thực hiện' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'parent run after the cascade');
  await childrenAfter.scrollIntoViewIfNeeded();
  await screenshotAtEachSize(page, 'run-parent-done');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Kế hoạch cụ thể hóa' })).toContainText(
    '1/1 phần việc đã hoàn thành',
  );
});

test('a child run that completes after its parent task was cancelled says why the task stays cancelled', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const seeds = seedPlans().length;
  await openLibrary(page, seeds);
  const linked = {
    ...PARENT,
    tasks: PARENT.tasks.map((t) => (t.childPlan ? { ...t, childPlanId: CHILD.id } : t)),
  };
  await page.getByLabel('Nhập tệp JSON').setInputFiles([file(linked), file(CHILD)]);
  await expect(planList(page)).toHaveCount(seeds + 2);
  await page.goto('/runs');
  const issue = page.getByRole('region', { name: 'Ban hành kế hoạch' });
  await issue.getByLabel('Kế hoạch').selectOption(PARENT.id);
  await actAs(page, 'Nguyễn Văn An', 'thanh-uy');
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9A-Z]{26}$/);

  await actAs(page, 'Trần Thị Bình', 'dang-uy-phuong');
  const children = page.getByRole('region', { name: 'Kế hoạch cụ thể hóa' });
  await children.getByRole('button', { name: 'Ban hành kế hoạch con' }).click();
  const childLink = children.getByRole('link', { name: /^Kế hoạch con ban hành ngày/ });
  await expect(childLink).toBeVisible();

  // The city cancels task 1 while the ward's plan is under way.
  await actAs(page, 'Nguyễn Văn An', 'thanh-uy');
  await press(page, '1 · Đảng ủy phường Bạch Đằng', 'Hủy nhiệm vụ');
  const cancel = page.getByRole('form', { name: 'Hủy nhiệm vụ' });
  await cancel.getByLabel('Lý do').fill('Phường đã sáp nhập');
  await cancel.getByRole('button', { name: 'Gửi' }).click();

  await childLink.click();
  await actAs(page, 'Lê Văn Cường', 'mttq-phuong');
  await press(page, '1 · Ủy ban MTTQ phường', 'Bắt đầu thực hiện');
  await press(page, '1 · Ủy ban MTTQ phường', 'Gửi báo cáo');
  const report = page.getByRole('form', { name: 'Gửi báo cáo' });
  await report.getByLabel('Kết quả').fill('Đã tuyên truyền');
  await report.getByRole('button', { name: 'Gửi' }).click();
  await actAs(page, 'Trần Thị Bình', 'dang-uy-phuong');
  await press(page, '1 · Ủy ban MTTQ phường', 'Xác nhận hoàn thành');
  const why = page
    .getByRole('alert')
    .filter({ hasText: 'Kế hoạch con đã hoàn thành nhưng nhiệm vụ không hoàn thành được' });
  await expect(why).toContainText('nhiệm vụ 1 của Đảng ủy phường Bạch Đằng');
  await expect(why).toContainText('«Đã hủy»');

  await page.getByRole('link', { name: `«${PARENT.title}», nhiệm vụ 1` }).click();
  const shown = page.getByRole('region', { name: 'Kế hoạch cụ thể hóa' }).getByRole('alert');
  await expect(shown).toContainText('«Đã hủy»');
  const log = page.getByRole('region', { name: 'Nhật ký' }).getByRole('listitem');
  await expect(log).toHaveCount(3);
  await expect(log.filter({ hasText: 'Hoàn thành theo kế hoạch con' })).toHaveCount(0);
  await expectNoSeriousViolations(page, 'parent run with a refused cascade');
  await shown.scrollIntoViewIfNeeded();
  await screenshotAtEachSize(page, 'run-parent-refused');
});
