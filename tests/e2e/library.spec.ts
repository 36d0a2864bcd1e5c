import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const WORKFLOWS = join(import.meta.dirname, '../../workflows');

/** Titles of the seed plans, read from the files the app bundles. */
function seedTitles(): string[] {
  return readdirSync(WORKFLOWS)
    .filter((f) => f.endsWith('.plan.json'))
    .map((f) => (JSON.parse(readFileSync(join(WORKFLOWS, f), 'utf8')) as { title: string }).title);
}

function planList(page: Page) {
  return page.getByRole('navigation', { name: 'Danh sách kế hoạch' }).getByRole('listitem');
}

test('lists the seed plans, opens one, and Back returns to the library', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện kế hoạch' })).toBeVisible();

  const titles = seedTitles();
  expect(titles).toHaveLength(5);
  await expect(planList(page)).toHaveCount(5);
  for (const title of titles) {
    await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
  }

  const item = planList(page).filter({ hasText: 'Số 66-CTr/TU' });
  await expect(item).toHaveCount(1);
  await expect(item.getByRole('img', { name: 'Mọi cơ quan hoàn thành được' })).toBeVisible();
  await item.getByRole('link').click();

  await expect(page).toHaveURL(/\?plan=hai-phong-66-ctr-tu$/);
  await expect(page.getByText('Chương trình hành động số 66-CTr/TU', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nghị quyết số 43-NQ/TW');

  const bodies = page.getByRole('region', { name: 'Cơ quan được giao nhiệm vụ' });
  const rows = bodies.getByRole('table').locator('tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await expect(rows.nth(i).getByRole('img', { name: 'Hoàn thành được' })).toBeVisible();
  }
  await expect(bodies.getByRole('img', { name: 'Mắc kẹt' })).toHaveCount(0);

  const findings = page.getByRole('region', { name: 'Phát hiện khi rà soát' });
  await expect(findings.getByRole('heading', { level: 3, name: /Cảnh báo/ })).toBeVisible();
  await expect(findings.getByText('lead-open-group').first()).toBeVisible();

  await page.goBack();
  await expect(page).not.toHaveURL(/plan=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện kế hoạch' })).toBeVisible();
  await expect(planList(page)).toHaveCount(5);
});

test('opening a plan by its address works, and Forward after Back returns to it', async ({ page }) => {
  await page.goto('/?plan=hai-phong-66-ctr-tu');
  await expect(page.getByText('Chương trình hành động số 66-CTr/TU', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Thư viện kế hoạch' }).click();
  await expect(planList(page)).toHaveCount(5);
  await page.goBack();
  await expect(page).toHaveURL(/\?plan=hai-phong-66-ctr-tu$/);
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện kế hoạch' })).toBeVisible();
});

test('a plan can be opened with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const link = planList(page).filter({ hasText: 'Số 66-CTr/TU' }).getByRole('link');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?plan=hai-phong-66-ctr-tu$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('the page is in Vietnamese and every verdict badge has an accessible name', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page).toHaveTitle('Rollout Studio');

  const check = async () => {
    const badges = page.locator('[data-verdict]');
    const count = await badges.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const badge = badges.nth(i);
      await expect(badge).toHaveAttribute('role', 'img');
      await expect(badge).toHaveAccessibleName(/\S/);
    }
  };
  await check();
  await planList(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/\?plan=/);
  await check();
});
