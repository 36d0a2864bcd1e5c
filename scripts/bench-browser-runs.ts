/**
 * The staff runtime's speed in headless Chromium (Debian's), against the production build (`npx vite build`
 * first; then `npx tsx scripts/bench-browser-runs.ts`). A generated run of a 200-body plan with 10,000 events
 * is written into the app's IndexedDB, then: the time from a click on it in /runs to its page painted (log,
 * dashboard and the profile's inbox), from its cached state and cold (the cached state deleted first, so the
 * log is read and replayed); and an action (start) from its click to the inbox painted with the new status.
 * Targets (issue 9): open ≤ 200 ms; an action on screen ≤ 50 ms. With BENCH_PROFILE=<file> one more opening
 * from the cached state is recorded as a CPU profile (Chrome DevTools' .cpuprofile) into that file.
 */
import { writeFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { assignmentKey } from '@rollout/core/engine/model';
import { nameOf } from '@rollout/core/engine/run-refusal';
import { checkAction } from '@rollout/core/engine/run-roles';
import { snapshotOf } from '@rollout/core/engine/run-snapshot';
import { runStatusOf, workingStatus } from '@rollout/core/engine/run-state';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { syntheticPlan } from './synthetic-plan';
import { syntheticRun } from './synthetic-run';
import { startVite } from './vite-server';

const PORT = Number(process.env.BENCH_PORT ?? 4187);
const BASE = `http://127.0.0.1:${PORT}`;

/** Write the run, its log and its cached state (head and parts) straight into the app's database. */
async function store(
  page: Page,
  rows: { run: unknown; events: unknown[]; snapshot: unknown; parts: unknown[] },
) {
  await page.evaluate(
    ({ run, events, snapshot, parts }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rollout-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const stores = ['runs', 'runEvents', 'runSnapshots', 'runSnapshotParts'];
          const tx = open.result.transaction(stores, 'readwrite');
          tx.objectStore('runs').put(run);
          const log = tx.objectStore('runEvents');
          for (const e of events) log.put(e);
          tx.objectStore('runSnapshots').put(snapshot);
          for (const part of parts) tx.objectStore('runSnapshotParts').put(part);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );
}

async function deleteSnapshot(page: Page, runId: string) {
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('rollout-studio');
        open.onsuccess = () => {
          const tx = open.result.transaction('runSnapshots', 'readwrite');
          tx.objectStore('runSnapshots').delete(id);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      }),
    runId,
  );
}

/** Arm a timer at the next click that ends at the first frame painted after `ready()` holds. */
async function armPaintTimer(page: Page, ready: string) {
  await page.evaluate(`(() => {
    window.__painted = new Promise((resolve) => {
      document.addEventListener('click', () => {
        const start = performance.now();
        const check = () => {
          if (${ready}) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }, { once: true, capture: true });
    });
  })()`);
}

/** The armed timer's result; a page that never paints fails the benchmark after a minute, with a screenshot. */
async function painted(page: Page): Promise<number> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('not painted')), 60_000),
  );
  try {
    return await Promise.race([page.evaluate('window.__painted') as Promise<number>, timeout]);
  } catch (error) {
    await page.screenshot({ path: 'reports/bench-runs-failure.png' });
    throw error;
  }
}

async function openTime(page: Page, title: string): Promise<number> {
  await page.goto(`${BASE}/runs`);
  const link = page.getByRole('link', { name: title, exact: true });
  await link.waitFor();
  await armPaintTimer(
    page,
    `document.querySelector('.run-audit li') && document.querySelector('.run-dashboard')`,
  );
  await link.click();
  return painted(page);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const plan = syntheticPlan(200, 5);
const { run, log, state } = syntheticRun(plan, 10_000, 0.7);
const { bodies, ...head } = snapshotOf(state);
const snapshot = { runId: run.id, seq: state.seq, savedAt: run.issuedAt, state: head };
const parts = Object.entries(bodies).map(([bodyId, data]) => ({ runId: run.id, bodyId, data }));
const runRow = { ...run, status: runStatusOf(state) };
/** Bodies with an assignment they may start now, and its inbox label: the actions to time. */
const starts = [...state.assignments.values()]
  .filter((a) => workingStatus(state, a) === 'notStarted' || workingStatus(state, a) === 'returned')
  .filter((a) => {
    const actor = { name: 'Chuyên viên', bodyId: a.assigneeId };
    return checkAction(state, actor, { type: 'start', taskId: a.taskId, assigneeId: a.assigneeId }).ok;
  })
  .map((a) => ({
    bodyId: a.assigneeId,
    label: `${state.model.tasks.get(a.taskId)?.task.code} · ${nameOf(state.model, a.assigneeId)}`,
    key: assignmentKey(a.assigneeId, a.taskId),
  }));
const seen = new Set<string>();
const actions = starts.filter((s) => !seen.has(s.bodyId) && seen.add(s.bodyId)).slice(0, 5);

const server = await startVite(PORT, 'preview');
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(BASE);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await store(page, { run: runRow, events: log, snapshot, parts });
  await openTime(page, plan.title);
  const warm: number[] = [];
  const acts: number[] = [];
  for (const action of actions) {
    const form = page.getByRole('form', { name: 'Người thực hiện' });
    await form.getByLabel('Họ và tên').fill('Chuyên viên');
    await form.getByLabel('Làm việc cho cơ quan').selectOption(action.bodyId);
    await form.getByRole('button', { name: 'Lưu' }).click();
    const entry = page.getByRole('listitem', { name: action.label, exact: true });
    const button = entry.getByRole('button', { name: 'Bắt đầu thực hiện', exact: true });
    await button.waitFor();
    await armPaintTimer(
      page,
      `[...document.querySelectorAll('.run-item')].some((li) => li.getAttribute('aria-label') === ${JSON.stringify(action.label)} && li.textContent.includes('Đang thực hiện'))`,
    );
    await button.click();
    acts.push(await painted(page));
    warm.push(await openTime(page, plan.title));
  }
  if (process.env.BENCH_PROFILE) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
    await openTime(page, plan.title);
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
  }
  const cold: number[] = [];
  for (let i = 0; i < 3; i++) {
    await deleteSnapshot(page, run.id);
    cold.push(await openTime(page, plan.title));
  }
  await browser.close();
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  const rows: Array<[string, string, string]> = [
    [
      `Mở lượt ${log.length} sự kiện, 200 cơ quan, từ ảnh chụp (${list(warm)} ms)`,
      `${median(warm).toFixed(0)} ms`,
      '≤ 200 ms',
    ],
    [
      `  nguội: xóa ảnh chụp, đọc và phát lại cả nhật ký (${list(cold)} ms)`,
      `${median(cold).toFixed(0)} ms`,
      '≤ 200 ms',
    ],
    [
      `Một thao tác (bắt đầu) hiện lên màn hình, lượt 200 cơ quan (${list(acts)} ms)`,
      `${median(acts).toFixed(0)} ms`,
      '≤ 50 ms',
    ],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`${'Phép đo (Chromium headless, bản build)'.padEnd(width)} | kết quả | mục tiêu`);
  for (const [name, value, target] of rows) console.log(`${name.padEnd(width)} | ${value} | ${target}`);
} finally {
  server.stop();
}
