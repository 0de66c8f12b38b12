import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { test, expect, openExtensionPage } from '../fixtures/extension.ts';
import { e2eTimeScale } from '../fixtures/timing.ts';
import { PopupPage } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';
import { basicAuth } from '../../shared/src/xapi/lrsForwarding.ts';
import { startLoopbackLrs, type LoopbackLrs } from '../../shared/test/trainer/loopbackLrs.ts';

/**
 * Issue 14: the learner's statements go from the real extension's service worker to a real LRS
 * (xapi-statements on loopback) once an LRS is set on the options page; a statement the LRS
 * refuses (409: other content under its id) is listed by id, status and message. The outbox's
 * failure cases are covered without a browser (shared/test/record/lrsOutbox.test.ts).
 */

let lrs: LoopbackLrs;
test.beforeAll(async () => {
  lrs = await startLoopbackLrs();
});
test.afterAll(async () => {
  await lrs?.stop();
});

const lrsHeaders = { Authorization: basicAuth('check', 'x'), 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' };
async function lrsIds(): Promise<string[]> {
  const response = await fetch(`${lrs.endpoint}statements?limit=100000`, { headers: lrsHeaders });
  return ((await response.json()) as { statements: { id: string }[] }).statements.map((s) => s.id);
}

test('the learner sets an LRS: the log reaches it, a refused record is listed, Send now', async ({ context, extensionId }) => {
  const wait = { timeout: 15_000 * e2eTimeScale() };
  const popup = await PopupPage.open(context, extensionId);
  await popup.saveProfile({ role: 'nurse', department: '心内科病房', language: 'zh-CN' });
  await popup.page.close();

  const options = await openExtensionPage(context, extensionId, 'options.html');
  await options.setViewportSize({ width: 1366, height: 768 });
  const panel = options.locator('[data-panel="hospital-lrs"]');

  await test.step('no LRS: the log stays local', async () => {
    await expect(panel.locator('[data-region="lrs-none"]')).toBeVisible(wait);
  });

  const logged = await test.step('set an LRS: the whole log is sent to it', async () => {
    await panel.locator('#lrs-endpoint').fill('lrs.hospital.local');
    await panel.locator('[data-action="lrs-save"]').click();
    await expect(panel.getByRole('alert')).toContainText('http');
    await panel.locator('#lrs-endpoint').fill(lrs.endpoint);
    await panel.locator('#lrs-username').fill('nurse-pc');
    await panel.locator('#lrs-password').fill('pa55-word');
    await panel.locator('[data-action="lrs-save"]').click();
    await expect(panel.locator('[data-field="endpoint"]')).toHaveText(lrs.endpoint, wait);
    await expect(panel.locator('[data-field="queued"]')).toHaveText('0', wait);
    const ids = await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('preceptor-progress');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const keys = db.transaction('statements').objectStore('statements').getAllKeys();
      return new Promise<string[]>((resolve) => (keys.onsuccess = () => resolve(keys.result as string[])));
    });
    expect(ids.length).toBeGreaterThan(0);
    await expect(panel.locator('[data-field="sent"]')).toHaveText(String(ids.length), wait);
    expect((await lrsIds()).filter((id) => ids.includes(id)).sort()).toEqual([...ids].sort());
    await expect(options.locator('body')).not.toContainText('pa55-word');
    return ids;
  });

  await test.step('a record the LRS holds other content for is listed by id, status and message; the rest still goes', async () => {
    // a record already in the log under an id the LRS holds with other content (as if another
    // device had sent it), queued as the outbox queues, then "Send now"
    const conflictId = crypto.randomUUID();
    const template = await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('preceptor-progress');
        open.onsuccess = () => resolve(open.result);
      });
      const all = db.transaction('statements').objectStore('statements').getAll();
      return new Promise<any>((resolve) => (all.onsuccess = () => resolve(all.result[0].statement)));
    });
    const other = { ...template, id: conflictId, verb: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { en: 'other' } } };
    expect((await fetch(`${lrs.endpoint}statements`, { method: 'POST', headers: lrsHeaders, body: JSON.stringify([other]) })).status).toBe(200);
    await options.evaluate(async ({ template, conflictId }) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('preceptor-progress');
        open.onsuccess = () => resolve(open.result);
      });
      const statement = { ...template, id: conflictId, timestamp: new Date().toISOString() };
      const tx = db.transaction(['statements', 'lrsOutbox'], 'readwrite');
      tx.objectStore('statements').add({ id: statement.id, timestamp: statement.timestamp, verbId: statement.verb.id, objectId: statement.object.id, registration: statement.context.registration, statement });
      tx.objectStore('lrsOutbox').add({ id: statement.id });
      await new Promise((resolve) => (tx.oncomplete = resolve));
    }, { template, conflictId });
    // a new record of the learner's own (the language changes) goes out by itself
    const again = await PopupPage.open(context, extensionId);
    await again.saveProfile({ role: 'nurse', department: '心内科病房', language: 'en' });
    await again.page.close();
    await panel.locator('[data-action="lrs-send-now"]').click();
    const problem = panel.locator(`[data-region="lrs-problems"] tr[data-problem="${conflictId}"]`);
    await expect(problem).toContainText('409', wait);
    await expect(panel.locator('[data-field="queued"]')).toHaveText('0', wait);
    await expect(panel.locator('[data-field="sent"]')).toHaveText(String(logged.length + 1), wait);
    await expect(panel.locator('[data-field="last-error"]')).toHaveText(/None/);
    await expect(panel.locator('[data-region="lrs-outcome"]')).toHaveText(/refused/);
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(options, 'options-hospital-lrs-en');
    await expectNoSeriousA11yViolations(options, '[data-panel="hospital-lrs"]');
    const zh = await PopupPage.open(context, extensionId);
    await zh.saveProfile({ role: 'nurse', department: '心内科病房', language: 'zh-CN' });
    await zh.page.close();
    await expect(panel.locator('h2')).toHaveText('医院学习记录库 (LRS)', wait);
    await expect(panel.locator('[data-region="lrs-outcome"]')).toContainText('被拒收');
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(panel.locator('[data-field="sent"]')).toHaveText(String(logged.length + 2), wait);
    await screenshot(options, 'options-hospital-lrs-zh');
  });
});
