import { expect, test } from '@playwright/test';
import { openLibrary, planList, planRow, seedPlans } from './library-page';

test('the first start shows the five example plans with their verdicts, and a reload adds none', async ({
  page,
}) => {
  await openLibrary(page);
  const seeds = seedPlans();
  expect(seeds).toHaveLength(5);
  for (const seed of seeds) {
    const row = planRow(page, seed.title);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole('link', { name: seed.title, exact: true })).toHaveAttribute(
      'href',
      `/plans/${seed.id}`,
    );
    await expect(row.getByRole('img', { name: 'Mọi cơ quan hoàn thành được' })).toBeVisible();
    await expect(row.getByText(String(seed.tasks.length), { exact: true })).toBeVisible();
  }
  const ctr66 = planList(page).filter({ hasText: '66-CTr/TU' });
  await expect(ctr66.getByText('Chương trình hành động', { exact: true })).toBeVisible();
  await expect(ctr66.getByText('02/02/2024', { exact: true })).toBeVisible();
  await expect(planList(page).filter({ hasText: 'Không số' })).toHaveCount(3);

  await page.reload();
  await expect(planList(page)).toHaveCount(5);
  await expect(page.getByRole('status').filter({ hasText: 'kế hoạch' })).toHaveText('5 kế hoạch');
});

test('a deleted example plan does not come back on the next start', async ({ page }) => {
  await openLibrary(page);
  const [seed] = seedPlans();
  await planRow(page, seed!.title).getByRole('button', { name: /^Xóa/ }).click();
  await expect(planList(page)).toHaveCount(4);
  await page.reload();
  await expect(planList(page)).toHaveCount(4);
  await expect(planRow(page, seed!.title)).toHaveCount(0);
});

test('search ignores diacritics and case: "ke hoach" finds the plans titled "Kế hoạch…"', async ({
  page,
}) => {
  await openLibrary(page);
  const expected = seedPlans()
    .map((p) => p.title)
    .filter((t) => t.startsWith('Kế hoạch'));
  expect(expected.length).toBeGreaterThan(0);

  const search = page.getByRole('searchbox', { name: 'Tìm kế hoạch' });
  await search.fill('ke hoach');
  const titles = await planList(page).getByRole('heading', { level: 2 }).allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(expected.length);
  for (const title of expected) expect(titles).toContain(title);

  await search.fill('66-ctr');
  await expect(planList(page)).toHaveCount(1);
  await search.fill('');
  await expect(planList(page)).toHaveCount(5);
});

test('sorting by title follows Vietnamese order', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('combobox', { name: 'Sắp xếp theo' }).selectOption({ label: 'Tên kế hoạch (A–Z)' });
  const titles = await planList(page).getByRole('heading', { level: 2 }).allTextContents();
  const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  expect(titles).toEqual([...titles].sort(collator.compare));
  expect(titles).toHaveLength(5);
});

test('the interface switches to English and back, and remembers the choice', async ({ page }) => {
  await openLibrary(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  await page.getByRole('group', { name: 'Ngôn ngữ' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan library' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(
    planList(page, 'Plans').first().getByRole('img', { name: 'Every body can complete' }),
  ).toBeVisible();
  await expect(page).toHaveTitle('Plan library · Rollout Studio');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan library' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await planList(page, 'Plans')
    .filter({ hasText: '66-CTr/TU' })
    .getByRole('link', { name: /^View verification report/ })
    .click();
  const findings = page.getByRole('region', { name: 'Review findings' });
  await expect(findings.getByText(/is led by the open group “Các quận ủy, huyện ủy/).first()).toBeVisible();
  await expect(findings).not.toContainText('giao chủ trì cho nhóm mở');
  await page.goBack();

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện kế hoạch' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('the report page shows each body’s verdict, and Back and Forward move between pages', async ({
  page,
}) => {
  await openLibrary(page);
  const row = planList(page).filter({ hasText: '66-CTr/TU' });
  await row.getByRole('link', { name: /^Xem kết quả kiểm chứng/ }).click();

  await expect(page).toHaveURL(/\/plans\/hai-phong-66-ctr-tu\/report$/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Nghị quyết số 43-NQ/TW');
  await expect(heading).toBeFocused();
  await expect(page.getByText('Chương trình hành động số 66-CTr/TU')).toBeVisible();

  const bodies = page.getByRole('region', { name: 'Cơ quan được giao nhiệm vụ' });
  const rows = bodies.getByRole('table').locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  await expect(bodies.getByRole('img', { name: 'Mắc kẹt' })).toHaveCount(0);
  await expect(bodies.getByRole('img', { name: 'Hoàn thành được' })).toHaveCount(await rows.count());
  const findings = page.getByRole('region', { name: 'Phát hiện khi rà soát' });
  await expect(findings.getByText('lead-open-group').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ghi chú về văn bản' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện kế hoạch' })).toBeFocused();
  await expect(planList(page)).toHaveCount(5);

  await page.goForward();
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nghị quyết số 43-NQ/TW');
});

test('a report opens by its address, and a plan the library lacks says so', async ({ page }) => {
  await page.goto('/plans/hai-phong-70-hd-btgtu/report');
  await expect(page.getByText('Hướng dẫn số 70-HD/BTGTU')).toBeVisible();

  await page.goto('/plans/khong-co/report');
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy kế hoạch' })).toBeVisible();
  await page.getByRole('link', { name: 'Về thư viện kế hoạch' }).click();
  await expect(planList(page)).toHaveCount(5);
});

test('an unknown address shows a not-found page', async ({ page }) => {
  await page.goto('/khong/co/trang/nay');
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
  await expect(page.getByText('/khong/co/trang/nay')).toBeVisible();
});

test('the keyboard reaches everything: skip link, then a plan’s report with Enter', async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  const link = planList(page)
    .filter({ hasText: '66-CTr/TU' })
    .getByRole('link', { name: /Xem kết quả/ });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('every verdict badge has an accessible name', async ({ page }) => {
  await openLibrary(page);
  const badges = page.locator('[data-verdict]');
  // the verifier loads after the list's first paint (the engine is not in the first page's code)
  await expect(badges).toHaveCount(5);
  for (const badge of await badges.all()) {
    await expect(badge).toHaveAttribute('role', 'img');
    await expect(badge).toHaveAccessibleName(/\S/);
  }
});

test('a stored plan that fails its schema is reported in a dismissible notice; the rest still works', async ({
  page,
}) => {
  await openLibrary(page);
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('rollout-studio');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('plans', 'readwrite');
          const now = new Date().toISOString();
          tx.objectStore('plans').put({
            id: 'hong',
            revision: 1,
            createdAt: now,
            updatedAt: now,
            plan: { id: 'hong', title: '' },
          });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();

  const notice = page.getByRole('region', { name: 'Một số dữ liệu không đọc được' });
  await expect(notice).toContainText('Bản ghi "hong" (bảng plans)');
  await expect(notice).toContainText('plan.title');
  await expect(planList(page)).toHaveCount(5);
  await notice.getByRole('button', { name: 'Đóng thông báo' }).click();
  await expect(notice).toHaveCount(0);
  await expect(planList(page)).toHaveCount(5);
});
