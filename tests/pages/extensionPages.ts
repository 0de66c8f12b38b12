import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, openExtensionPage } from '../fixtures/extension.ts';
import { closedRoot, type ShadowLocator } from '../fixtures/closedShadow.ts';

/** Install a content pack the way a mentor or IT member does: the options page's file import. */
export { importPackFile } from '../fixtures/extension.ts';

export type UiLanguage = 'zh-CN' | 'en';

/** Small page objects: what a learner sees and does, in the words of the UI. */
export class PopupPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<PopupPage> {
    return new PopupPage(await openExtensionPage(context, extensionId, 'popup.html'));
  }

  async saveProfile({ role, department, language }: { role: string; department: string; language: UiLanguage }): Promise<void> {
    // onboarding shows the form open; after it, the profile sits in a collapsed disclosure
    await this.page.locator('select[name="role"]').waitFor({ state: 'attached' });
    await openDisclosure(this.page.locator('details[data-region="profile"]'));
    await this.page.locator('select[name="role"]').selectOption(role);
    const departmentList = this.page.locator('select[name="department"]');
    if ((await departmentList.count()) === 0) await this.page.locator('input[name="department"]').fill(department);
    else if (department === '' || (await departmentList.locator('option').evaluateAll((options, d) => options.some((o) => (o as HTMLOptionElement).value === d), department)))
      await departmentList.selectOption(department);
    else {
      // a department the list does not name: "another department", typed
      await departmentList.selectOption(' other');
      await this.page.locator('input[name="departmentOther"]').fill(department);
    }
    await this.page.locator('select[name="language"]').selectOption(language);
    await this.page.locator('form:has(select[name="language"]) button[type="submit"]').click();
    // saved, not just asked for: a test that closes the popup at once would otherwise race the
    // save (seen in CI: the role never reached storage, so the page offered no tour)
    await expect(this.page.locator('form:has(select[name="language"]) span.status[role="status"]')).not.toBeEmpty();
  }

  /** a tour offered for this page ("For you on this page") */
  tour(tourId: string): Locator {
    return this.page.locator(`[data-region="page-tours"] li[data-tour="${tourId}"]`);
  }

  /** type into the search over all installed tours */
  async search(query: string): Promise<void> {
    await this.page.locator('input[name="tourSearch"]').fill(query);
  }

  searchResult(tourId: string): Locator {
    return this.page.locator(`[data-region="search-results"] li[data-tour="${tourId}"]`);
  }

  /** the collapsed health check and mentor tools (only there for those allowed) */
  async openMentorCorner(): Promise<void> {
    await openDisclosure(this.page.locator('details[data-region="mentor-corner"]'));
  }
}

/** Open a <details> disclosure the way a user does (its summary), unless it is open already. */
export async function openDisclosure(details: Locator): Promise<void> {
  await details.waitFor({ state: 'attached' });
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator(':scope > summary').click();
}

/**
 * The tour card, launcher and field tips live in closed shadow roots: the tests reach inside
 * through the DevTools protocol (tests/fixtures/closedShadow.ts), and act with real input.
 */
export class TourPlayer {
  constructor(readonly page: Page) {}

  /** the card inside the player's closed root */
  get card(): ShadowLocator {
    return closedRoot(this.page, '[data-preceptor-player]').locator('.card');
  }

  get title(): ShadowLocator {
    return this.card.locator('h2');
  }

  button(name: string | RegExp): ShadowLocator {
    return this.card.button(name);
  }

  /** the element driver.js is highlighting right now */
  get highlighted(): Locator {
    return this.page.locator('.driver-active-element');
  }
}

/** The launcher (closed root): its open/close button, the tours and checklists in its menu. */
export class Launcher {
  constructor(readonly page: Page) {}

  get root(): ShadowLocator {
    return closedRoot(this.page, '[data-preceptor-launcher]');
  }

  get openButton(): ShadowLocator {
    return this.root.locator('button.open');
  }

  tour(tourId?: string): ShadowLocator {
    return this.root.locator(tourId === undefined ? '[data-tour]' : `[data-tour="${tourId}"]`);
  }
}

/** A field tip's beacon and bubble (closed root of `[data-preceptor-tip="ID"]`). */
export function fieldTip(page: Page, tipId: string): { beacon: ShadowLocator; bubble: ShadowLocator } {
  const root = closedRoot(page, `[data-preceptor-tip="${tipId}"]`);
  return { beacon: root.locator('.beacon'), bubble: root.locator('[role="tooltip"]') };
}

export async function openSandbox(context: BrowserContext, sandboxUrl: string, language: UiLanguage, beforeLoad?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript((lang) => localStorage.setItem('preceptor.sandbox.lang', lang), language);
  // a page's own init scripts (a test's spy) go with the page when it closes: the shared profile stays clean
  await beforeLoad?.(page);
  await page.goto(`${sandboxUrl}/registration`);
  await page.locator('#patient-query').waitFor();
  return page;
}

/**
 * Export progress from the options page the way a learner does, and open the signed bundle the
 * way the trainer's dashboard does: verified, then the statements and the raw files.
 */
export async function exportProgress(context: BrowserContext, extensionId: string): Promise<{ statements: any[]; text: string }> {
  const { readFile } = await import('node:fs/promises');
  const { verifyExportBundle } = await import('../../shared/src/record/exportBundle.ts');
  const { unzipParts } = await import('../../shared/test/record/bundleHelpers.ts');
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-progress"]').click()]);
  const bytes = new Uint8Array(await readFile((await download.path())!));
  const verified = await verifyExportBundle(bytes);
  if (!verified.ok) throw new Error(`the export does not verify: ${JSON.stringify(verified.problem)}`);
  await options.close();
  return { statements: verified.statements.map((v) => v.statement), text: Object.values(unzipParts(bytes)).join('\n') };
}

/**
 * Set the training sandbox origins the way IT or a learner does: on the options page, removing
 * the ones listed and adding these. Returns the options page (still open) for screenshots.
 */
export async function setSandboxOrigins(context: BrowserContext, extensionId: string, origins: string[]): Promise<Page> {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const panel = options.locator('[data-panel="sandbox-origins"]');
  await panel.waitFor();
  // one at a time, each removal seen on the page before the next (a stale count clicked a row
  // that a storage update had just taken away, and waited for it until the test timed out)
  const listed = panel.locator('li[data-origin]');
  await panel.locator('li[data-origin], [data-region="no-sandbox-origins"]').first().waitFor(); // the stored list has loaded
  for (const origin of await listed.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-origin')!))) {
    const row = panel.locator(`li[data-origin="${origin}"]`);
    await row.locator('[data-action="remove-sandbox-origin"]').click();
    await row.waitFor({ state: 'detached' });
  }
  await panel.locator('[data-region="no-sandbox-origins"]').waitFor();
  for (const origin of origins) {
    await panel.locator('#sandbox-origin-input').fill(origin);
    await panel.locator('[data-action="add-sandbox-origin"]').click();
    await panel.locator(`li[data-origin="${origin}"]`).waitFor();
  }
  return options;
}

/** How many statements the learner's log holds, asked from the options page (where the count is shown). */
export async function statementCount(options: Page): Promise<number> {
  return options.evaluate(
    () =>
      new Promise<number>((resolve, reject) =>
        (globalThis as any).chrome.runtime.sendMessage({ id: 1, type: 'countStatements', timestamp: Date.now() }, (reply: { res?: number; err?: unknown }) =>
          typeof reply?.res === 'number' ? resolve(reply.res) : reject(new Error(JSON.stringify(reply))),
        ),
      ),
  );
}
