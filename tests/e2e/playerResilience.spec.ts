import { test, expect } from '../fixtures/extension.ts';
import { EMR_ORIGIN, serveEmrPages } from '../fixtures/emrPages.ts';
import { PopupPage, TourPlayer, exportProgress, type UiLanguage } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { closedRoot } from '../fixtures/closedShadow.ts';

/** The outpatient clinic after a vendor upgrade (tests/fixtures/emr/clinic-*.html). */
const CLINIC_PACK = new URL('../fixtures/packs/clinic-upgrade.pack.json', import.meta.url);
const TARGET_MISSING = 'https://preceptor.dev/xapi/verbs/target-missing';
const PAGE_PATTERN = 'https://preceptor.dev/xapi/extensions/page-pattern';
const RESOLUTION = 'https://preceptor.dev/xapi/extensions/resolution';

// the pack is imported once per worker through the options page, then restored before each test (fixtures/extension.ts)
test.use({ viewport: { width: 1366, height: 768 }, importedPacks: [CLINIC_PACK] });

test.beforeEach(async ({ context }) => {
  await serveEmrPages(context);
});

async function startTour(context: import('@playwright/test').BrowserContext, extensionId: string, url: string, tourId: string, language: UiLanguage) {
  const emr = await context.newPage();
  await emr.setViewportSize({ width: 1366, height: 768 });
  await emr.goto(url);
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'physician', department: '', language });
  await popup.page.reload();
  await popup.tour(tourId).getByRole('button').first().click();
  await emr.bringToFront();
  return { emr, player: new TourPlayer(emr) };
}

test('a field the page re-renders on open stays usable: the cut-out, the ring and the entry move to the new node', async ({ context, extensionId }) => {
  const { emr, player } = await startTour(context, extensionId, `${EMR_ORIGIN}/clinic/allergy`, 'allergy-rerender', 'zh-CN');
  await expect.poll(() => player.title.text()).toBe('填写过敏原');
  await expect.poll(() => player.button('跳过此步').isVisible()).toBe(true); // a step that waits for the learner can be skipped
  const before = emr.locator('#allergen');
  await expect(player.highlighted).toHaveAttribute('name', 'allergen');

  // opening the field remounts it (a new <input>, elsewhere and wider): the old node is gone
  await before.click();
  await expect(emr.locator('.field.open #allergen')).toBeFocused();
  const field = emr.locator('.field.open #allergen');
  await expect(emr.locator('.field.open #allergen.driver-active-element')).toHaveCount(1);
  const ring = closedRoot(emr, '[data-preceptor-player]').locator('.ring');
  await expect
    .poll(async () => {
      const [r, f] = [await ring.boundingBox(), await field.boundingBox()];
      return r && f ? Math.max(Math.abs(r.x + 4 - f.x), Math.abs(r.y + 4 - f.y), Math.abs(r.width - 8 - f.width)) : Infinity;
    })
    .toBeLessThan(2);
  await screenshot(emr, 'player-reattached-field-zh-CN');

  // the click-blocking layer leaves the new node free: a real click reaches it, and typing moves on
  await field.click();
  await field.pressSequentially('青霉素');
  await expect.poll(() => player.title.text()).toBe('结束');
});

// One run for both languages (the 4 s wait is paid once): the notice comes in zh-CN, the learner
// switches to English with the card open, and the same card says it again in English.
test('a step whose page moved in an upgrade says so within seconds and offers Skip, in zh-CN then en; the pattern is logged', async ({ context, extensionId }) => {
  const { emr, player } = await startTour(context, extensionId, `${EMR_ORIGIN}/clinic/patients`, 'orders-moved', 'zh-CN');
  await expect.poll(() => player.button('跳过此步').isVisible()).toBe(true);
  // the learner's click moves the tour on; the link now leads to the upgraded route
  await emr.locator('[data-nav="orders"]').click();
  await emr.waitForURL('**/clinic/v2/orders', { waitUntil: 'commit' });
  await expect.poll(() => player.card.count()).toBe(0); // just arrived: no notice yet, the page may still come
  // The player waits MOVED_PAGE_WAIT_MS (4 s) after the page settles; the bound comes from the one test timeout.
  await expect.poll(() => player.card.getByRole('alert').text(), { timeout: test.info().timeout / 3 }).toContain('本页面可能已更改位置');
  await expect(player.highlighted).toHaveCount(0);
  await expect(emr.locator('#order-drug')).toBeEditable(); // nothing blocks the page meanwhile
  await screenshot(emr, 'player-page-moved-zh-CN');

  // the language changes in the popup; the open notice follows it
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'physician', department: '', language: 'en' });
  await popup.page.close();
  await emr.bringToFront();
  await expect.poll(() => player.card.getByRole('alert').text()).toContain('This page may have moved');
  await expect(player.highlighted).toHaveCount(0);
  await screenshot(emr, 'player-page-moved-en');
  await expectNoSeriousA11yViolations(emr, '[data-preceptor-player]');
  await player.button('Skip this step').click();
  await expect.poll(() => player.title.text()).toBe('End');

  const exported = await exportProgress(context, extensionId);
  const missing = exported.statements.filter((s: any) => s.verb.id === TARGET_MISSING);
  expect(missing).toHaveLength(1);
  expect(missing[0].result.extensions[RESOLUTION]).toBe('page-moved');
  expect(missing[0].result.extensions[PAGE_PATTERN]).toBe('http://emr.test/clinic/orders*'); // the step's pattern
  expect(exported.text).not.toContain('/clinic/v2/orders'); // never the page's own URL
});
