import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { addTask, createPlan, problemsPanel, saveStatus } from './editor-page';
import { openLibrary, planList, planRow, seedPlans } from './library-page';
import { screenshotAtEachSize } from './screenshots';

// axe on a whole editor takes a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

const SEED = 'hai-phong-66-ctr-tu';
/** The example plan with tasks in all five stages: no lane starts collapsed. */
const FIVE_STAGES = 'hai-phong-btv-tu-kh-01-kl-tw-2024';
const SMALL = { width: 1024, height: 768 };
const LARGE = { width: 1440, height: 900 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openSeed(page: Page, id = SEED) {
  await openLibrary(page);
  const seed = seedPlans().find((p) => p.id === id)!;
  await planRow(page, seed.title).getByRole('link', { name: seed.title, exact: true }).click();
  await expect(page.locator('.react-flow__node-task').first()).toBeVisible();
  return seed as unknown as { tasks: Array<{ id: string; stage: string }> };
}

/** The smallest text of any task card on screen: its computed font size times the canvas's zoom. */
function smallestCardText(page: Page): Promise<number> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const texts = [...document.querySelectorAll<HTMLElement>('.task-node, .task-node *')].filter((e) =>
      [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''),
    );
    return Math.min(...texts.map((e) => parseFloat(getComputedStyle(e).fontSize) * zoom));
  });
}

/** The part of each task card that shows inside the canvas's pane (a card half out of view is clipped). */
function visibleCardBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node-task')].flatMap((n) => {
      const r = n.getBoundingClientRect();
      const x = Math.max(r.left, pane.left);
      const y = Math.max(r.top, pane.top);
      const width = Math.min(r.right, pane.right) - x;
      const height = Math.min(r.bottom, pane.bottom) - y;
      return width > 0 && height > 0 ? [{ x, y, width, height }] : [];
    });
  });
}

test('at 1024×768 a plan opens readable: card text of 12 px or more, a one-row toolbar, the canvas down to the window’s bottom', async ({
  page,
}) => {
  await page.setViewportSize(SMALL);
  await openSeed(page);
  expect(await smallestCardText(page)).toBeGreaterThanOrEqual(12);

  const toolbar = page.getByRole('group', { name: 'Công cụ sửa kế hoạch' });
  const addButton = page.getByRole('button', { name: 'Thêm nhiệm vụ' });
  const row = (await toolbar.boundingBox())!;
  expect(row.height).toBeLessThanOrEqual((await addButton.boundingBox())!.height + 4);
  expect(row.x + row.width).toBeLessThanOrEqual(SMALL.width);
  const more = toolbar.getByRole('button', { name: 'Thêm', exact: true });
  expect(((await more.boundingBox())!.x + (await more.boundingBox())!.width) | 0).toBeLessThanOrEqual(
    row.x + row.width + 1,
  );

  const canvas = (await page.getByRole('region', { name: 'Sơ đồ nhiệm vụ theo giai đoạn' }).boundingBox())!;
  expect(SMALL.height - (canvas.y + canvas.height)).toBeGreaterThanOrEqual(0);
  expect(SMALL.height - (canvas.y + canvas.height)).toBeLessThanOrEqual(24);

  await more.click();
  const tools = page.getByRole('group', { name: 'Thao tác khác' });
  await expect(tools.getByRole('button', { name: 'Sắp xếp lại tất cả' })).toBeVisible();
  await expectNoSeriousViolations(page, 'editor: more tools open');
  await page.keyboard.press('Escape');
  await expect(tools).toHaveCount(0);
  await expect(more).toBeFocused();
  await screenshotAtEachSize(page, 'editor-readable');
});

/** Whether `inner` lies inside `outer` (to half a pixel): wholly, or only from left to right. */
const inside = (inner: Box, outer: Box, only?: 'x') =>
  inner.x >= outer.x - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  (only === 'x' || (inner.y >= outer.y - 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5));

test('the whole plan fits the width at 1024 and 1440 px: five lane headers and every card title in the canvas, titles of 12 px or more', async ({
  page,
}) => {
  for (const size of [SMALL, LARGE]) {
    await page.setViewportSize(size);
    const seed = await openSeed(page, FIVE_STAGES);
    await expect(page.locator('.react-flow__node-task')).toHaveCount(seed.tasks.length);
    const pane = (await page.locator('.react-flow').boundingBox())!;
    const lanes = page.locator('.stage-lane__toggle');
    await expect(lanes).toHaveCount(5);
    for (const lane of await lanes.all()) {
      await expect(lane).toHaveAttribute('aria-expanded', 'true');
      expect(inside((await lane.boundingBox())!, pane)).toBe(true);
    }
    // Every title lies within the canvas from left to right; those the first view shows lie wholly in it
    // (a lane of seven tasks is taller than the window: the rest is a scroll away, not a zoom away).
    const titles = await page.locator('.task-node__title').evaluateAll((all) =>
      all.map((t) => {
        const r = t.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
    expect(titles).toHaveLength(seed.tasks.length);
    expect(titles.filter((t) => !inside(t, pane, 'x'))).toEqual([]);
    const firstRows = titles.filter((t) => t.y < pane.y + pane.height / 2);
    expect(firstRows.length).toBeGreaterThanOrEqual(10);
    expect(firstRows.filter((t) => !inside(t, pane))).toEqual([]);
    const titleOnScreen = await page.evaluate(() => {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
      const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
      const title = document.querySelector<HTMLElement>('.task-node__title')!;
      return parseFloat(getComputedStyle(title).fontSize) * zoom;
    });
    expect(titleOnScreen).toBeGreaterThanOrEqual(12);
    expect(await smallestCardText(page)).toBeGreaterThanOrEqual(12);
    // Below 1280 px the side panels are folded away, and open over the canvas when a task is chosen.
    const sideToggle = page.getByRole('button', { name: 'Bảng bên' });
    if (size === SMALL) {
      await expect(page.getByRole('complementary', { name: 'Bảng bên' })).toBeHidden();
      await expect(sideToggle).toHaveAttribute('aria-expanded', 'false');
    } else await expect(sideToggle).toBeHidden();
  }
  await expectNoSeriousViolations(page, 'editor: five lanes at 1440');
  await page.setViewportSize(SMALL);
  await expectNoSeriousViolations(page, 'editor: five lanes at 1024');
  await screenshotAtEachSize(page, 'editor-five-lanes');
});

test('at 1024 px a task chosen on the canvas opens the side panels over the canvas, clear of the card; Escape folds them', async ({
  page,
}) => {
  await page.setViewportSize(SMALL);
  await openSeed(page, FIVE_STAGES);
  // The first task of the last lane, in sight at first, where the side panels open.
  const last = await page.locator('.react-flow__node-task').evaluateAll((nodes) => {
    const boxes = nodes.map((n) => ({ id: (n as HTMLElement).dataset.id!, box: n.getBoundingClientRect() }));
    const top = Math.min(...boxes.map((b) => b.box.y));
    return boxes.filter((b) => b.box.y < top + 4).sort((a, b) => b.box.x - a.box.x)[0]!.id;
  });
  const side = page.getByRole('complementary', { name: 'Bảng bên' });
  await page.locator(`.react-flow__node-task[data-id="${last}"] .task-node__title`).click();
  await expect(side).toBeVisible();
  await expect(page.getByLabel('Tên nhiệm vụ', { exact: true })).toBeVisible();
  const panel = (await side.boundingBox())!;
  await expect
    .poll(async () => {
      const card = (await page.locator(`.react-flow__node-task[data-id="${last}"]`).boundingBox())!;
      return card.x + card.width <= panel.x;
    })
    .toBe(true);
  await expectNoSeriousViolations(page, 'editor: side panels over the canvas');
  await page.getByLabel('Tên nhiệm vụ', { exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(side).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Bảng bên' });
  await expect(toggle).toBeFocused();
  await toggle.press('Enter');
  await expect(side).toBeVisible();
  await side.getByRole('button', { name: 'Đóng bảng bên' }).click();
  await expect(side).toBeHidden();
});

test('a task added, pasted, or chosen from the task list or the problems into a collapsed lane opens the lane and says so', async ({
  page,
}) => {
  await page.setViewportSize(SMALL);
  await openSeed(page, FIVE_STAGES);
  const lane = page.getByRole('button', { name: /^Xây dựng kế hoạch, \d+ nhiệm vụ$/ });
  const title = 'Nhiệm vụ thêm vào giai đoạn đã thu gọn';
  const cards = page.locator('.react-flow__node-task').filter({ hasText: title });
  const said = page.getByRole('status').filter({ hasText: 'Đã mở rộng giai đoạn Xây dựng kế hoạch' });

  // The lane's heading moves with the canvas: reached by keyboard wherever the canvas is panned.
  await lane.press('Enter');
  await expect(lane).toHaveAttribute('aria-expanded', 'false');
  await addTask(page, 'Xây dựng kế hoạch', title);
  await expect(lane).toHaveAttribute('aria-expanded', 'true');
  await expect(cards).toHaveCount(1);
  await expect(cards).toBeInViewport();
  await expect(said).toHaveCount(1);

  await cards.first().focus();
  await page.keyboard.press('Control+C');
  await lane.press('Enter');
  await expect(cards).toHaveCount(0);
  await lane.focus();
  await page.keyboard.press('Control+V');
  await expect(lane).toHaveAttribute('aria-expanded', 'true');
  await expect(cards).toHaveCount(2);

  await lane.press('Enter');
  const views = page.getByRole('group', { name: 'Chế độ xem' });
  await views.getByRole('button', { name: 'Danh sách nhiệm vụ' }).click();
  await page
    .getByRole('table')
    .getByRole('button', { name: new RegExp(title) })
    .first()
    .click();
  await views.getByRole('button', { name: 'Sơ đồ' }).click();
  await expect(lane).toHaveAttribute('aria-expanded', 'true');
  await expect(cards).toHaveCount(2);

  await lane.press('Enter');
  await expect(cards).toHaveCount(0);
  await page.getByRole('button', { name: /^Vấn đề: \d+/ }).click();
  await problemsPanel(page)
    .getByRole('button', { name: new RegExp(`${title}.*không có cơ quan chủ trì`) })
    .first()
    .click();
  await expect(lane).toHaveAttribute('aria-expanded', 'true');
  await expect(cards).toHaveCount(2);
  await expect(page.locator('.react-flow__node-task.selected')).toBeInViewport();
  await expectNoSeriousViolations(page, 'editor: a lane opened for a task');
});

test('a stage lane collapses and expands from the keyboard; its tasks hide, the lanes after it move left', async ({
  page,
}) => {
  await page.setViewportSize(SMALL);
  const seed = await openSeed(page);
  const drafting = seed.tasks.filter((t) => t.stage === 'drafting').map((t) => t.id);
  const card = (id: string) => page.locator(`.react-flow__node-task[data-id="${id}"]`);
  const lane = page.getByRole('button', { name: /^Xây dựng kế hoạch, \d+ nhiệm vụ$/ });
  await expect(lane).toHaveAttribute('aria-expanded', 'true');
  await expect(card(drafting[0]!)).toHaveCount(1);
  const next = page.locator('.react-flow__node-stage[data-id="stage:disseminating"]');
  const before = (await next.boundingBox())!.x;

  await lane.focus();
  await page.keyboard.press('Enter');
  await expect(lane).toHaveAttribute('aria-expanded', 'false');
  await expect(lane).toContainText(`${drafting.length} nhiệm vụ`);
  for (const id of drafting) await expect(card(id)).toHaveCount(0);
  expect((await next.boundingBox())!.x).toBeLessThan(before - 100);
  await expectNoSeriousViolations(page, 'editor: a lane collapsed');

  await expect(lane).toBeFocused();
  await page.keyboard.press('Space');
  await expect(lane).toHaveAttribute('aria-expanded', 'true');
  for (const id of drafting) await expect(card(id)).toHaveCount(1);
});

test('the minimap is opened on demand and covers no card; the view buttons have Vietnamese names', async ({
  page,
}) => {
  for (const size of [SMALL, { width: 1440, height: 900 }]) {
    await page.setViewportSize(size);
    await openSeed(page);
    const controls = page.getByRole('group', { name: 'Điều khiển khung nhìn' });
    for (const name of ['Phóng to', 'Thu nhỏ', 'Vừa khung nhìn', 'Bản đồ thu nhỏ'])
      await expect(controls.getByRole('button', { name, exact: true })).toBeVisible();
    const minimap = page.getByRole('img', { name: 'Bản đồ thu nhỏ' });
    await expect(minimap).toHaveCount(0);
    const toggle = controls.getByRole('button', { name: 'Bản đồ thu nhỏ' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(minimap).toBeVisible();
    const map = (await minimap.boundingBox())!;
    const cards = await visibleCardBoxes(page);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.filter((c) => overlaps(c, map))).toEqual([]);
    await expectNoSeriousViolations(page, `editor: minimap open at ${size.width}`);
  }
});

test('the body picker shows a body’s parent, brings it along, and adds a body found nowhere to the directory', async ({
  page,
}) => {
  await createPlan(page);
  await addTask(page, 'Xây dựng kế hoạch', 'Tổ chức hội nghị');
  const lead = page.getByRole('combobox', { name: 'Chủ trì', exact: true });
  await lead.fill('Ban Tuyên giáo');
  const option = page.getByRole('option', { name: /^Ban Tuyên giáo Thành ủy/ });
  await expect(option).toContainText('thuộc Thành ủy');
  await lead.press('Enter');
  const chosen = page.getByRole('group', { name: 'Chủ trì', exact: true }).getByRole('listitem');
  await expect(chosen).toContainText(/^Ban Tuyên giáo Thành ủy · thuộc Thành ủy/);
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await expect(page.getByText(/undefined-body/)).toHaveCount(0);

  const partner = page.getByRole('combobox', { name: 'Phối hợp', exact: true });
  await partner.fill('Hội Cựu chiến binh phường Bạch Đằng');
  const create = page.getByRole('option', { name: 'Thêm cơ quan mới «Hội Cựu chiến binh phường Bạch Đằng»' });
  await expect(create).toBeVisible();
  await expectNoSeriousViolations(page, 'editor: new body offered');
  await partner.press('Enter');
  await expect(page.getByRole('group', { name: 'Phối hợp', exact: true }).getByRole('listitem')).toHaveText(
    /^Hội Cựu chiến binh phường Bạch Đằng/,
  );
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  await page.getByRole('link', { name: 'Danh mục cơ quan' }).click();
  await expect(page.getByRole('rowheader', { name: 'Hội Cựu chiến binh phường Bạch Đằng' })).toBeVisible();
});

test('the machine view names states, events and guards in Vietnamese', async ({ page }) => {
  await openSeed(page);
  await page
    .getByRole('group', { name: 'Chế độ xem' })
    .getByRole('button', { name: 'Máy trạng thái' })
    .click();
  const view = page.getByRole('region', { name: 'Máy trạng thái sẽ chạy' });
  await expect(view.getByText('Chưa thực hiện', { exact: true }).first()).toBeVisible();
  await expect(view.getByText('Đang thực hiện', { exact: true }).first()).toBeVisible();
  await expect(view.getByText('Gửi báo cáo', { exact: true }).first()).toBeVisible();
  const names = await view.locator('.outline-state__name').allTextContents();
  expect(
    names.filter((n) => /^(notStarted|inProgress|reported|returned|cancelled|completed)$/.test(n)),
  ).toEqual([]);
  await expectNoSeriousViolations(page, 'editor: machine view');
  await screenshotAtEachSize(page, 'editor-machine-words');
});

test('the notice of a deletion sits under the library’s actions and covers no button', async ({ page }) => {
  await page.setViewportSize(SMALL);
  await openLibrary(page);
  const [seed] = seedPlans();
  await planRow(page, seed!.title)
    .getByRole('button', { name: `Xóa: ${seed!.title}` })
    .click();
  await expect(planList(page)).toHaveCount(4);
  const notice = page.locator('.toast');
  await expect(notice).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa' })).toBeVisible();
  const covered = await page.evaluate(() => {
    const toast = document.querySelector('.toast')!;
    const t = toast.getBoundingClientRect();
    return [...document.querySelectorAll('main button, main a')]
      .filter((b) => !toast.contains(b))
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.left < t.right && t.left < r.right && r.top < t.bottom && t.top < r.bottom;
      })
      .map((b) => b.textContent);
  });
  expect(covered).toEqual([]);
  await notice.getByRole('button', { name: 'Đóng' }).click();
  await expect(notice).toHaveCount(0);
});
