import { expect, type Page } from '@playwright/test';

export interface TabWalk {
  /** Every element Tab reached, in order, described as `tag.class "name"`. */
  reached: string[];
  /** Those whose focus could not be seen: no outline and no shadow while focused. */
  unseen: string[];
  /** Visible, enabled controls that Tab never reached. */
  unreached: string[];
}

/**
 * Presses Tab from the top of the page until focus comes back to an element already visited (or
 * `limit` presses), noting for each focused element whether its focus is visible, then lists the
 * visible controls that were never reached.
 */
export async function walkWithTab(page: Page, limit = 400): Promise<TabWalk> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    document.body.dataset.tabWalk = '';
  });
  const reached: string[] = [];
  const unseen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const step = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      if (el.dataset.tabWalkSeen) return { again: true, name: '', visible: true };
      el.dataset.tabWalkSeen = '1';
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const shadowed = style.boxShadow !== 'none';
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${label}"`;
      return { again: false, name, visible: outlined || shadowed };
    });
    if (!step) continue;
    if (step.again) break;
    reached.push(step.name);
    if (!step.visible) unseen.push(step.name);
  }
  const unreached = await page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]',
    );
    const missed = [...controls].filter((el) => {
      const box = el.getBoundingClientRect();
      const shown = box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      return shown && !el.dataset.tabWalkSeen && !el.closest('[inert]');
    });
    for (const el of document.querySelectorAll<HTMLElement>('[data-tab-walk-seen]'))
      delete el.dataset.tabWalkSeen;
    return missed.map(
      (el) =>
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
    );
  });
  return { reached, unseen, unreached };
}

/** Every visible control of the page is reached by Tab, and shows where the focus is. */
export async function expectKeyboardReachable(page: Page, screen: string) {
  const walk = await walkWithTab(page);
  expect(walk.reached.length, `Tab reaches something on ${screen}`).toBeGreaterThan(0);
  expect(walk.unseen, `focus visible on ${screen}`).toEqual([]);
  expect(walk.unreached, `reachable by Tab on ${screen}`).toEqual([]);
}
