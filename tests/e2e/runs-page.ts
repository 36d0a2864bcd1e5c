import { expect, type Locator, type Page } from '@playwright/test';
import { openLibrary, seedPlans } from './library-page';

/** The seed plan the runs' tests issue, its issuer and two assigned bodies with one assignment each. */
export const PLAN_ID = 'hai-phong-btv-tu-kh-01-kl-tw-2024';
export const ISSUER = 'btv-tu';
export const SCHOOL = 'truong-ct-to-hieu'; // II.3.1.2, approved by the issuer
export const ARMY = 'dang-uy-qs-tp'; // II.3.2.2, approved by the issuer
const ASSIGNEE: Record<string, string> = {
  'II.3.1.2': 'Trường Chính trị Tô Hiệu',
  'II.3.2.2': 'Đảng ủy Quân sự thành phố',
};

export async function actAs(page: Page, name: string, bodyId: string) {
  const form = page.getByRole('form', { name: 'Người thực hiện' });
  await form.getByLabel('Họ và tên').fill(name);
  await form.getByLabel('Làm việc cho cơ quan').selectOption(bodyId);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(
    page.getByRole('form', { name: 'Người thực hiện' }).getByLabel('Làm việc cho cơ quan'),
  ).toHaveValue(bodyId);
}

/** The inbox entry of one assignee's part of a task. */
export function item(page: Page, code: string) {
  return page.getByRole('listitem', { name: `${code} · ${ASSIGNEE[code]}`, exact: true });
}

export async function press(page: Page, code: string, action: string) {
  await item(page, code).getByRole('button', { name: action, exact: true }).click();
}

export async function fillDate(scope: Locator, label: string, date: string) {
  const field = scope.getByLabel(label);
  await field.fill(date);
  await field.blur();
}

/** From a fresh library, go to /runs and fill in the issue form of the seed plan as its issuer. */
export async function prepareIssue(page: Page) {
  await openLibrary(page, seedPlans().length);
  await page.goto('/runs');
  await expect(page.getByRole('heading', { name: 'Theo dõi thực hiện', level: 1 })).toBeVisible();
  const issue = page.getByRole('region', { name: 'Ban hành kế hoạch' });
  await issue.getByLabel('Kế hoạch').selectOption(PLAN_ID);
  await actAs(page, 'Nguyễn Văn An', ISSUER);
  await issue.getByLabel('Số, ký hiệu').fill('01-KH/TU');
  await fillDate(issue, 'Ngày ban hành', '02/02/2024');
  return issue;
}

/** Issue the seed plan and land on its run. */
export async function issueSeedPlan(page: Page) {
  const issue = await prepareIssue(page);
  await issue.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page).toHaveURL(/\/runs\/[0-9A-Z]{26}$/);
}
