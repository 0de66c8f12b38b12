import { test, expect, openExtensionPage } from '../fixtures/extension.ts';
import { auditsInLanguage, expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { expectNoLanguageLeaks } from '../fixtures/languageLeaks.ts';
import { evaluateInClosedRoots } from '../fixtures/closedShadow.ts';
import { PopupPage, TourPlayer, openSandbox } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';

for (const language of ['zh-CN', 'en'] as const) {
  test(`axe finds no serious or critical violations on the registration page and popup (zh-CN) or options and player (en); no language leaks (${language})`, async ({ context, extensionId, sandboxUrl }) => {
    const emr = await openSandbox(context, sandboxUrl, language);
    // each surface is audited in one of the two languages (fixtures/axe.ts auditsInLanguage: the
    // typed dictionaries keep structure and names alike); words are checked in both (language leaks)
    if (auditsInLanguage(0, language)) await expectNoSeriousA11yViolations(emr);
    await screenshot(emr, `registration-${language}`);

    const popup = await PopupPage.open(context, extensionId);
    await popup.saveProfile({ role: 'registrar', department: '门诊部', language });
    await expect(popup.tour('registration-basics')).toBeVisible();
    if (auditsInLanguage(2, language)) await expectNoSeriousA11yViolations(popup.page);
    await expectNoLanguageLeaks(popup.page, language);

    const options = await openExtensionPage(context, extensionId, 'options.html');
    await expect(options.locator('tr[data-pack="demo-registration"]')).toBeVisible();
    if (auditsInLanguage(1, language)) await expectNoSeriousA11yViolations(options);
    await expectNoLanguageLeaks(options, language);
    await screenshot(options, `options-${language}`);

    await popup.page.bringToFront();
    await popup.tour('registration-basics').getByRole('button').first().click();
    await emr.bringToFront();
    const player = new TourPlayer(emr);
    await expect.poll(() => player.card.isVisible()).toBe(true);
    // The card's root is closed: axe checks an open copy of it (fixtures/axe.ts). The copy is
    // faithful: take the name off the real card's close button and the check must fail.
    if (auditsInLanguage(3, language)) await expectNoSeriousA11yViolations(emr, '[data-preceptor-player]');
    if (language === 'en') {
      await evaluateInClosedRoots(emr, '[data-preceptor-player]', (_: null, root) => {
        const close = root!.querySelector('button.close')!;
        close.removeAttribute('aria-label');
        close.removeAttribute('title');
        close.textContent = '';
      }, null);
      await expect(expectNoSeriousA11yViolations(emr, '[data-preceptor-player]')).rejects.toThrow(/button-name/);
    }
  });
}
