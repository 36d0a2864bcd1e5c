import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { addTask, createPlan, problemsPanel } from './editor-page';
import { screenshotAtEachSize } from './screenshots';

test('an empty plan teaches the first steps; the toolbar counts the problems, opens the panel docked above the inspector, and a problem focuses its field', async ({
  page,
}) => {
  await createPlan(page);
  const guide = page.getByRole('region', { name: 'Kế hoạch chưa có nhiệm vụ nào' });
  await expect(guide).toContainText('Chọn cơ quan chủ trì');
  await expectNoSeriousViolations(page, 'editor: empty plan');
  await screenshotAtEachSize(page, 'editor-empty-plan');
  const stage = await page.getByLabel('Giai đoạn của nhiệm vụ mới').locator('option').first().textContent();
  await addTask(page, stage!, 'Tổ chức hội nghị quán triệt');
  await expect(guide).toHaveCount(0);
  const badge = page.getByRole('button', { name: /^Vấn đề: [1-9]/ });
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
  await badge.click();
  await expect(badge).toHaveAttribute('aria-expanded', 'true');
  const panel = problemsPanel(page);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  const panelTop = (await panel.boundingBox())!.y;
  const inspectorTop = (await page.getByLabel('Tên nhiệm vụ', { exact: true }).boundingBox())!.y;
  expect(panelTop).toBeLessThan(inspectorTop);
  await expectNoSeriousViolations(page, 'editor: problems docked');
  await screenshotAtEachSize(page, 'editor-problems-docked');

  await panel.getByRole('button', { name: /không có cơ quan chủ trì\. task-no-lead$/ }).click();
  await expect(page.getByRole('combobox', { name: 'Chủ trì', exact: true })).toBeFocused();
  await badge.click();
  await expect(badge).toHaveAttribute('aria-expanded', 'false');
});
