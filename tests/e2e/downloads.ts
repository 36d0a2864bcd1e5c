import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The bytes of the file the browser saves when the button named `button` is pressed. */
export async function downloaded(page: Page, button: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return readFileSync((await download.path())!);
}
