import { test, expect, openExtensionPage } from '../fixtures/extension.ts';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { PopupPage, TourPlayer, openSandbox } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';

for (const language of ['zh-CN', 'en'] as const) {
  test(`axe finds no serious or critical violations on popup, options, registration page and player (${language})`, async ({ context, extensionId, sandboxUrl }) => {
    const emr = await openSandbox(context, sandboxUrl, language);
    await expectNoSeriousA11yViolations(emr);
    await screenshot(emr, `registration-${language}`);

    const popup = await PopupPage.open(context, extensionId);
    await popup.saveProfile({ role: 'registrar', department: '门诊部', language });
    await expect(popup.tour('registration-basics')).toBeVisible();
    await expectNoSeriousA11yViolations(popup.page);

    const options = await openExtensionPage(context, extensionId, 'options.html');
    await expect(options.locator('tr[data-pack="demo-registration"]')).toBeVisible();
    await expectNoSeriousA11yViolations(options);
    await screenshot(options, `options-${language}`);

    await popup.page.bringToFront();
    await popup.tour('registration-basics').getByRole('button').first().click();
    await emr.bringToFront();
    const player = new TourPlayer(emr);
    await expect(player.card).toBeVisible();
    await expectNoSeriousA11yViolations(emr, '[data-preceptor-player]');
  });
}
