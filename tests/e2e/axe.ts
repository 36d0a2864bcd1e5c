import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe-core's impacts that fail a test: a person is blocked or badly hindered. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Runs every axe-core rule on the page as it is now and expects no serious or critical violation. The
 * message names the rule, its help and the first elements concerned, so a failure says what to fix.
 */
export async function expectNoSeriousViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const failing = violations
    .filter((v) => FAILING.has(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  expect(failing, `axe on ${screen}`).toEqual([]);
}
