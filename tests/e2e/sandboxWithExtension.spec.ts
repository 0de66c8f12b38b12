import { test, expect } from '../fixtures/extension.ts';
import { PopupPage, TourPlayer, exportProgress, setSandboxOrigins } from '../pages/extensionPages.ts';

test('on the sandbox, a scenario\'s hint tour plays in the extension and its results land in the learner\'s export', async ({ context, extensionId, sandboxUrl }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'pharmacist', department: '药学部', language: 'zh-CN' });
  // the sandbox under test is the hospital's training sandbox (its port may differ from the default)
  await (await setSandboxOrigins(context, extensionId, [new URL(sandboxUrl).origin])).close();
  const sandbox = await context.newPage();
  await sandbox.goto(`${sandboxUrl}/scenarios`);
  await sandbox.locator('li[data-scenario="pharm-warfarin-nsaid"] [data-action="start-practice"]').click();
  await sandbox.locator('button[data-action="confirm-start-scenario"]').click();
  // practice mode: the hint tour from the bundled drills pack, started by the learner's own click
  await sandbox.locator('button[data-action="show-hint"]').click();
  await sandbox.locator('[data-action="play-hint-tour"]').click();
  await expect.poll(() => new TourPlayer(sandbox).card.isVisible()).toBe(true);

  // submitted (nothing done: failed), the sandbox relays the attempt's result; the extension's
  // own statements for it are in the learner's export, as this learner
  await sandbox.keyboard.press('Escape');
  await sandbox.locator('button[data-action="submit-scenario"]').click();
  await sandbox.locator('button[data-action="confirm-submit-scenario"]').click();
  await expect
    .poll(async () => {
      const { statements } = await exportProgress(context, extensionId);
      return statements.filter((s: any) => s.object.id.endsWith('/scenarios/pharm-warfarin-nsaid')).map((s: any) => s.verb.id.split('/').pop());
    })
    .toEqual(['attempted', 'completed', 'failed']);
  const { statements } = await exportProgress(context, extensionId);
  const relayed = statements.find((s: any) => s.object.id.endsWith('/scenarios/pharm-warfarin-nsaid'))!;
  const profile = statements.find((s: any) => s.verb.id.endsWith('updated-profile'))!;
  expect(relayed.actor).toEqual(profile.actor);
  expect(relayed.context.extensions['https://preceptor.dev/xapi/extensions/role']).toBe('pharmacist'); // the profile's role
});
