import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expectKeyboardReachable } from './keyboard';
import { openLibrary, planList, seedPlans } from './library-page';
import { screenshotAtEachSize } from './screenshots';

const PLAN = 'hai-phong-tccs-ctph-cnxh-2025';
const PROGRESS = /^(Bắt đầu|Báo cáo|Xác nhận hoàn thành|Gửi báo cáo)$/;

const bodies = (page: Page) => page.getByRole('region', { name: 'Cơ quan' }).getByRole('button');
const actions = (page: Page) => page.locator('.play-actions');
const logSteps = (page: Page) => page.getByRole('region', { name: 'Nhật ký mô phỏng' }).getByRole('listitem');

async function openPlay(page: Page, search = '') {
  await openLibrary(page);
  await page.goto(`/plans/${PLAN}/simulate${search}`);
  await expect(page.getByTestId('play-stage')).toBeVisible();
}

const enabledProgress = (page: Page) =>
  actions(page).getByRole('button', { name: PROGRESS }).and(page.locator(':enabled'));

/** Fire one progress event of the first body (from the one shown on) that has one allowed now. */
async function fireProgress(page: Page) {
  const count = await bodies(page).count();
  for (let i = 0; (await enabledProgress(page).count()) === 0; i++) {
    expect(i, 'some body has a progress event allowed').toBeLessThan(count);
    await bodies(page).nth(i).click();
  }
  await enabledProgress(page).first().click();
}

/** Fire progress events, body after body, until every body is completed. */
async function stepToTheEnd(page: Page) {
  const open = bodies(page).filter({ hasNotText: 'Hoàn thành' });
  for (let i = 0; i < 300 && (await open.count()) > 0; i++) await fireProgress(page);
}

async function logText(page: Page): Promise<string[]> {
  return logSteps(page).allInnerTexts();
}

test('a seed plan is stepped by hand to completion: every body completed, the plan completed', async ({
  page,
}) => {
  await openPlay(page);
  await expect(page.getByTestId('play-stage')).toHaveText('Xây dựng kế hoạch');
  const refused = actions(page).locator('.play-refused__reason');
  await screenshotAtEachSize(page, 'simulate-play-start');
  await expectNoSeriousViolations(page, 'studio: play');
  await expectKeyboardReachable(page, 'studio: play');
  const start = actions(page).getByRole('button', { name: 'Bắt đầu' }).and(page.locator(':enabled'));
  for (let i = 0; (await start.count()) === 0; i++) await bodies(page).nth(i).press('Enter');
  await start.first().focus();
  await page.keyboard.press('Enter');
  await expect(actions(page).getByRole('button', { name: 'Báo cáo' }).first()).toBeFocused();
  await expect(logSteps(page).nth(1).getByRole('button')).toHaveAttribute('aria-current', 'step');
  await stepToTheEnd(page);
  await expect(page.getByRole('status').filter({ hasText: 'Mọi cơ quan đã hoàn thành.' })).toBeVisible();
  await expect(bodies(page).filter({ hasText: 'Hoàn thành' })).toHaveCount(await bodies(page).count());
  await expect(page.getByTestId('play-stage')).toHaveText('Kế hoạch đã hoàn thành');
  await expect(refused).toHaveCount(0);
  await expect(page.locator('.play-task[data-status="completed"]')).toHaveCount(
    seedPlans().find((p) => p.id === PLAN)!.tasks.length,
  );
  await screenshotAtEachSize(page, 'simulate-play-done');
});

test('a refused event is greyed with the reason; rewinding to step 3 and firing another event branches, return restores', async ({
  page,
}) => {
  await openPlay(page);
  const waiting = page.locator('.play-refused').first();
  for (let i = 0; (await waiting.count()) === 0 && i < 10; i++) await bodies(page).nth(i).click();
  await expect(waiting.getByRole('button')).toBeDisabled();
  await expect(waiting).toContainText('Chưa làm được: nhiệm vụ');
  await expect(waiting).toContainText('chờ kết quả');

  for (let i = 0; i < 5; i++) await fireProgress(page);
  await expect(logSteps(page)).toHaveCount(6);
  const before = await logText(page);
  await logSteps(page).nth(3).getByRole('button').click();
  await expect(logSteps(page).nth(3).getByRole('button')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByText('Các bước sau (bấm để đi tiếp)')).toBeVisible();

  await bodies(page).first().click();
  await actions(page).getByRole('button', { name: 'Hủy' }).and(page.locator(':enabled')).first().click();
  await expect(logSteps(page)).toHaveCount(5);
  await expect(logSteps(page).nth(4)).toContainText('hủy');
  await expect(page.getByText('Đã để riêng 2 bước của nhánh cũ.')).toBeVisible();
  await expect(page.locator('.play-task[data-status="cancelled"]').first()).toBeVisible();

  await page.getByRole('button', { name: 'Quay lại nhánh cũ' }).click();
  expect(await logText(page)).toEqual(before);
  await expect(logSteps(page).nth(5).getByRole('button')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByText('Đã để riêng 1 bước của nhánh cũ.')).toBeVisible();
  await expectNoSeriousViolations(page, 'studio: play, branched');
});

test('an automatic run with a seed in the address gives the same log twice', async ({ page }) => {
  await openPlay(page, '?seed=123&speed=20');
  await expect(page.getByTestId('play-seed')).toHaveText('123');
  const done = page.getByRole('status').filter({ hasText: 'Chạy tự động đã dừng' });
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Mọi cơ quan đã hoàn thành.' })).toBeVisible();
  const first = await logText(page);
  expect(first.length).toBeGreaterThan(20);
  expect(page.url()).toContain('seed=123');

  await page.reload();
  await expect(done).toBeVisible({ timeout: 30_000 });
  expect(await logText(page)).toEqual(first);

  await page.getByRole('button', { name: 'Chạy lại với hạt giống khác' }).click();
  await expect(page.getByTestId('play-seed')).not.toHaveText('123');
  await expect(page).not.toHaveURL(/seed=123/);
  const shown = await page.getByTestId('play-seed').innerText();
  await expect(page).toHaveURL(new RegExp(`seed=${shown}&`));
});

test('an automatic run pauses and resumes', async ({ page }) => {
  await openPlay(page, '?seed=7&speed=4');
  await expect.poll(() => logSteps(page).count()).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Tạm dừng' }).click();
  const paused = await logSteps(page).count();
  await page.waitForTimeout(1000);
  await expect(logSteps(page)).toHaveCount(paused);
  await page.getByRole('button', { name: 'Chạy tiếp' }).click();
  await expect.poll(() => logSteps(page).count()).toBeGreaterThan(paused);
});

test('a stuck body of a broken plan: "Xem diễn biến" plays the counterexample and stops at the stuck state', async ({
  page,
}) => {
  const seed = seedPlans().find((p) => p.id === PLAN)! as unknown as {
    tasks: Array<Record<string, unknown>>;
  } & Record<string, unknown>;
  const lead = seed.tasks[0]!['leadId'] as string;
  const broken = {
    ...seed,
    id: 'ke-hoach-hong',
    title: 'Kế hoạch hỏng để thử',
    tasks: [
      ...seed.tasks,
      {
        ...seed.tasks[0],
        id: 't-mo-coi',
        code: 'X.1',
        title: 'Nhiệm vụ không ai làm',
        leadId: null,
        participantIds: [],
        prerequisiteIds: [],
      },
      {
        ...seed.tasks[0],
        id: 't-cho',
        code: 'X.2',
        title: 'Nhiệm vụ chờ việc không ai làm',
        leadId: lead,
        participantIds: [],
        prerequisiteIds: ['t-mo-coi'],
      },
    ],
  };
  await openLibrary(page);
  await page.getByLabel('Nhập tệp JSON').setInputFiles({
    name: 'ke-hoach-hong.plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(planList(page)).toHaveCount(6);
  await page.goto('/plans/ke-hoach-hong/report');
  // the run that leads a stuck body there is made and listed once its details are opened
  const course = page.locator('.blocked__witness').first();
  await expect(course.getByRole('listitem')).toHaveCount(0);
  await course.getByText('Diễn biến xa nhất có thể trước khi mắc kẹt').click();
  await expect(course.locator('summary')).toHaveText(
    /Diễn biến xa nhất có thể \(\d+ bước\) trước khi mắc kẹt/,
  );
  await expect(course.getByRole('listitem').first()).toContainText('bắt đầu');
  await screenshotAtEachSize(page, 'report-stuck-course');
  const play = page.getByRole('link', { name: /^Xem diễn biến/ }).first();
  await expect(play).toHaveAttribute('href', `/plans/ke-hoach-hong/simulate?replay=${lead}`);
  await play.click();
  await expect(page).toHaveURL(/\/plans\/ke-hoach-hong\/simulate\?replay=/);
  const stuck = page.getByRole('alert').filter({ hasText: 'Mắc kẹt tại đây' });
  await expect(stuck).toBeVisible({ timeout: 30_000 });
  await expect(stuck).toContainText('không có cơ quan chủ trì hay tham gia nào thực hiện');
  await expect(logSteps(page).nth(1)).toBeVisible();
  await expect(page.locator('.play-task--blocking[data-task="t-mo-coi"]')).toContainText('Nhiệm vụ gây kẹt');
  await expect(page.locator('.play-task--blocking[data-task="t-cho"]')).toBeVisible();
  await screenshotAtEachSize(page, 'simulate-play-replay');
  await expectNoSeriousViolations(page, 'studio: play, counterexample');

  await page.goto('/plans/ke-hoach-hong/simulate');
  await expect(stuck).toHaveCount(0);
  const stuckBody = bodies(page).filter({ hasText: 'Theo kiểm chứng, cơ quan này mắc kẹt' });
  await expect(stuckBody).toHaveCount(1);
  await stuckBody.click();
  await actions(page).getByRole('button', { name: 'Xem diễn biến' }).click();
  await expect(page).toHaveURL(new RegExp(`replay=${lead}`));
  await expect(stuck).toBeVisible({ timeout: 30_000 });
});
