/**
 * npm run bench:browser — the editor's speed in headless Chromium (Debian's), against the production build.
 * Prints: frames within 16.7 ms while dragging a task of a 300-task plan (the main thread's time per frame,
 * from a Chromium trace, and the interval between frames); time for a 1,000-task plan to open
 * to a painted canvas; time to save a 1,000-task plan (IndexedDB, measured by the app's own
 * `rollout:save` performance measures); the longest main-thread task after an edit of the 1,000-task plan.
 * Targets: ≥ 95 % of frames ≤ 16.7 ms; open ≤ 1,000 ms; save ≤ 30 ms; no task blocking input > 50 ms.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { syntheticPlan } from './synthetic-plan';
import { frameWork, mainThreadTasks, TRACE_CATEGORIES } from './trace-events';
import { startVite } from './vite-server';

const PORT = 4183;
const BASE = `http://127.0.0.1:${PORT}`;

async function importPlan(page: Page, bodies: number): Promise<{ id: string; title: string }> {
  const plan = syntheticPlan(bodies, 5, 0.1, bodies);
  await page.goto(BASE);
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({
      name: `${plan.id}.plan.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(plan)),
    });
  await page.getByText(plan.title).first().waitFor({ timeout: 30_000 });
  return { id: plan.id, title: plan.title };
}

/**
 * From the library, click the plan's link and return ms from the click to the first frame with its task
 * nodes painted (what a planner waits for; the editor's code is fetched on the first open of a session).
 */
async function openTime(page: Page, title: string): Promise<number> {
  await page.goto(BASE);
  const link = page.getByRole('link', { name: title, exact: true });
  await link.waitFor();
  await page.evaluate(`(() => {
    window.__painted = new Promise((resolve) => {
      document.addEventListener('click', () => {
        const start = performance.now();
        const check = () => {
          if (document.querySelector('.react-flow__node-task')) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }, { once: true, capture: true });
    });
  })()`);
  await link.click();
  return page.evaluate('window.__painted') as Promise<number>;
}

async function dragFrames(browser: Browser, page: Page) {
  const node = page.locator('.react-flow__node-task').first();
  const box = await node.boundingBox();
  if (!box) throw new Error('no task node to drag');
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  for (let i = 1; i <= 120; i++) {
    await page.mouse.move(x + i * 2, y + Math.sin(i / 10) * 40);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  const work = frameWork(await browser.stopTracing());
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    work: work.length,
    workWithin: work.filter((f) => f <= 16.7).length,
    workP95: [...work].sort((a, b) => a - b)[Math.floor(0.95 * work.length)] ?? 0,
    frames: frames.length,
    within: frames.filter((f) => f <= 16.7).length,
    missed: frames.filter((f) => f > 25).length,
    p50: at(0.5),
    p95: at(0.95),
    max: at(1),
  };
}

/**
 * Five edits of the open plan (select the first task, move it with an arrow key): the app's own save
 * measures, and the longest task the renderer's main thread ran meanwhile (from a Chromium trace, so
 * tasks under the Long Tasks API's 50 ms threshold are measured too).
 */
async function editTiming(browser: Browser, page: Page): Promise<{ save: number[]; longest: number }> {
  await page.evaluate(() => performance.clearMeasures('rollout:save'));
  const node = page.locator('.react-flow__node-task').first();
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  for (let i = 0; i < 5; i++) {
    await node.click();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(1500);
  const tasks = mainThreadTasks(await browser.stopTracing());
  return {
    save: await page.evaluate(() => performance.getEntriesByName('rollout:save').map((e) => e.duration)),
    longest: Math.max(0, ...tasks),
  };
}

/**
 * The store's own save of a 1,000-task plan, in Chromium's IndexedDB through the app's modules (served by
 * Vite's dev server), with nothing else on the page: one read-write transaction per save.
 */
async function storeSave(page: Page, devBase: string): Promise<number[]> {
  await page.goto(`${devBase}/robots.txt`);
  return page.evaluate(`(async () => {
    const { openDatabase, PlanRepository } = await import('/src/store/index.ts');
    const { syntheticPlan } = await import('/scripts/synthetic-plan.ts');
    const repo = new PlanRepository(openDatabase('bench-save'));
    let record = await repo.create(syntheticPlan(200, 5, 0.1, 200));
    const times = [];
    for (let i = 0; i < 21; i++) {
      const [first, ...rest] = record.plan.tasks;
      const plan = { ...record.plan, tasks: [{ ...first, title: 'Nhiệm vụ đã sửa ' + i }, ...rest] };
      const start = performance.now();
      const result = await repo.save(plan, record.revision);
      times.push(performance.now() - start);
      record = result.record;
    }
    return times;
  })()`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const DEV_PORT = PORT + 1;
const server = await startVite(PORT, 'preview');
const dev = await startVite(DEV_PORT, 'dev');
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const small = await importPlan(page, 60);
  const big = await importPlan(page, 200);
  await openTime(page, small.title);
  const drag = await dragFrames(browser, page);
  const opens: number[] = [];
  for (let i = 0; i < 3; i++) opens.push(await openTime(page, big.title));
  const edit = await editTiming(browser, page);
  const saves = await storeSave(page, `http://127.0.0.1:${DEV_PORT}`);
  await browser.close();
  const pct = (n: number) => `${((100 * n) / Math.max(1, drag.frames)).toFixed(1)} %`;
  const rows: Array<[string, string, string]> = [
    [
      `Kéo nhiệm vụ, kế hoạch 300 nhiệm vụ: khoảng cách khung ≤ 16,7 ms (${drag.frames} khung)`,
      pct(drag.within),
      '≥ 95 %',
    ],
    [
      `  thời gian luồng chính làm một khung ≤ 16,7 ms (${drag.work} khung; p95 ${drag.workP95.toFixed(1)} ms)`,
      `${((100 * drag.workWithin) / Math.max(1, drag.work)).toFixed(1)} %`,
      '≥ 95 %',
    ],
    ['  khung đến đúng nhịp vsync kế tiếp (không lỡ nhịp nào, ≤ 25 ms)', pct(drag.frames - drag.missed), ''],
    [
      '  khoảng cách khung: trung vị / p95 / lớn nhất',
      `${drag.p50.toFixed(1)} / ${drag.p95.toFixed(1)} / ${drag.max.toFixed(1)} ms`,
      '',
    ],
    [
      `Mở kế hoạch 1.000 nhiệm vụ từ thư viện tới khi vẽ xong (${opens.map((o) => o.toFixed(0)).join(', ')} ms)`,
      `${median(opens).toFixed(0)} ms`,
      '≤ 1000 ms',
    ],
    [
      `Lưu kế hoạch 1.000 nhiệm vụ: giao dịch của kho (trung vị ${saves.length} lần)`,
      `${median(saves).toFixed(1)} ms`,
      '≤ 30 ms',
    ],
    [
      `  trong trình soạn thảo, gồm chờ luồng chính vẽ lại (trung vị ${edit.save.length} lần)`,
      `${median(edit.save).toFixed(1)} ms`,
      '',
    ],
    [
      'Tác vụ dài nhất trên luồng chính trong 5 lần sửa (kiểm chứng trong worker)',
      `${edit.longest.toFixed(0)} ms`,
      '≤ 50 ms',
    ],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'Phép đo (Chromium headless, bản build)'.padEnd(width)} | kết quả | mục tiêu`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(width)} | ${value} | ${target}`);
} finally {
  server.stop();
  dev.stop();
}
