import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Where the end-to-end run leaves its screenshots, for a person to look at (not compared by any test). */
export const SCREENSHOTS = join(import.meta.dirname, '../../reports/screenshots');

/** The two sizes the screens are judged at: a desktop and a small laptop or tablet. */
export const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
] as const;

/** Saves `name-<width>x<height>.png` at each size, then puts the page back at the size it had. */
export async function screenshotAtEachSize(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const before = page.viewportSize();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`) });
  }
  if (before) await page.setViewportSize(before);
}
