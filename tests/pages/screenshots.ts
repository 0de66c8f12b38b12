import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** Screenshots for people to look at: artifacts/screens/NAME.png (not compared, just kept). */
export const SCREENS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts', 'screens');

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: false });
}
