import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const WORKFLOWS = join(import.meta.dirname, '../../workflows');

export interface SeedPlan {
  id: string;
  title: string;
  tasks: unknown[];
}

/** The example plans, read from the files the app bundles and seeds on its first start. */
export function seedPlans(): SeedPlan[] {
  return readdirSync(WORKFLOWS)
    .filter((f) => f.endsWith('.plan.json'))
    .map((f) => JSON.parse(readFileSync(join(WORKFLOWS, f), 'utf8')) as SeedPlan);
}

export function planList(page: Page, name = 'Danh sách kế hoạch') {
  return page.getByRole('list', { name }).getByRole('listitem');
}

/** The library row whose title is exactly `title`. */
export function planRow(page: Page, title: string) {
  return planList(page).filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

/** Open the library and wait until the live list shows `count` plans. */
export async function openLibrary(page: Page, count = 5) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện kế hoạch' })).toBeVisible();
  await expect(planList(page)).toHaveCount(count);
}
