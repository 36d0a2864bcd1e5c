import { expect, test, type Page } from '@playwright/test';
import {
  addTask,
  flowPosition,
  assign,
  connect,
  createPlan,
  edge,
  problemsPanel,
  saveStatus,
  selectTask,
  taskNode,
  writeElsewhere,
} from './editor-page';
import { expectNoSeriousViolations } from './axe';

const DRAFTING = 'Xây dựng kế hoạch';
const IMPLEMENTING = 'Triển khai thực hiện';
const ISSUER = 'Cơ quan ban hành';
const PARTNER = 'Ban Tuyên giáo Thành ủy';

test('build a plan: tasks in two stages, a lead, a dependency that changes the verdict, a refused cycle, undo and redo, all saved', async ({
  page,
}) => {
  await createPlan(page);
  await addTask(page, DRAFTING, 'Xây dựng kế hoạch triển khai');
  await addTask(page, IMPLEMENTING, 'Tổ chức thực hiện');
  const first = taskNode(page, 'nv');
  const second = taskNode(page, 'nv-2');
  await expect(first).toHaveAttribute(
    'aria-label',
    /^Nhiệm vụ 1: Xây dựng kế hoạch triển khai, chủ trì chưa có/,
  );
  await expect(second).toHaveAttribute('aria-label', /^Nhiệm vụ 2: Tổ chức thực hiện/);
  const firstBox = await first.boundingBox();
  const secondBox = await second.boundingBox();
  expect(secondBox!.x).toBeGreaterThan(firstBox!.x + 300);

  await assign(page, 'Chủ trì', ISSUER);
  await assign(page, 'Phối hợp', PARTNER);
  await expect(second).toHaveAttribute('aria-label', new RegExp(`chủ trì ${ISSUER}`));
  await expect(second).toContainText('2 cơ quan');
  await expect(problemsPanel(page).getByRole('heading', { level: 2 })).toContainText('0 cơ quan mắc kẹt');

  // The first view is readable, not whole: both tasks are in view once the plan is fitted.
  await page.getByRole('button', { name: 'Vừa khung nhìn' }).click();
  await connect(page, 'nv', 'nv-2');
  await expect(edge(page, 'nv', 'nv-2')).toHaveCount(1);
  await expect(problemsPanel(page).getByRole('heading', { level: 2 })).toContainText('2 cơ quan mắc kẹt');
  await expect(second).toHaveAttribute('aria-description', new RegExp(ISSUER));
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  await connect(page, 'nv-2', 'nv');
  await expect(page.getByRole('alert').filter({ hasText: 'Không thể nối' })).toHaveText(
    /Không thể nối: tạo vòng phụ thuộc 1 → 2 → 1/,
  );
  await expect(edge(page, 'nv-2', 'nv')).toHaveCount(0);

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(edge(page, 'nv', 'nv-2')).toHaveCount(0);
  await expect(problemsPanel(page).getByRole('heading', { level: 2 })).toContainText('0 cơ quan mắc kẹt');
  await page.keyboard.press('Control+Shift+z');
  await expect(edge(page, 'nv', 'nv-2')).toHaveCount(1);
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  await page.reload();
  await expect(taskNode(page, 'nv')).toHaveAttribute('aria-label', /Xây dựng kế hoạch triển khai/);
  await expect(taskNode(page, 'nv-2')).toHaveAttribute('aria-label', new RegExp(`chủ trì ${ISSUER}`));
  await expect(edge(page, 'nv', 'nv-2')).toHaveCount(1);
  await expect(problemsPanel(page).getByRole('heading', { level: 2 })).toContainText('2 cơ quan mắc kẹt');
  await expect(taskNode(page, 'nv-2')).toContainText('2 cơ quan');
  await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeDisabled();
});

test('keyboard: Tab reaches the tasks, Enter opens one in the inspector, arrows move it and Delete removes it', async ({
  page,
}) => {
  await createPlan(page);
  await addTask(page, DRAFTING, 'Quán triệt nghị quyết');
  await addTask(page, DRAFTING, 'Tuyên truyền');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  const node = taskNode(page, 'nv');
  await node.focus();
  await expect(node).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(taskNode(page, 'nv-2')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Tên nhiệm vụ', { exact: true })).toBeFocused();
  await expect(page.getByLabel('Tên nhiệm vụ', { exact: true })).toHaveValue('Quán triệt nghị quyết');

  await node.focus();
  const before = await flowPosition(page, 'nv');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await flowPosition(page, 'nv')).y).toBe(before.y + 60);
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  expect((await flowPosition(page, 'nv')).x).toBe(before.x);
  // Two presses inside one browser task, before React has re-rendered the canvas: both count.
  await node.evaluate((el) => {
    for (let i = 0; i < 2; i++)
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }));
  });
  await expect.poll(async () => (await flowPosition(page, 'nv')).y).toBe(before.y + 40);
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await flowPosition(page, 'nv')).y).toBe(before.y + 60);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await flowPosition(page, 'nv')).y).toBe(before.y + 10);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await flowPosition(page, 'nv')).y).toBe(before.y);

  await node.focus();
  await page.keyboard.press('Delete');
  await expect(taskNode(page, 'nv')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(taskNode(page, 'nv')).toHaveCount(1);
});

test('two tabs: a save in one appears in the other; colliding saves ask which version to keep', async ({
  context,
}) => {
  const a = await context.newPage();
  const path = await createPlan(a);
  const planId = path.split('/').pop() as string;
  const b = await context.newPage();
  await b.goto(path);
  await expect(b.getByRole('heading', { level: 1, name: 'Kế hoạch mới' })).toBeVisible();

  await addTask(a, DRAFTING, 'Việc của tab A');
  await expect(taskNode(b, 'nv')).toHaveAttribute('aria-label', /Việc của tab A/);
  await expect(saveStatus(b)).toHaveText('Đã lưu');
  await expect(b.getByRole('button', { name: 'Hoàn tác' })).toBeDisabled();

  await writeElsewhere(b, planId, 'Tiêu đề của nơi khác');
  await b.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const dialog = b.getByRole('dialog', { name: 'Kế hoạch đã được sửa ở nơi khác' });
  await expect(dialog).toBeVisible();
  await expect(saveStatus(b)).toContainText('xung đột');
  await expect(taskNode(b, 'nv-2')).toHaveCount(1);
  await expectNoSeriousViolations(b, 'editor: conflict dialog');
  await dialog.getByRole('button', { name: 'Giữ bản của tôi' }).click();
  await expect(dialog).toBeHidden();
  await expect(saveStatus(b)).toHaveText('Đã lưu');
  await expect(taskNode(a, 'nv-2')).toHaveCount(1);
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('Kế hoạch mới');

  await writeElsewhere(a, planId, 'Tiêu đề của nơi khác');
  await a.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const again = a.getByRole('dialog', { name: 'Kế hoạch đã được sửa ở nơi khác' });
  await expect(again).toBeVisible();
  await again.getByRole('button', { name: 'Dùng bản đã lưu' }).click();
  await expect(again).toBeHidden();
  await expect(a.getByRole('heading', { level: 1 })).toHaveText('Tiêu đề của nơi khác');
  await expect(taskNode(a, 'nv-3')).toHaveCount(0);

  await b.reload();
  await expect(b.getByRole('heading', { level: 1 })).toHaveText('Tiêu đề của nơi khác');
  await expect(taskNode(b, 'nv-2')).toHaveCount(1);
  await selectTask(b, 'nv');
  await expect(b.getByLabel('Tên nhiệm vụ', { exact: true })).toHaveValue('Việc của tab A');
});

test('work not saved (a collision undecided) is not lost by leaving: Back and closing the tab ask first', async ({
  page,
}) => {
  const path = await createPlan(page);
  const planId = path.split('/').pop() as string;
  await writeElsewhere(page, planId, 'Tiêu đề của nơi khác');
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const collision = page.getByRole('dialog', { name: 'Kế hoạch đã được sửa ở nơi khác' });
  await expect(collision).toBeVisible();

  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  expect(questions).toEqual([
    'confirm: Kế hoạch có thay đổi chưa được lưu. Rời trang này thì các thay đổi đó sẽ mất. Vẫn rời đi?',
  ]);
  await expect(taskNode(page, 'nv')).toHaveCount(1);
  await expect(collision).toBeVisible();

  const unloading = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await unloading;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);
  await expect(taskNode(page, 'nv')).toHaveCount(1);

  page.once('dialog', (d) => void d.accept());
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện kế hoạch' })).toBeVisible();
});

test('canvas gestures: a drag into another column changes the stage in one step; copy, paste; a dependency deleted', async ({
  page,
}) => {
  await createPlan(page);
  await addTask(page, DRAFTING, 'Ban hành kế hoạch');
  await addTask(page, DRAFTING, 'Hướng dẫn thực hiện');
  await page.getByRole('button', { name: 'Vừa khung nhìn' }).click();
  await connect(page, 'nv', 'nv-2');
  await expect(edge(page, 'nv', 'nv-2')).toHaveCount(1);

  const from = (await taskNode(page, 'nv-2').locator('.task-node__title').boundingBox())!;
  const lane = (await page.locator('.react-flow__node-stage[data-id="stage:implementing"]').boundingBox())!;
  await page.mouse.move(from.x + 10, from.y + 5);
  await page.mouse.down();
  await page.mouse.move(lane.x + lane.width / 2, from.y + 40, { steps: 12 });
  await page.mouse.up();
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await selectTask(page, 'nv-2');
  await expect(page.getByLabel('Giai đoạn', { exact: true })).toHaveValue('implementing');
  await expect.poll(async () => (await taskNode(page, 'nv-2').boundingBox())!.x).toBeGreaterThan(lane.x);
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Giai đoạn', { exact: true })).toHaveValue('drafting');
  await page.keyboard.press('Control+y');
  await expect(page.getByLabel('Giai đoạn', { exact: true })).toHaveValue('implementing');

  await selectTask(page, 'nv');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(taskNode(page, 'nv-3')).toHaveCount(1);
  await expect(taskNode(page, 'nv-3')).toHaveAttribute('aria-label', /Ban hành kế hoạch/);
  await expect(taskNode(page, 'nv-3')).toHaveClass(/selected/);
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  await edge(page, 'nv', 'nv-2').click();
  await page.keyboard.press('Delete');
  await expect(edge(page, 'nv', 'nv-2')).toHaveCount(0);
  await expect(taskNode(page, 'nv')).toHaveCount(1);
  await expect(taskNode(page, 'nv-2')).toHaveCount(1);
  await page.reload();
  await expect(taskNode(page, 'nv-3')).toHaveCount(1);
  await expect(edge(page, 'nv', 'nv-2')).toHaveCount(0);
});

/** Open seed plan 003 (Chương trình hành động 66-CTr/TU on Nghị quyết 43-NQ/TW) from the library. */
async function openExamplePlan66(page: Page) {
  await page.goto('/');
  await page
    .getByRole('link', { name: /66-CTr\/TU|Nghị quyết số 43-NQ\/TW/ })
    .first()
    .click();
}

test('an example plan: due states in words, auto layout saves the provisional places, a problem selects its task', async ({
  page,
}) => {
  await openExamplePlan66(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('43-NQ/TW');
  const nodes = page.locator('.react-flow__node-task');
  await expect(nodes.first()).toBeVisible();
  await expect(nodes.filter({ hasText: 'Thường xuyên' }).first()).toBeVisible();
  await expect(nodes.filter({ hasText: 'Quá hạn' }).first()).toBeVisible();

  const more = page
    .getByRole('group', { name: 'Công cụ sửa kế hoạch' })
    .getByRole('button', { name: 'Thêm', exact: true });
  const layout = page.getByRole('button', { name: 'Sắp xếp tự động' });
  await more.click();
  await expect(layout).toBeEnabled();
  await layout.click();
  await more.click();
  await expect(layout).toBeDisabled();
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await more.click();
  await expect(layout).toBeEnabled();

  const body = problemsPanel(page).getByRole('button').filter({ hasText: 'Ban Tuyên giáo Thành ủy' }).first();
  await body.click();
  await expect(page.getByRole('status').filter({ hasText: 'Đang tô sáng' })).toContainText(
    'Ban Tuyên giáo Thành ủy',
  );
  await expect(page.locator('.task-node--highlighted').first()).toBeVisible();
  await page.getByRole('button', { name: 'Bỏ tô sáng' }).click();
  await expect(page.locator('.task-node--highlighted')).toHaveCount(0);

  const finding = problemsPanel(page)
    .getByRole('button')
    .filter({ hasText: /III\.|IV\./ })
    .first();
  await finding.click();
  await expect(page.locator('.react-flow__node-task.selected')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2, name: /^Nhiệm vụ/ })).toBeVisible();
});

test('the minimap draws every task and the part in view; dragging in it pans the canvas', async ({
  page,
}) => {
  await openExamplePlan66(page);
  await page.getByRole('button', { name: 'Bản đồ thu nhỏ' }).click();
  const minimap = page.getByRole('img', { name: 'Bản đồ thu nhỏ' });
  await expect(minimap).toBeVisible();
  const drawn = await minimap.locator('path.minimap-task').first().getAttribute('d');
  expect(drawn?.match(/M/g)).toHaveLength(21);

  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
  const box = (await minimap.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => viewport.evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(before);
});
