import { expect, test, type Page } from '@playwright/test';
import { STAGES } from '../../src/domain/stage';
import { storedRow, taskNode } from './editor-page';

/** A plan of `count` tasks over the five stages, each needing one or two earlier tasks, none placed yet. */
function bigPlan(id: string, count: number) {
  const bodies = Array.from({ length: 30 }, (_, i) => ({ id: `cq-${i}`, name: `Cơ quan ${i}` }));
  const tasks = Array.from({ length: count }, (_, i) => ({
    id: `t-${i}`,
    code: `${i + 1}`,
    title: `Nhiệm vụ số ${i + 1}`,
    stage: STAGES[Math.floor((i * STAGES.length) / count)],
    leadId: `cq-${i % 30}`,
    participantIds: [`cq-${(i + 7) % 30}`],
    deadline: i % 3 === 0 ? 'thực hiện thường xuyên' : `trong quý ${(i % 4) + 1}/2030`,
    prerequisiteIds: i === 0 ? [] : [`t-${Math.floor(i / 2)}`, ...(i > 3 ? [`t-${i - 3}`] : [])],
  }));
  return {
    id,
    kind: 'ke-hoach',
    format: 'party',
    title: `Kế hoạch lớn ${count}`,
    issuerIds: ['cq-0'],
    date: '2030-01-02',
    bodies,
    tasks,
  };
}

/** Import a big plan from the library and open it in the editor; resolves once its first task shows. */
async function openBigPlan(page: Page, id: string, count: number) {
  const plan = bigPlan(id, count);
  await page.goto('/');
  await page.getByLabel('Nhập tệp JSON').setInputFiles({
    name: `${plan.id}.plan.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(plan)),
  });
  await page.getByRole('link', { name: plan.title, exact: true }).click();
  await expect(taskNode(page, 't-0')).toBeVisible();
  return plan;
}

test('a 1,000-task plan opens to a canvas showing its tasks', async ({ page }) => {
  test.setTimeout(120_000);
  await openBigPlan(page, 'ke-hoach-1000', 1000);
  await expect(page.locator('.save-status')).toHaveText('Đã lưu');
});

test('dragging a task of a 300-task plan saves once, when the drag ends', async ({ page }) => {
  test.setTimeout(120_000);
  const plan = await openBigPlan(page, 'ke-hoach-300', 300);
  const node = taskNode(page, 't-0');
  await expect(page.locator('.save-status')).toHaveText('Đã lưu');
  const box = (await node.locator('.task-node__title').boundingBox())!;
  const before = await storedRow(page, plan.id);
  await page.mouse.move(box.x + 20, box.y + 5);
  await page.mouse.down();
  await page.mouse.move(box.x + 20, box.y + 305, { steps: 60 });
  await page.mouse.up();
  await expect(page.locator('.save-status')).toHaveText('Đã lưu');
  expect((await storedRow(page, plan.id)).revision).toBe(before.revision + 1);
  await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeEnabled();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('button', { name: 'Hoàn tác' })).toBeDisabled();
});

test('Tab goes on from task to task past the edge of the view of a 1,000-task plan, and Shift+Tab comes back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openBigPlan(page, 'ke-hoach-tab', 1000);
  const first = taskNode(page, 't-0');
  const rendered = await page.locator('.react-flow__node-task').count();
  expect(rendered).toBeLessThan(100);
  await first.focus();
  const focusedId = () =>
    page.evaluate(() => document.activeElement?.closest<HTMLElement>('.react-flow__node-task')?.dataset.id);
  const visited: string[] = [];
  for (let i = 0; i < 40; i++) {
    const before = await focusedId();
    await page.keyboard.press('Tab');
    await expect.poll(focusedId).not.toBe(before);
    visited.push((await focusedId()) as string);
  }
  expect(new Set(visited).size).toBe(40);
  await expect(taskNode(page, visited[39] as string)).toBeInViewport();
  await page.keyboard.press('Shift+Tab');
  await expect.poll(focusedId).toBe(visited[38]);
});
