import { test, expect } from '../fixtures/extension.ts';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { PopupPage, exportProgress, type UiLanguage } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';
import { expectNoLanguageLeaks } from '../fixtures/languageLeaks.ts';

// Mentors in the fixture pack: M0042 (code ward2468) and M0077 (code icu1357x), salted PBKDF2.
const WARD_PACK = new URL('../fixtures/packs/ward-orders.pack.json', import.meta.url);
// imported once per worker through the options page, then restored before the test (fixtures/extension.ts)
test.use({ importedPacks: [WARD_PACK] });

const TEXT = {
  'zh-CN': { wrong: '工号或导师口令不正确', left: (n: number) => `再错 ${n} 次`, locked: '已锁定 10 分钟' },
  en: { wrong: 'The staff number or mentor code is not right', left: (n: number) => `${n} more wrong attempt`, locked: 'locked for 10 minutes' },
} as const;

// Run in English; the lock, reopened, is read again in Chinese (learning.spec.ts signs off in Chinese).
for (const language of ['en'] as UiLanguage[]) {
  test(`mentor sign-off: a staff number off the list or another mentor's code is refused; the 6th wrong attempt locks for 10 minutes, said next to the code field (${language}, the lock also in zh-CN)`, async ({ context, extensionId }) => {
    const text = TEXT[language];
    const popup = await PopupPage.open(context, extensionId);
    await popup.page.setViewportSize({ width: 1366, height: 768 });
    await popup.saveProfile({ role: 'nurse', department: '心内一病区', language });
    const mentor = popup.page.locator('[data-checklist="ward-nurse"] li[data-item="mentor"]');
    await mentor.locator('[data-action="sign-off"]').click();
    const staff = mentor.locator('input[name="staffNumber"]');
    const code = mentor.locator('input[name="code"]');
    const submit = mentor.locator('button[type="submit"]');
    const status = mentor.locator('[data-region="sign-off-status"]');
    // the status is tied to the fields for screen readers and announced politely
    await expect(code).toHaveAttribute('aria-describedby', (await status.getAttribute('id'))!);
    await expect(staff).toHaveAttribute('aria-describedby', (await status.getAttribute('id'))!);
    await expect(status).toHaveAttribute('aria-live', 'polite');

    const attempt = async (staffNumber: string, typed: string) => {
      await staff.fill(staffNumber);
      await code.fill(typed);
      await submit.click();
      await expect(status).not.toContainText(/正在核对|Checking/);
    };
    // a right code under a staff number that is not on the list, and another mentor's code
    await attempt('ANYONE', 'ward2468');
    await expect(status).toContainText(text.wrong);
    await expect(status).toContainText(text.left(5));
    await expect(code).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toBeFocused(); // the refusal is said next to the field, and focus stays there
    await attempt('M0042', 'icu1357x');
    await expect(status).toContainText(text.left(4));
    for (let i = 0; i < 3; i++) await attempt('M0042', `guess${i}x`);
    await expect(status).toContainText(text.left(1));
    await expect(popup.page.getByRole('alert')).toHaveCount(0); // nothing at the top of the panel any more

    // the 6th wrong attempt locks
    await attempt('M0042', 'guess9x');
    await expect(status).toContainText(text.locked);
    await expect(status).toHaveAttribute('data-locked', 'true');
    await expect(status).toContainText(language === 'zh-CN' ? '约 10 分钟后' : 'in about 10 min');
    await expect(submit).toBeDisabled();
    await mentor.scrollIntoViewIfNeeded();
    await screenshot(popup.page, `popup-signoff-locked-${language}`);
    await expectNoSeriousA11yViolations(popup.page, '[aria-labelledby="checklist-h"]');
    await expectNoLanguageLeaks(popup.page, language);

    // the lock is kept in extension storage: a reopened popup shows it (here in Chinese), and even the right code waits
    await popup.page.reload();
    await popup.saveProfile({ role: 'nurse', department: '心内一病区', language: 'zh-CN' });
    await mentor.locator('[data-action="sign-off"]').click();
    await expect(status).toHaveAttribute('data-locked', 'true');
    await expect(status).toContainText(TEXT['zh-CN'].locked);
    await expect(status).toContainText('约 10 分钟后');
    await screenshot(popup.page, 'popup-signoff-locked-zh-CN');
    await staff.fill('M0042');
    await code.fill('ward2468');
    await expect(submit).toBeDisabled();
    // a message sent around the disabled button is refused by the background too
    const outcome = await popup.page.evaluate(
      async (message) => (await (globalThis as any).chrome.runtime.sendMessage(message)) as unknown,
      { id: 1, type: 'tickChecklistItem', data: { packId: 'ward-orders-test', checklistId: 'ward-nurse', itemId: 'mentor', mentor: { staffNumber: 'M0042', code: 'ward2468' } }, timestamp: Date.now() },
    );
    expect(JSON.stringify(outcome)).toContain('locked');
    await expect(mentor).toHaveAttribute('data-done', 'false');
    const exported = await exportProgress(context, extensionId);
    expect(exported.statements.some((s: any) => s.verb.id.endsWith('signed-off'))).toBe(false);
  });
}
