// The "upgraded version" switch and Reset.

import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { screenshot } from '../pages/screenshots.ts';
import { SANDBOX_URL } from '../fixtures/extension.ts';

const BASE = SANDBOX_URL;

test('?ui=v2 renders the vendor upgrade: new ids, wrappers, moved sections, reworded labels; the flag sticks', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('preceptor.sandbox.lang', 'zh-CN'));
  await page.goto(`${BASE}/registration?ui=v2`);
  await expect(page.locator('.his-app')).toHaveAttribute('data-ui-version', 'v2');
  // the old id is gone; the name survives under a new id and a reworded label
  await expect(page.locator('#patient-query')).toHaveCount(0);
  const query = page.locator('input[name="patientQuery"]');
  await expect(query).toHaveAttribute('id', 'txtPatKeyword');
  await expect(page.getByLabel('患者查询')).toBeVisible();
  // today's queue moved above the desk, inside a new wrapper, with new classes
  const queue = page.locator('.v2-region--queue > section[data-panel="today-queue"].v2-card');
  await expect(queue).toBeVisible();
  expect(await page.evaluate(() => {
    const q = document.querySelector('section[data-panel="today-queue"]')!;
    const input = document.querySelector('input[name="patientQuery"]')!;
    return Boolean(q.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING);
  })).toBe(true);
  await expect(page.locator('button[data-action="new-patient"]')).toContainText('建档');
  await page.locator('button[data-action="new-patient"]').click();
  await expect(page.locator('#new-patient-id-number')).toHaveCount(0);
  await expect(page.locator('[role="dialog"] input[name="idNumber"]')).toHaveAttribute('id', 'np_cert_no');
  await page.keyboard.press('Escape');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'sandbox-registration-v2-zh-CN');

  // moving to another module keeps the upgraded UI
  await page.locator('nav a[href="/physician"]').click();
  await expect(page).toHaveURL(/\/physician\?ui=v2$/);
  await expect(page.locator('.his-app')).toHaveAttribute('data-ui-version', 'v2');
  await expect(page.locator('section.v2-card[data-panel="patient-list"]')).toBeVisible();
  await page.locator('tr[data-patient-id] button[data-action="open-patient"]').first().click();
  await expect(page.locator('[data-tab="note"]')).toHaveText('电子病历');
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, 'sandbox-physician-v2-zh-CN');

  // ui=v1 switches back
  await page.goto(`${BASE}/registration?ui=v1`);
  await expect(page.locator('#patient-query[name="patientQuery"]')).toBeVisible();
  await expect(page.locator('.his-app')).toHaveAttribute('data-ui-version', 'v1');
});

test('Reset returns every module to the seeded state and abandons a running scenario', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('preceptor.sandbox.lang', 'en'));
  await page.goto(`${BASE}/it`);
  const state = () => page.evaluate(() => JSON.parse(localStorage.getItem('preceptor.sandbox.state.v1')!));
  const seeded = await state();
  expect(seeded.patients).toHaveLength(60);

  // change several modules: an account, a prescription, a registration's patient index
  await page.locator('tr[data-user-id="d2002"] button[data-action="disable-user"]').click();
  await expect(page.locator('tr[data-user-id="d2002"]')).toHaveAttribute('data-status', 'disabled');
  await page.goto(`${BASE}/pharmacy`);
  await page.locator('button[data-action="approve-prescription"]').click();
  const changed = await state();
  expect(changed.users.find((u: { userId: string }) => u.userId === 'd2002').status).toBe('disabled');
  expect(changed.prescriptions.filter((p: { status: string }) => p.status === 'pending-review').length).toBe(seeded.prescriptions.filter((p: { status: string }) => p.status === 'pending-review').length - 1);

  // a scenario is running when Reset is pressed
  await page.goto(`${BASE}/scenarios`);
  await page.locator('li[data-scenario="it-access-leaver-joiner"] button[data-action="start-practice"]').click();
  await page.locator('button[data-action="confirm-start-scenario"]').click();
  await expect(page.locator('[data-panel="scenario-bar"]')).toBeVisible();

  await page.locator('button[data-action="reset-sandbox"]').click();
  await page.locator('button[data-action="confirm-reset"]').click();
  await expect(page.locator('[data-panel="scenario-bar"]')).toHaveCount(0);
  const reset = await state();
  expect(reset.users.find((u: { userId: string }) => u.userId === 'd2002').status).toBe('active');
  expect(reset.users.some((u: { userId: string }) => u.userId === 'd2091')).toBe(false);
  expect(reset.patients.map((p: { name: string; idNumber: string; phone: string }) => [p.name, p.idNumber, p.phone])).toEqual(
    seeded.patients.map((p: { name: string; idNumber: string; phone: string }) => [p.name, p.idNumber, p.phone]),
  );
  expect(reset.prescriptions.map((p: { status: string }) => p.status)).toEqual(seeded.prescriptions.map((p: { status: string }) => p.status));
  expect(await page.evaluate(() => localStorage.getItem('preceptor.sandbox.attempt.v1'))).toBeNull();
});
