import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, stopExtensionServiceWorker } from '../fixtures/extension.ts';
import { EMR_ORIGIN, serveEmrPages } from '../fixtures/emrPages.ts';
import { Launcher, PopupPage, TourPlayer, exportProgress, fieldTip } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';
import { closedRoot } from '../fixtures/closedShadow.ts';

const WARD_PACK = new URL('../fixtures/packs/ward-orders.pack.json', import.meta.url);

// imported once per worker through the options page, then restored before each test (fixtures/extension.ts)
test.use({ importedPacks: [WARD_PACK] });

test.beforeEach(async ({ context }) => {
  await serveEmrPages(context);
});

async function startFromPopup(popup: PopupPage, tourId: string) {
  await popup.page.reload();
  await popup.tour(tourId).getByRole('button').first().click();
}

test('every step kind, across a full page load and an SPA route change, surviving a reload', async ({ context, extensionId }) => {
  const emr = await context.newPage();
  await emr.goto(`${EMR_ORIGIN}/ward/orders`);
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'nurse', department: '心内一病区', language: 'zh-CN' });
  await startFromPopup(popup, 'order-to-execution');
  await emr.bringToFront();
  const player = new TourPlayer(emr);

  // info
  await expect.poll(() => player.title.text()).toBe('开始');
  await player.button('下一步').click();
  // enter (not empty): no Next button; typing moves on, and the value never leaves the page
  await expect.poll(() => player.title.text()).toBe('录入药品');
  await expect.poll(() => player.button('下一步').count()).toBe(0);
  await emr.locator('#order-drug').fill('呋塞米');
  // enter (equals an option)
  await expect.poll(() => player.title.text()).toBe('选择途径');
  await emr.locator('select[name="route"]').focus(); // the learner is in the field (selectOption's events are untrusted)
  await emr.locator('select[name="route"]').selectOption('po');
  await expect.poll(() => player.title.text()).toBe('选择途径'); // wrong option: stays
  await emr.locator('select[name="route"]').selectOption('ivgtt');
  // click, on a button inside a scroll container: scrolled into view, and the click reaches the EMR
  await expect.poll(() => player.title.text()).toBe('签名');
  await expect(emr.locator('[data-action="sign-order"]')).toBeInViewport();
  await emr.locator('[data-action="sign-order"]').click();
  await expect(emr.locator('[data-action="sign-order"]')).toHaveText('已签名');
  // navigate with a full page load
  await expect.poll(() => player.title.text()).toBe('前往执行单');
  await screenshot(emr, 'player-navigate-step-zh-CN');
  await emr.locator('[data-nav="execution"]').click();
  await emr.waitForURL('**/ward/execution');
  await expect.poll(() => player.title.text()).toBe('执行单');
  // resume after reload, and after the MV3 service worker was stopped: same step, same attempt
  await stopExtensionServiceWorker(context, extensionId);
  await emr.reload();
  await expect.poll(() => player.title.text()).toBe('执行单');
  await player.button('下一步').click();
  // navigate by SPA route change
  await expect.poll(() => player.title.text()).toBe('生命体征');
  await emr.locator('[data-action="open-vitals"]').click();
  await expect.poll(() => player.title.text()).toBe('体温');
  await expect(player.highlighted).toHaveAttribute('name', 'temperature');
  await player.button('完成').click();
  await expect.poll(() => player.title.text()).toContain('导览已完成');

  const exported = await exportProgress(context, extensionId);
  const mine = exported.statements.filter((s: any) => s.object.id.endsWith('/tours/order-to-execution'));
  expect(mine.map((s: any) => s.verb.id.split('/').pop())).toEqual(['launched', ...Array(8).fill('progressed'), 'completed']);
  expect(new Set(mine.map((s: any) => s.context.registration)).size).toBe(1);
  expect(exported.text).not.toContain('呋塞米'); // what the learner typed stays in the page
});

test('a missing target is never pointed at: the step shows unattached and a target-missing record names the page pattern', async ({ context, extensionId }) => {
  const emr = await context.newPage();
  await emr.goto(`${EMR_ORIGIN}/ward/orders?patient=P000012`);
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'physician', department: '', language: 'en' });
  await startFromPopup(popup, 'after-upgrade');
  await emr.bringToFront();
  const player = new TourPlayer(emr);
  await expect.poll(() => player.card.getByRole('alert').text()).toContain('cannot be found');
  await expect(player.highlighted).toHaveCount(0);
  await expect.poll(() => player.card.locator('.ring').count()).toBe(0);
  // (the ring is the card's sibling in the root, so the line above always held: no ring is drawn either)
  await expect.poll(() => closedRoot(emr, '[data-preceptor-player]').locator('.ring').isVisible()).toBe(false);
  await screenshot(emr, 'player-target-missing-en');
  await player.button('Skip this step').click();
  await expect.poll(() => player.title.text()).toBe('End');

  const exported = await exportProgress(context, extensionId);
  const missing = exported.statements.filter((s: any) => s.verb.id === 'https://preceptor.dev/xapi/verbs/target-missing');
  expect(missing).toHaveLength(1);
  expect(missing[0].result.extensions['https://preceptor.dev/xapi/extensions/page-pattern']).toBe('http://emr.test/*');
  expect(exported.text).not.toContain('P000012');
  const skipped = exported.statements.find((s: any) => s.result?.extensions?.['https://preceptor.dev/xapi/extensions/step-id'] === 'old-button' && s.verb.id.endsWith('progressed'));
  expect(skipped.result.extensions['https://preceptor.dev/xapi/extensions/skipped']).toBe(true);
});

test('the card stays above the EMR\'s modal dialog (top layer)', async ({ context, extensionId }) => {
  const emr = await context.newPage();
  await emr.goto(`${EMR_ORIGIN}/ward/orders`);
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'physician', department: '', language: 'zh-CN' });
  await startFromPopup(popup, 'allergy-in-dialog');
  await emr.bringToFront();
  const player = new TourPlayer(emr);
  await emr.locator('[data-action="open-allergy"]').click();
  await expect(emr.locator('#allergy-dialog')).toHaveAttribute('open', '');
  await expect.poll(() => player.title.text()).toBe('记录过敏原');
  const box = (await player.card.boundingBox())!;
  const hit = await emr.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-preceptor-player]') !== null, [box.x + box.width / 2, box.y + 20]);
  expect(hit).toBe(true);
  await screenshot(emr, 'player-over-modal-zh-CN');
});

test('launcher lists this page\'s tours for the role; auto-start runs once; field tips explain a field', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'nurse', department: '', language: 'zh-CN' });
  const emr = await context.newPage();
  await emr.goto(`${EMR_ORIGIN}/ward/orders`);
  const menu = new Launcher(emr);
  const launcher = menu.openButton;
  await expect.poll(() => launcher.text()).toMatch(/导览（3）/); // the physician-only tour is not offered to a nurse
  await launcher.click();
  await menu.tour('order-to-execution').waitFor();
  await expect.poll(() => menu.tour('allergy-in-dialog').count()).toBe(0);
  await screenshot(emr, 'launcher-open-zh-CN');
  await menu.tour('order-to-execution').click();
  const player = new TourPlayer(emr);
  await expect.poll(() => player.title.text()).toBe('开始');
  await expect.poll(() => launcher.count()).toBe(0); // out of the way while a tour shows
  await emr.keyboard.press('Escape');
  await expect.poll(() => launcher.isVisible()).toBe(true);

  // field tip: a beacon on the drug field; focusing it shows the help text
  const tip = fieldTip(emr, 'drug-tip');
  await tip.beacon.focus();
  await expect.poll(() => tip.bubble.isVisible()).toBe(true);
  await expect.poll(() => tip.bubble.text()).toContain('fsm');
  await screenshot(emr, 'field-tip-zh-CN');

  // auto-start, once, in a fresh tab
  const nurse = await context.newPage();
  await nurse.goto(`${EMR_ORIGIN}/ward/execution`);
  await expect.poll(() => new TourPlayer(nurse).title.text()).toBe('欢迎来到护士站');
  await nurse.keyboard.press('Escape');
  const again = await context.newPage();
  await again.goto(`${EMR_ORIGIN}/ward/execution`);
  await expect.poll(() => new Launcher(again).openButton.isVisible()).toBe(true);
  await expect.poll(() => new TourPlayer(again).card.count()).toBe(0);
});

test('health check from the popup reports found / ambiguous / missing and exports CSV', async ({ context, extensionId }) => {
  const emr = await context.newPage();
  await emr.goto(`${EMR_ORIGIN}/ward/orders`);
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'it', department: '信息科', language: 'zh-CN' });
  await emr.bringToFront();
  await popup.page.bringToFront();
  await popup.page.reload();
  await popup.openMentorCorner();
  await popup.page.locator('[data-action="health-check"]').click();
  const row = (step: string) => popup.page.locator(`table[data-table="health-check"] tr[data-step="${step}"]`);
  await expect(row('drug')).toHaveAttribute('data-status', 'found');
  await expect(row('old-button')).toHaveAttribute('data-status', 'missing');
  await expect(row('note')).toHaveAttribute('data-status', 'found'); // in the closed <dialog>: present, not visible
  await expect(row('sheet')).toHaveAttribute('data-status', 'other-page');
  await expect(row('intro')).toHaveAttribute('data-status', 'no-target');
  // titles in the learner's language, not ids
  await expect(row('old-button').locator('td').nth(0)).toHaveText('升级后失效的导览');
  await expect(row('old-button').locator('td').nth(1)).toHaveText('1. 打印');
  await screenshot(popup.page, 'popup-health-check-zh-CN');
  const [download] = await Promise.all([popup.page.waitForEvent('download'), popup.page.getByRole('button', { name: '导出 CSV' }).click()]);
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF导览,步骤,结果,packId,packVersion,tourId')).toBe(true);
  expect(csv).toContain('升级后失效的导览,打印,未找到,ward-orders-test,1.0.0,after-upgrade,0,old-button,missing');
  expect(csv.split('\r\n').length).toBeGreaterThan(10);
});

test('a page no pack covers carries only the small always-on script; the tour player is imported when first needed', async ({ context, extensionId }) => {
  /** how often the page fetched /tour-guide.js (the content script's import shows in the page's network log) */
  const watchGuide = (page: Page) => {
    const seen = { count: 0 };
    page.on('request', (request) => {
      // with use_dynamic_url the import is a request to a per-session id, redirected to the extension's
      if (request.url().endsWith('/tour-guide.js') && !request.redirectedFrom()) seen.count++;
    });
    return seen;
  };
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'it', department: '信息科', language: 'zh-CN' });
  // a covered page with a field tip needs the drawing half: loaded once
  const orders = await context.newPage();
  const ordersGuide = watchGuide(orders);
  await orders.goto(`${EMR_ORIGIN}/ward/orders`);
  await expect.poll(() => fieldTip(orders, 'drug-tip').beacon.isVisible()).toBe(true);
  expect(ordersGuide.count).toBe(1);
  // a page no pack covers: after it settles and asked the background, still nothing imported
  await context.route('http://intranet.test/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>OA</title><h1>院内办公</h1><input name="orderDrug">' }),
  );
  const elsewhere = await context.newPage();
  const elsewhereGuide = watchGuide(elsewhere);
  await elsewhere.goto('http://intranet.test/oa');
  await elsewhere.waitForTimeout(1500);
  expect(elsewhereGuide.count).toBe(0);
  // until the popup asks for a health check of that page
  await popup.page.bringToFront();
  await popup.page.reload();
  await popup.openMentorCorner();
  await popup.page.locator('[data-action="health-check"]').click();
  await expect.poll(() => elsewhereGuide.count).toBe(1);
});

test('keyboard: in an EMR modal that traps focus, Alt+Shift+G reaches the card, and keys typed there stay out of the page', async ({ context, extensionId }) => {
  const emr = await context.newPage();
  await emr.goto(`${EMR_ORIGIN}/ward/consult`);
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'nurse', department: '心内一病区', language: 'zh-CN' });
  await startFromPopup(popup, 'consult-in-trap');
  await emr.bringToFront();
  const player = new TourPlayer(emr);
  const focusIsOnCard = () => emr.evaluate(() => document.activeElement?.matches('[data-preceptor-player]') ?? false);
  const keysSeenByPage = () => emr.evaluate(() => (window as unknown as { keysSeenByPage: string[] }).keysSeenByPage.join(' '));

  await expect.poll(() => player.title.text()).toBe('会诊科室');
  // the learner works in the modal: focus is in the page, inside the trap
  await emr.locator('#consult-dept').click();
  await emr.keyboard.type('心内科');
  expect(await focusIsOnCard()).toBe(false);
  const seenBefore = await keysSeenByPage();
  // the shortcut brings focus to the card, and the trap does not pull it back
  await emr.keyboard.press('Alt+Shift+KeyG');
  await expect.poll(focusIsOnCard).toBe(true);
  await expect.poll(() => player.card.locator('.keys').text()).toContain('Alt+Shift+G');
  await emr.keyboard.press('Enter'); // presses the focused Next button
  await expect.poll(() => player.title.text()).toBe('会诊原因');
  await emr.keyboard.press('ArrowRight');
  await expect.poll(() => player.title.text()).toBe('提交申请');
  await emr.keyboard.press('ArrowLeft');
  await expect.poll(() => player.title.text()).toBe('会诊原因');
  // the page saw the modifiers go down while its field had focus, but neither the chord nor the card's keys
  expect(await keysSeenByPage()).toBe(`${seenBefore} Alt Shift`.trim());
  await screenshot(emr, 'player-focus-trap-zh-CN');
  await emr.keyboard.press('Escape');
  await expect.poll(() => player.card.count()).toBe(0);
  await expect(emr.locator('#consult-dept')).toHaveValue('心内科'); // nothing typed was touched
});
