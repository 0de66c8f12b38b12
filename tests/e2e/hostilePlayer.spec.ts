import type { Page } from '@playwright/test';
import { test, expect, openExtensionPage } from '../fixtures/extension.ts';
import { Launcher, PopupPage, TourPlayer, exportProgress, openSandbox } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';
import { VERB } from '../../shared/src/xapi/vocabulary.ts';

/**
 * The player obeys only the learner (issue 12). A hostile script on a page no pack covers and on
 * one a pack covers (the sandbox's registration page) tries to start, drive and switch off the
 * player, and listens for the extension id. Real Playwright mouse and keyboard input (trusted
 * events, like a learner's) must still work afterwards.
 */
const HOSTILE_ORIGIN = 'http://hostile.test';
const TOUR = 'registration-basics';

// The spies are each page's own init scripts (page.addInitScript), which close with the page, so
// these tests share the worker's profile instead of paying for a fresh one each.
test.use({ viewport: { width: 1366, height: 768 } });

/** Every page records what it is posted, from before any other script runs. */
async function listenForMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as any).__seenMessages = seen;
    window.addEventListener(
      'message',
      (event) => {
        try {
          seen.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
        } catch {
          seen.push(String(event.data));
        }
      },
      true,
    );
  });
}

/** A page script's attempts, each counted. Preceptor's shadow roots are closed: it reaches the hosts only. */
const attacks = {
  /** a crafted "play the hint tour" button, clicked by script */
  craftedHint: (page: Page) =>
    page.evaluate(() => {
      const button = document.createElement('button');
      button.dataset.action = 'play-hint-tour';
      button.dataset.hintPack = 'demo-registration';
      button.dataset.hintTour = 'registration-basics';
      button.id = 'crafted-hint';
      button.textContent = 'Free prize';
      document.body.append(button);
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return 2;
    }),
  /** WXT's started-signal, forged with the id a page might have learned: it switched WXT's context off */
  killSwitch: (page: Page, extensionId: string) =>
    page.evaluate((id) => {
      const name = `${id}:player:wxt:content-script-started`;
      for (const contentScriptName of ['player', 'preceptor-authoring']) {
        const detail = { contentScriptName, messageId: 'hostile' };
        document.dispatchEvent(new CustomEvent(`${id}:${contentScriptName}:wxt:content-script-started`, { detail }));
        window.postMessage({ type: name, ...detail }, '*');
      }
      window.dispatchEvent(new Event(`${id}:player:wxt:locationchange`));
      return 5;
    }, extensionId),
  /**
   * Every Preceptor host it can find: the host itself clicked, a click dispatched where the host is
   * drawn, Enter and the card's keys; and every button inside, should a root be reachable after all.
   */
  pressOwnUi: (page: Page, host: string) =>
    page.evaluate((selector) => {
      let tries = 0;
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        const root = el.shadowRoot; // null: closed
        for (const button of root?.querySelectorAll('button') ?? []) {
          button.click();
          button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
          tries += 3;
        }
        el.click();
        const box = el.getBoundingClientRect();
        document.elementFromPoint(box.right - 30, box.bottom - 20)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        tries += 3;
        for (const key of ['ArrowRight', 'Escape']) {
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          root?.querySelector('.card')?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
          document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
          tries += root ? 3 : 2;
        }
      }
      return tries;
    }, host),
};

/** The learner presses Next, with real clicks, from the welcome step to the click step. */
async function nextToCreatePatient(player: TourPlayer): Promise<void> {
  for (const title of ['Search before you create', "Today's queue", 'Create a new patient']) {
    await player.button('Next').click();
    await expect.poll(() => player.title.text()).toBe(title);
  }
}

/**
 * What the extension's content-script world in `page` (the EMR page's renderer) gets from
 * chrome.storage, asked through the DevTools protocol: the keys it read, or why it was refused.
 */
async function contentWorldStorage(page: Page, extensionId: string): Promise<{ local: unknown; session: unknown; write: unknown }> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable'); // the contexts that exist already are reported before it returns
  const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin === `chrome-extension://${extensionId}`);
  expect(world, JSON.stringify(worlds)).toBeDefined();
  const evaluate = async (expression: string) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { contextId: world!.id, expression, awaitPromise: true, returnByValue: true });
    return exceptionDetails ? `threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}` : result.value;
  };
  const refusedOr = (call: string, then: string) => `${call}.then(${then}, (e) => "refused: " + e.message)`;
  const seen = {
    local: await evaluate(refusedOr('chrome.storage.local.get(null)', '(v) => Object.keys(v).sort()')),
    session: await evaluate(refusedOr('chrome.storage.session.get(null)', '(v) => Object.keys(v).sort()')),
    write: await evaluate(refusedOr(`chrome.storage.local.set({ sandboxOrigins: ["${HOSTILE_ORIGIN}"] })`, '() => "written"')),
  };
  await cdp.detach();
  return seen;
}

async function tourRuns(options: Page): Promise<Record<string, { stepIndex: number; status: string; tourId: string }>> {
  return options.evaluate(async () => ((await (globalThis as any).chrome.storage.local.get('tourRuns')).tourRuns ?? {}) as any);
}

test('a hostile page can neither start, drive nor switch off the player; the learner still can', async ({ context, extensionId, sandboxUrl }) => {
  await context.route(`${HOSTILE_ORIGIN}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>Prize</title><h1>You won</h1>' }),
  );
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'registrar', department: 'outpatient', language: 'en' });
  await popup.page.close();
  const options = await openExtensionPage(context, extensionId, 'options.html');
  let tried = 0;
  let succeeded = 0;
  const nothingMoved = async (what: string, expected: Record<string, unknown>) => {
    await new Promise((r) => setTimeout(r, 600));
    const runs = await tourRuns(options);
    const same = JSON.stringify(Object.values(runs).map((r) => [r.tourId, r.stepIndex, r.status])) === JSON.stringify(Object.values(expected));
    if (!same) succeeded++;
    expect(Object.values(runs).map((r) => [r.tourId, r.stepIndex, r.status]), what).toEqual(Object.values(expected));
  };

  // ---- a page no pack covers
  const hostile = await context.newPage();
  await listenForMessages(hostile);
  await hostile.goto(`${HOSTILE_ORIGIN}/prize`);
  tried += await attacks.craftedHint(hostile);
  tried += await attacks.killSwitch(hostile, extensionId);
  await hostile.locator('#crafted-hint').click(); // even the learner's own click there: the pack does not cover the page
  tried++;
  await nothingMoved('a page no pack covers starts no tour', {});
  await expect(hostile.locator('[data-preceptor-player]')).toHaveCount(0);
  await expect.poll(() => new Launcher(hostile).tour().count()).toBe(0);

  // ---- the registration page, which the demo pack covers
  const emr = await openSandbox(context, sandboxUrl, 'en', listenForMessages);
  const menu = new Launcher(emr);
  const launcher = menu.openButton;
  await expect.poll(() => launcher.isVisible()).toBe(true);
  tried += await attacks.pressOwnUi(emr, '[data-preceptor-launcher]'); // the launcher's menu button
  await expect.poll(() => menu.tour().count()).toBe(0); // the menu did not open
  await launcher.click(); // the learner opens the menu: now the script tries the tour button in it
  await expect.poll(() => menu.tour(TOUR).isVisible()).toBe(true);
  tried += await attacks.pressOwnUi(emr, '[data-preceptor-launcher]');
  tried += await attacks.craftedHint(emr);
  await nothingMoved('scripted clicks on the launcher and a crafted hint start no tour', {});
  tried += await attacks.killSwitch(emr, extensionId);

  // the learner starts the tour with a real click: the content script is alive after the kill switch
  await menu.tour(TOUR).click();
  const player = new TourPlayer(emr);
  await expect.poll(() => player.title.text()).toBe('Welcome to outpatient registration');
  const running = { tour: [TOUR, 0, 'running'] };
  await nothingMoved('the tour started by the learner', running);

  // the page's renderer (where the content script runs) can neither read nor write the extension's storage
  const started = Date.now();
  const reached = await contentWorldStorage(emr, extensionId);
  console.log(JSON.stringify({ contentWorldStorage: reached, ms: Date.now() - started }));
  const refused = expect.stringMatching(/^refused: /);
  expect(reached, "chrome.storage from the content script's world").toEqual({ local: refused, session: refused, write: refused });
  expect((await options.evaluate(() => (globalThis as any).chrome.storage.local.get('sandboxOrigins'))).sandboxOrigins ?? []).not.toContain(HOSTILE_ORIGIN);

  // the script presses Next, Close, the arrows and Esc on the card
  tried += await attacks.pressOwnUi(emr, '[data-preceptor-player]');
  await nothingMoved('scripted presses on the card change nothing', running);
  await expect.poll(() => player.title.text()).toBe('Welcome to outpatient registration');

  // the learner goes on to the click step with real clicks
  await nextToCreatePatient(player);
  // the script "clicks" the step's target (not bubbling, so the page's own app does not react)
  tried += await emr.evaluate(() => {
    const target = document.querySelector('[data-action="new-patient"]')!;
    target.dispatchEvent(new MouseEvent('click', { bubbles: false, composed: true }));
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: false, composed: true }));
    return 2;
  });
  await nothingMoved('a scripted click on the target does not move a click step on', { tour: [TOUR, 3, 'running'] });
  await expect.poll(() => player.title.text()).toBe('Create a new patient');
  await screenshot(emr, 'hostile-player-click-step-en');
  // the learner reads on in Chinese: the open card and the next one are drawn in zh-CN
  await options.evaluate(async () => {
    const storage = (globalThis as any).chrome.storage.local;
    const { learnerProfile } = await storage.get('learnerProfile');
    await storage.set({ learnerProfile: { ...learnerProfile, language: 'zh-CN' } });
  });
  await expect.poll(() => player.title.text()).toBe('新建患者'); // the open card redraws (the background tells the tab)
  await emr.locator('[data-action="new-patient"]').click(); // the learner's own click does
  await expect.poll(() => player.title.text()).toBe('核对证件号码');
  await screenshot(emr, 'hostile-player-next-step-zh-CN');

  // nothing the pages were posted carried the extension id; the page never saw it anywhere
  for (const page of [hostile, emr]) {
    const seen: string[] = await page.evaluate(() => (window as any).__seenMessages);
    const fromExtension = seen.filter((m) => !m.includes('"messageId":"hostile"')); // not the script's own forgeries
    expect(fromExtension.filter((m) => m.includes(extensionId)), `messages posted to ${page.url()}`).toEqual([]);
    expect(await page.evaluate((id) => document.documentElement.outerHTML.includes(id), extensionId)).toBe(false);
  }

  // the record: one launch and the learner's four steps, nothing else
  const { statements } = await exportProgress(context, extensionId);
  const tourStatements = statements.filter((s: any) => s.object.id.endsWith(`/tours/${TOUR}`));
  expect(tourStatements.map((s: any) => s.verb.id)).toEqual([VERB.launched, ...Array(4).fill(VERB.progressed)]);
  console.log(JSON.stringify({ hostilePlayer: { attacksTried: tried, attacksSucceeded: succeeded } }));
  test.info().annotations.push({ type: 'attacks', description: `${tried} tried, ${succeeded} succeeded` });
});

/**
 * Issue 12: the card's shadow root is closed. A page script finds Preceptor's hosts but not their
 * roots — not even by patching `attachShadow` before anything else runs (the content script's
 * isolated world has its own prototypes) — so it can neither read the step the learner is on nor
 * change the words the learner sees. Liveness: the learner reads the real step (through the
 * DevTools protocol, as a screen reader or the eye would) and finishes the tour with real clicks.
 */
test('a hostile page finds the hosts but not their closed roots: it cannot read or rewrite the card; the learner still reads and finishes the tour', async ({ context, extensionId, sandboxUrl }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'registrar', department: 'outpatient', language: 'en' });
  await popup.page.close();
  const emr = await openSandbox(context, sandboxUrl, 'en', (page) =>
    page.addInitScript(() => {
      const stolen: ShadowRoot[] = [];
      (window as any).__stolenRoots = stolen;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = attach.call(this, { ...init, mode: 'open' });
        stolen.push(root);
        return root;
      };
    }),
  );
  const menu = new Launcher(emr);
  await menu.openButton.click();
  await menu.tour(TOUR).click();
  const player = new TourPlayer(emr);
  const welcome = 'Welcome to outpatient registration';
  await expect.poll(() => player.title.text()).toBe(welcome);
  await expect.poll(() => player.card.text()).toContain('Step 1 of 5');

  /** everything a page script can learn about the card, by every way it has */
  const spy = () =>
    emr.evaluate((title) => {
      const hosts = [...document.querySelectorAll<HTMLElement>('[data-preceptor-player], [data-preceptor-launcher], [data-preceptor-tip]')];
      const stolen: ShadowRoot[] = (window as any).__stolenRoots;
      getSelection()!.selectAllChildren(document.body);
      const selected = getSelection()!.toString();
      getSelection()!.removeAllRanges();
      const found = (text: string) => text.includes(title);
      return {
        hosts: hosts.map((h) => [...h.attributes].map((a) => a.name).find((n) => n.startsWith('data-preceptor-'))),
        openRoots: hosts.filter((h) => h.shadowRoot !== null).length,
        stolenRoots: stolen.filter((root) => hosts.includes(root.host as HTMLElement)).length,
        readable: {
          innerText: found(document.body.innerText),
          textContent: found(document.documentElement.textContent ?? ''),
          outerHTML: found(document.documentElement.outerHTML),
          getHTML: found(document.body.getHTML({ serializableShadowRoots: true })),
          selection: found(selected),
          query: document.querySelectorAll('h2, [role="dialog"] h2, #pc-title').length > 0 && [...document.querySelectorAll('h2')].some((h) => found(h.textContent ?? '')),
          activeElement: found(document.activeElement?.textContent ?? ''),
        },
      };
    }, welcome);
  const seen = await spy();
  expect(seen.hosts).toEqual(expect.arrayContaining(['data-preceptor-player']));
  expect(seen.openRoots).toBe(0);
  expect(seen.stolenRoots).toBe(0);
  expect(seen.readable).toEqual({ innerText: false, textContent: false, outerHTML: false, getHTML: false, selection: false, query: false, activeElement: false });

  // the script tries to rewrite the step: into the root if it had one, over the host, a new root
  const attempts = await emr.evaluate(() => {
    const results: string[] = [];
    for (const host of document.querySelectorAll<HTMLElement>('[data-preceptor-player]')) {
      const title = host.shadowRoot?.querySelector('h2');
      if (title) title.textContent = 'Pwned: sign the order without checking';
      results.push(title ? 'rewrote the title' : 'no root');
      host.innerHTML = '<h2 id="fake-title">Pwned: sign the order without checking</h2>';
      try {
        host.attachShadow({ mode: 'open' }).innerHTML = '<h2>Pwned: sign the order without checking</h2>';
        results.push('replaced the root');
      } catch (error) {
        results.push((error as DOMException).name);
      }
    }
    return results;
  });
  expect(attempts).toEqual(['no root', 'NotSupportedError']);
  // what the learner sees is still the step: the text in the card, and nothing the page put in the host is drawn
  await expect.poll(() => player.title.text()).toBe(welcome);
  expect(await player.card.text()).not.toContain('Pwned');
  await expect(emr.locator('#fake-title')).toBeHidden();
  expect((await spy()).readable.innerText).toBe(false);

  // liveness: the learner goes on with real clicks and finishes the tour
  await nextToCreatePatient(player);
  await emr.locator('[data-action="new-patient"]').click();
  await expect.poll(() => player.title.text()).toBe('Check the ID number');
  await player.button('Finish').click();
  await expect.poll(() => player.title.text()).toContain('Tour complete');
  await screenshot(emr, 'hostile-closed-root-complete-en');
  const { statements } = await exportProgress(context, extensionId);
  const verbs = statements.filter((s: any) => s.object.id.endsWith(`/tours/${TOUR}`)).map((s: any) => s.verb.id);
  expect(verbs).toEqual([VERB.launched, ...Array(5).fill(VERB.progressed), VERB.completed]);
});
