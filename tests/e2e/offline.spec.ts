import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { addTask, saveStatus, storedRow } from './editor-page';
import { openLibrary, planList, planRow, seedPlans } from './library-page';
import { screenshotAtEachSize } from './screenshots';

/** Waits until the service worker is active, that is, until it has cached the whole app. */
async function serviceWorkerReady(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test('after one visit the app opens with the network cut, and a plan edited offline is saved', async ({
  page,
  context,
}) => {
  await openLibrary(page);
  await serviceWorkerReady(page);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(planList(page)).toHaveCount(5);

  const seed = seedPlans().find((p) => p.id === 'hai-phong-66-ctr-tu')!;
  await planRow(page, seed.title).getByRole('link', { name: seed.title, exact: true }).click();
  await expect(page).toHaveURL(`/plans/${seed.id}`);
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  const before = await storedRow(page, seed.id);
  await addTask(page, 'Xây dựng kế hoạch', 'Việc thêm khi không có mạng');
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  expect((await storedRow(page, seed.id)).revision).toBeGreaterThan(before.revision);

  // Still offline: the plan's own address opens from the cache, with the edit.
  const again = await page.reload();
  expect(again?.fromServiceWorker()).toBe(true);
  await expect(
    page.locator('.react-flow__node-task', { hasText: 'Việc thêm khi không có mạng' }),
  ).toHaveCount(1);
  await expect(page.locator('.react-flow__node-task')).toHaveCount(seed.tasks.length + 1);
});

test.describe('a new version deployed', () => {
  const swFile = join(import.meta.dirname, '../../dist/sw.js');
  let original = '';
  test.beforeEach(() => {
    original = readFileSync(swFile, 'utf8');
  });
  test.afterEach(() => {
    writeFileSync(swFile, original);
  });

  test('a banner offers to reload; "Tải lại" brings the new version in, "Để sau" keeps the page', async ({
    page,
  }) => {
    await openLibrary(page);
    await serviceWorkerReady(page);
    await page.reload();
    await expect(planList(page)).toHaveCount(5);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // A deploy changes the service worker; the browser finds it when it checks for one.
    appendFileSync(swFile, '\n// a new version\n');
    const banner = page.getByRole('region', { name: /^Đã có phiên bản mới/ });
    const checkForUpdate = () =>
      page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
    await checkForUpdate();
    await expect(banner).toBeVisible();
    await expect(page.getByRole('status').filter({ has: banner })).toHaveCount(1);
    await screenshotAtEachSize(page, 'update-banner');
    await expectNoSeriousViolations(page, 'library with the update banner');

    await banner.getByRole('button', { name: 'Để sau' }).click();
    await expect(banner).toHaveCount(0);
    await expect(planList(page)).toHaveCount(5);

    await page.reload();
    await checkForUpdate();
    await expect(banner).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Tải lại' })).toBeVisible();
    const navigated = page.waitForEvent('framenavigated');
    await banner.getByRole('button', { name: 'Tải lại' }).click();
    await navigated;
    await expect(planList(page)).toHaveCount(5);
    await expect(banner).toHaveCount(0);
    expect(
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.waiting === null && navigator.serviceWorker.controller !== null;
      }),
    ).toBe(true);
  });
});
