import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { SCORM12_SCHEMA_FILES, manifestFileHrefs } from '../../shared/src/lms/scorm12Manifest.ts';
import { test, expect, SANDBOX_URL } from '../fixtures/extension.ts';
import { ADMISSION_URL, EMR_ORIGIN, serveAdmissionsEmr } from '../fixtures/authoringEmr.ts';
import { AuthoringPanel, openEditor, startAuthoring } from '../fixtures/authoringPages.ts';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { screenshot } from '../pages/screenshots.ts';
import { expectNoLanguageLeaks } from '../fixtures/languageLeaks.ts';

/** Inputs in the editor carry the field path of the value they edit (the same path validation names). */
const at = (page: Page, path: string) => page.locator(`[data-path="${path}"]`);

async function fillText(page: Page, path: string, zh: string, en: string) {
  await at(page, `${path}.zh-CN`).fill(zh);
  await at(page, `${path}.en`).fill(en);
}

test('editor: every kind of content, validated as typed, an on-screen question picked on the EMR, accessible in both languages', async ({ context, extensionId }) => {
  test.setTimeout(3 * test.info().timeout); // 90 s at time scale 1, scaled like every other timeout
  await serveAdmissionsEmr(context);
  const emr = await context.newPage();
  await emr.goto(ADMISSION_URL);
  const panel = await startAuthoring(context, extensionId, emr); // creates a draft pack for emr.test with an empty tour
  const editor = await openEditor(context, extensionId);
  const validation = editor.locator('[data-region="validation"]');
  await expect(validation).toContainText('处问题需要修正');
  await validation.locator('summary').click();
  await expect(validation).toContainText('tours[0].steps');

  // a tour step, written by hand
  await editor.locator('[data-tab="tours"]').click();
  await editor.getByRole('button', { name: '+ 添加步骤' }).click();
  await expect(validation).toContainText('tours[0].steps[0].title.zh-CN');
  await expect(at(editor, 'tours[0].steps[0].title.zh-CN')).toHaveAttribute('aria-invalid', 'true');
  await fillText(editor, 'tours[0].steps[0].title', '欢迎', 'Welcome');
  await fillText(editor, 'tours[0].steps[0].body', '本导览介绍**入院登记**。\n\n- 姓名\n- 病区', 'This tour shows **admission**.');
  await expect(editor.locator('.md-preview strong')).toHaveText('入院登记');
  await expect(editor.locator('.md-preview li')).toHaveText(['姓名', '病区']);
  await expect(validation).toContainText('校验通过');

  // a quiz with every question type
  await editor.locator('[data-tab="quizzes"]').click();
  await editor.locator('[data-action="add-quiz"]').click();
  await fillText(editor, 'quizzes[0].title', '入院测验', 'Admission quiz');
  const q = (i: number) => `quizzes[0].questions[${i}]`;
  const types = ['true-false', 'single-choice', 'multiple-choice', 'ordering', 'fill-in', 'on-screen'];
  for (let i = 0; i < types.length; i++) {
    if (i > 0) await editor.locator('[data-action="add-question"]').click();
    await at(editor, `${q(i)}.type`).selectOption(types[i]!);
    await fillText(editor, `${q(i)}.prompt`, `题目${i + 1}`, `Question ${i + 1}`);
  }
  for (const i of [1, 2, 3]) {
    const list = i === 3 ? 'items' : 'options';
    await fillText(editor, `${q(i)}.${list}[0].text`, '甲', 'A');
    await fillText(editor, `${q(i)}.${list}[1].text`, '乙', 'B');
  }
  await at(editor, `${q(4)}.accepted`).fill('心内一病区\n心内科');
  await expect(validation).toContainText(`${q(5)}.target`); // the on-screen question has no element yet

  // on-screen: picked with the picker on the EMR page
  await editor.locator(`[data-path="${q(5)}.target"] ~ [data-action="pick-on-page"]`).click();
  await expect(editor.getByRole('status').filter({ hasText: '已切换到 EMR 标签页' })).toBeVisible();
  await expect.poll(() => panel.root.locator('[data-region="picker"]').isVisible()).toBe(true);
  await emr.locator('#adm-ward').hover();
  await expect.poll(() => panel.pickQuality.attr('data-status')).toBe('unique');
  await emr.locator('#adm-ward').click();
  await expect.poll(() => panel.root.locator('[data-region="picker"]').count()).toBe(0);
  await expect(at(editor, `${q(5)}.target`)).toContainText('下拉框“病区”'); // its kind and label, not CSS
  await expect(at(editor, `${q(5)}.page`)).toHaveValue(`${EMR_ORIGIN}/adt/admission*`);

  // a checklist for nurses: tour, quiz, scenario; a sign-off needs mentor codes
  await editor.locator('[data-tab="checklists"]').click();
  await editor.locator('[data-action="add-checklist"]').click();
  await fillText(editor, 'checklists[0].title', '护士上线清单', 'Nurse go-live checklist');
  for (let i = 0; i < 4; i++) await editor.getByRole('button', { name: '+ 添加项目' }).click();
  await at(editor, 'checklists[0].items[0].kind').selectOption('tour');
  await at(editor, 'checklists[0].items[1].kind').selectOption('quiz');
  await at(editor, 'checklists[0].items[2].kind').selectOption('scenario');
  await at(editor, 'checklists[0].items[2].scenarioId').fill('admission-drill');
  await fillText(editor, 'checklists[0].items[2].title', '入院演练', 'Admission drill');
  await fillText(editor, 'checklists[0].items[3].title', '导师确认', 'Mentor confirms');
  await expect(validation).toContainText('清单 1：导师确认项需要导师名单'); // in Chinese, not the schema's field name
  await editor.locator('[data-tab="overview"]').click();
  const mentors = editor.locator('[data-region="mentor-list"]');
  await mentors.getByLabel('导师工号').fill('M0042');
  await mentors.getByLabel('导师岗位').selectOption('nurse');
  await mentors.getByLabel('签核口令').fill('2024');
  await expect(mentors.locator('[data-region="mentor-code-hint"]')).toHaveText('口令至少 6 位。');
  await expect(mentors.getByRole('button', { name: '添加导师 / 设置口令' })).toBeDisabled();
  await mentors.getByLabel('签核口令').fill('mentor2024');
  await mentors.getByRole('button', { name: '添加导师 / 设置口令' }).click();
  await expect(mentors.locator('[data-region="mentor-code-hint"]')).toHaveText('已为 M0042 设置口令。');
  await expect(mentors.getByText('已有 1 位导师')).toBeVisible();
  await expect(mentors.locator('li[data-mentor="M0042"]')).toContainText('nurse');

  // a field tip, its target picked on the page too
  await editor.locator('[data-tab="tips"]').click();
  await editor.locator('[data-action="add-tip"]').click();
  await fillText(editor, 'tips[0].body', '填写患者**身份证上的姓名**。', 'The name **as on the ID card**.');
  await editor.locator('[data-path="tips[0].target"] ~ [data-action="pick-on-page"]').click();
  await expect.poll(() => panel.root.locator('[data-region="picker"]').isVisible()).toBe(true);
  await emr.locator('#adm-name').hover();
  await expect.poll(() => panel.pickQuality.attr('data-status')).toBe('unique');
  await emr.locator('#adm-name').click();
  await expect(at(editor, 'tips[0].target')).toContainText('输入框“姓名”');
  await expect(validation).toContainText('校验通过');

  // screenshots and accessibility, in both languages
  await editor.bringToFront();
  await editor.locator('[data-tab="tours"]').click();
  await screenshot(editor, 'editor-tours-zh-CN');
  await expectNoSeriousA11yViolations(editor);
  await editor.locator('[data-tab="quizzes"]').click();
  await screenshot(editor, 'editor-quizzes-zh-CN');
  await expectNoSeriousA11yViolations(editor);
  await editor.locator('[data-action="language"]').selectOption('en');
  await expect(editor.locator('h1')).toHaveText('Preceptor content editor');
  await screenshot(editor, 'editor-quizzes-en');
  await expectNoLanguageLeaks(editor, 'en');
  await editor.locator('[data-tab="checklists"]').click();
  await expectNoSeriousA11yViolations(editor);
  await editor.locator('[data-tab="tours"]').click();
  await screenshot(editor, 'editor-tours-en');
  await expectNoLanguageLeaks(editor, 'en');
  await editor.locator('[data-tab="publish"]').click();
  await editor.locator('[data-action="publish"]').click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published 1.0.0' })).toBeVisible();
  await expectNoSeriousA11yViolations(editor);
  const [download] = await Promise.all([editor.waitForEvent('download'), editor.locator('[data-action="export-published"]').click()]);
  const pack = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(pack.quizzes[0].questions.map((x: any) => x.type)).toEqual(types);
  expect(pack.quizzes[0].questions[5]).toMatchObject({ target: { tag: 'select', anchors: { id: 'adm-ward' } }, page: `${EMR_ORIGIN}/adt/admission*` });
  expect(pack.checklists[0].items.map((x: any) => x.kind)).toEqual(['tour', 'quiz', 'scenario', 'sign-off']);
  expect(pack.mentorCodeHashes).toBeUndefined();
  expect(pack.mentorSignOff).toMatchObject({ kdf: 'PBKDF2-SHA-256', iterations: 1000000, mentors: [{ staffNumber: 'M0042', role: 'nurse' }] });
  expect(pack.mentorSignOff.salt).toMatch(/^[0-9a-f]{32}$/);
  expect(pack.mentorSignOff.mentors[0].codeHash).toMatch(/^[0-9a-f]{64}$/);
  expect(JSON.stringify(pack)).not.toContain('mentor2024');

  // the in-page panel in English, and accessible
  await emr.bringToFront();
  await new AuthoringPanel(emr).action('pick').click();
  await emr.locator('[data-action="save-draft"]').hover();
  await expect.poll(() => panel.panel.text()).toContain('Unique match');
  await screenshot(emr, 'authoring-picker-en');
  await emr.keyboard.press('Escape');
  // Record is disabled while picking, and recording starts once the background has answered:
  // the EMR click comes only after both (a click before them was not recorded, seen in CI)
  await expect.poll(() => panel.action('record').attr('disabled')).toBeNull();
  await panel.action('record').click();
  await expect.poll(() => panel.action('record').attr('aria-pressed')).toBe('true');
  await emr.locator('[data-action="save-draft"]').click();
  await expect.poll(() => panel.steps.count()).toBe(2);
  await screenshot(emr, 'authoring-recorder-en');
  await panel.action('record').click();
  await panel.step(0).locator('[data-action="edit-step"]').click();
  await screenshot(emr, 'authoring-step-editor-en');
  await expectNoSeriousA11yViolations(emr, '[data-preceptor-authoring]');

  await test.step('the 操作手册 printed from the tour: its steps in order, each element by its label, in the language chosen', async () => {
    await editor.bringToFront();
    await editor.locator('[data-tab="tours"]').click();
    await editor.locator('[data-action="print-manual"]').click();
    const dialog = editor.locator('[data-region="print-manual"]');
    await dialog.locator('[data-field="print-language"]').selectOption('zh-CN'); // the editor is in English now
    const [manual] = await Promise.all([context.waitForEvent('page'), dialog.locator('[data-action="open-manual"]').click()]);
    const steps = manual.locator('.manual-step');
    await expect(steps.locator('h3')).toHaveText(['第 1 步 欢迎', /^第 2 步 /]);
    await expect(steps.nth(0).locator('[data-field="element"]')).toHaveText('（无需指向元素）');
    await expect(steps.nth(1).locator('[data-field="element"]')).toContainText('按钮“暂存”');
    await expect(manual.locator('.manual-toc li')).toHaveCount(1);
    await expect(manual.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await manual.close();
  });

  await test.step('LMS course package: one scenario as SCORM 1.2 from the e2e sandbox server\'s kit; the zip holds exactly its manifest\'s files', async () => {
    const origin = new URL(SANDBOX_URL).origin;
    // the training sandbox the editor fetches the kit from (the options page's list, written directly)
    await editor.evaluate((o) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ trainingSandboxOrigins: [o] }), origin);
    await editor.locator('[data-tab="lms"]').click();
    const lms = editor.locator('[data-region="lms-package"]');
    await expect(lms.locator('[data-field="lms-sandbox-origin"]')).toHaveValue(origin);
    await lms.locator('[data-action="lms-fetch-kit"]').click();
    await expect(lms.locator('[data-region="lms-kit-loaded"]')).toContainText(`${origin}/preceptor-lms-kit.zip`);
    const scenarioId = 'nurse-critical-potassium';
    await lms.locator(`[data-scenario="${scenarioId}"]`).check();
    await lms.locator('[data-format="scorm12"]').check();
    await lms.locator('[data-action="lms-build"]').click();
    const link = lms.locator('[data-region="lms-packages"] [data-action="lms-download"]');
    await expect(link).toHaveText('Download preceptor-scorm12.zip');
    await expect(lms.locator('[data-region="lms-packages"] li')).toContainText('1 item');
    const [download] = await Promise.all([editor.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('preceptor-scorm12.zip');
    const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
    const manifest = strFromU8(zip['imsmanifest.xml']!);
    expect(manifest.match(/<item /g)).toHaveLength(1);
    expect(manifest).toContain(`sandbox/lms.html?scenario=${scenarioId}`);
    expect(Object.keys(zip).sort()).toEqual(['imsmanifest.xml', ...SCORM12_SCHEMA_FILES, ...manifestFileHrefs(manifest)].sort());
  });
});
