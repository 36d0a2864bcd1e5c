import { expect, type Locator, type Page } from '@playwright/test';

/** Open the library of a fresh context and create a new plan: the editor opens on it. */
export async function createPlan(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Tạo kế hoạch mới' }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kế hoạch mới' })).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  return new URL(page.url()).pathname;
}

export function saveStatus(page: Page): Locator {
  return page.locator('.save-status');
}

export function taskNode(page: Page, id: string): Locator {
  return page.locator(`.react-flow__node-task[data-id="${id}"]`);
}

export function problemsPanel(page: Page): Locator {
  return page.getByRole('region', { name: /^Vấn đề/ });
}

/** A task node's position on the canvas, in the plan's own units (not the screen's, which follow the zoom). */
export async function flowPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await taskNode(page, id).evaluate((el) => (el as HTMLElement).style.transform);
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`no position in "${transform}"`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/** Add a task to a stage from the toolbar and give it a title in the inspector (focus lands there). */
export async function addTask(page: Page, stage: string, title: string) {
  await page.getByLabel('Giai đoạn của nhiệm vụ mới').selectOption({ label: stage });
  await page.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
  const field = page.getByLabel('Tên nhiệm vụ', { exact: true });
  await expect(field).toBeFocused();
  await field.fill(title);
  await field.press('Enter');
  await expect(saveStatus(page)).toHaveText('Đã lưu');
}

/** Choose a body in one of the inspector's pick lists ("Chủ trì", "Phối hợp"). */
export async function assign(page: Page, role: 'Chủ trì' | 'Phối hợp', body: string) {
  const box = page.getByRole('combobox', { name: role, exact: true });
  await box.fill(body);
  await box.press('Enter');
  await expect(page.getByRole('group', { name: role, exact: true }).getByRole('listitem')).toHaveText(
    new RegExp(`^${body}`),
  );
}

/** Select a task on the canvas (the inspector shows it). */
export async function selectTask(page: Page, id: string) {
  await taskNode(page, id).locator('.task-node__title').click();
  await expect(taskNode(page, id)).toHaveClass(/selected/);
}

/**
 * The centre of `locator` once it stays put: the canvas may still be moving (fitting the view animates), and a
 * drag aimed where a handle was drops beside it.
 */
async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  let last: { x: number; y: number } | null = null;
  for (let i = 0; i < 40; i++) {
    const box = await locator.boundingBox();
    if (!box) throw new Error('not visible');
    const now = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    if (last && Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5) return now;
    last = now;
    await locator.page().waitForTimeout(50);
  }
  throw new Error('still moving');
}

/** Draw a dependency with the mouse: from the prerequisite's right handle to the dependent's left handle. */
export async function connect(page: Page, from: string, to: string) {
  const start = await centre(taskNode(page, from).locator('.react-flow__handle.source'));
  const end = await centre(taskNode(page, to).locator('.react-flow__handle-left.target'));
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 8 });
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
}

export function edge(page: Page, from: string, to: string): Locator {
  return page.locator(`.react-flow__edge[data-id="${from}->${to}"]`);
}

/** Read the plan's stored row, and optionally write it back changed, with the raw IndexedDB API (Dexie, and so the app, does not see it). */
async function rawPlanRow(
  page: Page,
  planId: string,
  write: { title: string } | null,
): Promise<{ revision: number; title: string }> {
  return page.evaluate(
    async ([id, change]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('rollout-studio');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = db.transaction('plans', 'readwrite').objectStore('plans');
      const row = await new Promise<{ revision: number; plan: { title: string } }>((resolve) => {
        const get = store.get(id);
        get.onsuccess = () => resolve(get.result);
      });
      if (change) {
        const next = { ...row, revision: row.revision + 1, plan: { ...row.plan, title: change.title } };
        await new Promise((resolve) => (store.put(next).onsuccess = resolve));
      }
      db.close();
      return { revision: row.revision, title: row.plan.title };
    },
    [planId, write] as const,
  );
}

/** The stored revision and title of a plan, read without the app. */
export const storedRow = (page: Page, planId: string) => rawPlanRow(page, planId, null);

/** Another writer saves the plan (a new revision with another title) without the app hearing of it. */
export async function writeElsewhere(page: Page, planId: string, title: string) {
  await rawPlanRow(page, planId, { title });
}
