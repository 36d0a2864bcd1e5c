import { expect, test, type Page } from '@playwright/test';
import { actAs, issueSeedPlan, item, press, SCHOOL } from './runs-page';

/** What IndexedDB holds for the run: the numbers of its events, and the event its cached state is at. */
async function stored(page: Page, runId: string): Promise<{ seqs: number[]; snapshotSeq: number }> {
  return page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('rollout-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['runEvents', 'runSnapshots'], 'readonly');
          const events = tx.objectStore('runEvents').getAll();
          const snapshot = tx.objectStore('runSnapshots').get(id);
          tx.oncomplete = () => {
            const seqs = (events.result as Array<{ runId: string; seq: number }>)
              .filter((e) => e.runId === id)
              .map((e) => e.seq)
              .sort((a, b) => a - b);
            resolve({ seqs, snapshotSeq: (snapshot.result as { seq: number }).seq });
            open.result.close();
          };
        };
      }),
    runId,
  );
}

const log = (page: Page) => page.getByRole('region', { name: 'Nhật ký' }).getByRole('listitem');

/** The run is whole: its events numbered 1…n without a gap, its cached state at n, and the page shows n entries. */
async function expectWhole(page: Page, runId: string): Promise<number> {
  const { seqs, snapshotSeq } = await stored(page, runId);
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  expect(snapshotSeq).toBe(seqs.length);
  await expect(log(page)).toHaveCount(seqs.length);
  return seqs.length;
}

test('an action interrupted by a reload or a closed tab is either wholly kept or wholly absent', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await issueSeedPlan(page);
  const runId = page.url().split('/').at(-1) as string;
  await actAs(page, 'Trần Thị Bình', SCHOOL);
  expect(await expectWhole(page, runId)).toBe(1);

  // Reloaded right after the click: the start is in the log and the inbox, or in neither.
  await press(page, 'II.3.1.2', 'Bắt đầu thực hiện');
  await page.reload();
  const afterReload = await expectWhole(page, runId);
  const started = afterReload === 2;
  await expect(item(page, 'II.3.1.2')).toContainText(started ? 'Đang thực hiện' : 'Chưa thực hiện');
  if (!started) await press(page, 'II.3.1.2', 'Bắt đầu thực hiện');
  await expect(item(page, 'II.3.1.2')).toContainText('Đang thực hiện');
  await expect(log(page)).toHaveCount(2);

  // The tab closed right after sending a report: a new tab finds the run whole, and can go on.
  await press(page, 'II.3.1.2', 'Gửi báo cáo');
  const report = page.getByRole('form', { name: 'Gửi báo cáo' });
  await report.getByLabel('Kết quả').fill('Đã tổ chức hội thảo');
  await report.getByRole('button', { name: 'Gửi' }).click();
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await again.goto(`/runs/${runId}`);
  const count = await expectWhole(again, runId);
  expect([2, 3]).toContain(count);
  await expect(item(again, 'II.3.1.2')).toContainText(count === 3 ? 'Đã báo cáo' : 'Đang thực hiện');
  await expect(item(again, 'II.3.1.2').getByRole('button', { name: 'Gửi báo cáo' })).toHaveCount(
    count === 3 ? 0 : 1,
  );
});
