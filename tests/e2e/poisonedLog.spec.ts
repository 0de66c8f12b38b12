import { test, expect, openExtensionPage } from '../fixtures/extension.ts';
import { PopupPage, exportProgress } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';

/**
 * Issue 12: records already in the learner's log that the trainer's import would refuse (left by
 * an older version or a page that forged them) must not block every later export. They are
 * left out and counted on the options page; everything else still exports and verifies.
 */
test('a log holding refused records still exports every good record, and says how many it left out', async ({ context, extensionId }) => {
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'nurse', department: '心内科病房', language: 'en' });
  await popup.page.close();

  const options = await openExtensionPage(context, extensionId, 'options.html');
  // Write straight into the extension's own progress DB, as an older version could have.
  const injected = await options.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('preceptor-progress');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = <T,>(request: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));
    const rows = await read(db.transaction('statements').objectStore('statements').getAll());
    const template = rows[0].statement;
    const poisons = [
      { ...template, id: crypto.randomUUID(), object: { ...template.object, definition: { name: { en: 'x'.repeat(4001) } } } },
      { ...template, id: crypto.randomUUID(), verb: { id: 'passed' } },
      { ...template, id: crypto.randomUUID(), context: { ...template.context, extensions: { 'https://evil.example/flood': 'y'.repeat(20_000) } } },
    ];
    const store = db.transaction('statements', 'readwrite').objectStore('statements');
    for (const statement of poisons) {
      await read(store.add({ id: statement.id, timestamp: statement.timestamp, verbId: statement.verb.id, objectId: statement.object.id, registration: statement.context.registration, statement }));
    }
    return { good: rows.map((row: { id: string }) => row.id), poisons: poisons.map((p) => p.id) };
  });
  expect(injected.good.length).toBeGreaterThan(0);
  await options.close();

  const { statements } = await exportProgress(context, extensionId);
  // liveness: every good record arrives; safety: none of the refused ones
  expect(statements.map((s) => s.id).sort()).toEqual([...injected.good].sort());

  const again = await openExtensionPage(context, extensionId, 'options.html');
  await again.setViewportSize({ width: 1366, height: 768 });
  const [download] = await Promise.all([again.waitForEvent('download'), again.locator('[data-action="export-progress"]').click()]);
  expect(download.suggestedFilename()).toMatch(/\.zip$/);
  await expect(again.locator('[data-region="export-skipped"]')).toContainText('3');
  await again.locator('[data-region="export-skipped"]').scrollIntoViewIfNeeded();
  await screenshot(again, 'options-export-skipped-en');
});
