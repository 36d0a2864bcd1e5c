/**
 * npm run bench:browser — the editor's speed in headless Chromium (Debian's), against the production build.
 * Prints: frames within 16.7 ms while dragging a task of a 300-task plan; time for a 1,000-task plan to open
 * to a painted canvas; time to save a 1,000-task plan (IndexedDB, measured by the app's own
 * `rollout:save` performance measures); the longest main-thread task after an edit of the 1,000-task plan.
 * Targets: ≥ 95 % of frames ≤ 16.7 ms; open ≤ 1,000 ms; save ≤ 30 ms; no task blocking input > 50 ms.
 */
import { spawn } from 'node:child_process';
import { chromium, type Page } from 'playwright-core';
import { syntheticPlan } from './synthetic-plan';

const PORT = 4190;
const BASE = `http://localhost:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('vite preview did not start');
}

async function importPlan(page: Page, bodies: number): Promise<string> {
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
  return plan.id;
}

/** Navigate to the editor and return ms from navigation start to the first frame with task nodes painted. */
async function openTime(page: Page, planId: string): Promise<number> {
  await page.goto(`${BASE}/plans/${planId}`);
  await page.waitForSelector('.react-flow__node-task', { timeout: 30_000 });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
      ),
  );
}

async function dragFrames(page: Page): Promise<{ frames: number; within: number }> {
  const node = page.locator('.react-flow__node-task').first();
  const box = await node.boundingBox();
  if (!box) throw new Error('no task node to drag');
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 120; i++) {
    await page.mouse.move(x + i * 2, y + Math.sin(i / 10) * 40);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
  return { frames: frames.length, within: frames.filter((f) => f <= 16.7).length };
}

async function editTiming(page: Page): Promise<{ save: number[]; longest: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
    performance.clearMeasures('rollout:save');
  });
  const node = page.locator('.react-flow__node-task').first();
  for (let i = 0; i < 5; i++) {
    await node.click();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(400);
  }
  await page.waitForTimeout(1500);
  return page.evaluate(() => ({
    save: performance.getEntriesByName('rollout:save').map((e) => e.duration),
    longest: Math.max(0, ...(window as unknown as { __long: number[] }).__long),
  }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore' });
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const small = await importPlan(page, 60);
  const big = await importPlan(page, 200);
  await openTime(page, small);
  const drag = await dragFrames(page);
  const opens: number[] = [];
  for (let i = 0; i < 3; i++) opens.push(await openTime(page, big));
  const edit = await editTiming(page);
  await browser.close();
  const share = (100 * drag.within) / Math.max(1, drag.frames);
  console.log('Phép đo (Chromium headless, bản build)                | kết quả            | mục tiêu');
  console.log('------------------------------------------------------|--------------------|---------');
  console.log(
    `Kéo một nhiệm vụ, kế hoạch 300 nhiệm vụ (${drag.frames} khung)      | ${share.toFixed(1)} % ≤ 16,7 ms | ≥ 95 %`,
  );
  console.log(
    `Mở kế hoạch 1.000 nhiệm vụ tới khi vẽ xong (trung vị 3)   | ${median(opens).toFixed(0)} ms`.padEnd(74) +
      ' | ≤ 1000 ms',
  );
  console.log(
    `Lưu kế hoạch 1.000 nhiệm vụ (trung vị ${edit.save.length} lần)            | ${median(edit.save).toFixed(1)} ms`.padEnd(
      74,
    ) + ' | ≤ 30 ms',
  );
  console.log(
    `Tác vụ dài nhất trên luồng chính sau khi sửa             | ${edit.longest.toFixed(0)} ms`.padEnd(74) +
      ' | ≤ 50 ms',
  );
} finally {
  server.kill();
}
