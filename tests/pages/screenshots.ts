import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

/** Screenshots for people to look at: artifacts/screens/NAME.png (not compared, just kept). */
export const SCREENS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts', 'screens');

/**
 * Off when PRECEPTOR_SCREENSHOTS=0: `.ci/run` sets it, because a CI machine's files are thrown
 * away and the ~170 screenshots of a run cost ~0.15–0.3 s each on 2 cores (PNG encoding). Nothing
 * waits on them: every test states what it waits for. On by default, so `pnpm test` on a
 * developer's machine keeps writing artifacts/screens/ for people to open.
 */
export const SCREENSHOTS_ON = process.env.PRECEPTOR_SCREENSHOTS !== '0';

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS_ON) return;
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: false });
}
