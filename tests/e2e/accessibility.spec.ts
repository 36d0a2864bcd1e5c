import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { createPlan, selectTask } from './editor-page';
import { expectKeyboardReachable } from './keyboard';
import { openLibrary, planRow, seedPlans } from './library-page';

const SEED = 'hai-phong-66-ctr-tu';

test('axe and keyboard: the library, in Vietnamese and in English', async ({ page }) => {
  await openLibrary(page);
  await expect(page.locator('[data-verdict]')).toHaveCount(5);
  await expectNoSeriousViolations(page, 'library');
  await expectKeyboardReachable(page, 'library');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan library' })).toBeVisible();
  await expectNoSeriousViolations(page, 'library (English)');
});

/** Opens an example plan in the editor, from the library (which seeds the examples on the first start). */
async function openExample(page: Page) {
  await openLibrary(page);
  const seed = seedPlans().find((p) => p.id === SEED)!;
  await planRow(page, seed.title).getByRole('link', { name: seed.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: seed.title })).toBeVisible();
  await expect(page.locator('.react-flow__node-task').first()).toBeVisible();
}

/** axe reads the whole editor (21 task cards, the directory) and Tab walks it (about 200 stops). */
const EDITOR_TIMEOUT_MS = 150_000;

test('axe and keyboard: the editor canvas, with the plan then a task in the inspector, problems and directory', async ({
  page,
}) => {
  test.setTimeout(EDITOR_TIMEOUT_MS);
  await openExample(page);
  await expectNoSeriousViolations(page, 'editor: canvas, plan inspector');
  const firstTask = await page.locator('.react-flow__node-task').first().getAttribute('data-id');
  await selectTask(page, firstTask!);
  await expectNoSeriousViolations(page, 'editor: canvas, task inspector');
  await expectKeyboardReachable(page, 'editor: canvas, task inspector');
});

test('axe and keyboard: the editor’s body matrix and state machine', async ({ page }) => {
  test.setTimeout(EDITOR_TIMEOUT_MS);
  await openExample(page);
  const views = page.getByRole('group', { name: 'Chế độ xem' });
  for (const view of ['Ma trận cơ quan', 'Máy trạng thái']) {
    await views.getByRole('button', { name: view }).click();
    await expect(views.getByRole('button', { name: view })).toHaveAttribute('aria-pressed', 'true');
    await expectNoSeriousViolations(page, `editor: ${view}`);
    await expectKeyboardReachable(page, `editor: ${view}`);
  }
});

test('axe: a new plan in the editor, with its problems listed', async ({ page }) => {
  await createPlan(page);
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  await expect(page.locator('.react-flow__node-task')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'editor: new plan with problems');
});

test('axe and keyboard: the report and the page that does not exist', async ({ page }) => {
  await openLibrary(page);
  await page.goto(`/plans/${SEED}/report`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-verdict]').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'report');
  await expectKeyboardReachable(page, 'report');
  await page.goto('/plans/khong-co/report');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'report of a plan that does not exist');
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
  await expectNoSeriousViolations(page, 'not found');
  await expectKeyboardReachable(page, 'not found');
});
