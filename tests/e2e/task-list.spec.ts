import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expectKeyboardReachable } from './keyboard';
import { openLibrary, planRow, seedPlans } from './library-page';
import { screenshotAtEachSize } from './screenshots';

const SEED = 'hai-phong-66-ctr-tu';

test('the task list shows every task of the plan as a table; a task opens in the inspector with focus in its title', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openLibrary(page);
  const seed = seedPlans().find((p) => p.id === SEED)!;
  await planRow(page, seed.title).getByRole('link', { name: seed.title, exact: true }).click();
  await expect(page.locator('.react-flow__node-task').first()).toBeVisible();
  const tasks = await page.locator('.react-flow__node-task').count();

  const views = page.getByRole('group', { name: 'Chế độ xem' });
  await views.getByRole('button', { name: 'Danh sách nhiệm vụ' }).click();
  const table = page.getByRole('table', { name: /nhiệm vụ của kế hoạch, theo giai đoạn/ });
  await expect(table.locator('tbody tr')).toHaveCount(tasks);
  await expect(table).not.toContainText('**');

  const first = table.locator('tbody tr').first();
  const id = await first.getAttribute('data-task-id');
  await first.getByRole('button').click();
  await expect(page.getByLabel('Tên nhiệm vụ', { exact: true })).toBeFocused();
  await expect(views.getByRole('button', { name: 'Danh sách nhiệm vụ' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(id).toBeTruthy();

  await expectNoSeriousViolations(page, 'editor: task list');
  await expectKeyboardReachable(page, 'editor: task list');
  await screenshotAtEachSize(page, 'editor-task-list');
});
