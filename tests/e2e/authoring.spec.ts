import { readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '../fixtures/extension.ts';
import { ADMISSION_URL, EMR_ORIGIN, serveAdmissionsEmr } from '../fixtures/authoringEmr.ts';
import { AuthoringPanel, openEditor, startAuthoring } from '../fixtures/authoringPages.ts';
import { SANDBOX_URL } from '../fixtures/extension.ts';
import { registrationMessages } from '../../sandbox/src/messages/registration.ts';
import { v2Messages } from '../../sandbox/src/messages/v2.ts';
import { importPackFile, Launcher, TourPlayer } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';

/**
 * The published pack travels from the mentor's browser to the learner's as a file, as in real life.
 * The first test writes it; the later ones (serial) read it. Outside test-results, which Playwright empties.
 */
const PUBLISHED = path.join(os.tmpdir(), 'preceptor-authoring-e2e', 'admission.pack.json');

test.describe.configure({ mode: 'serial' });

test('a mentor records a four-step tour across a page load, edits a step in both languages and publishes', async ({ context, extensionId }) => {
  await serveAdmissionsEmr(context);
  const emr = await context.newPage();
  await emr.goto(ADMISSION_URL);
  const panel = await startAuthoring(context, extensionId, emr);
  await expect.poll(() => panel.panel.text()).toContain('Preceptor 导览编写');

  // record: type a name, choose a ward, follow the link to the beds page (full load), confirm
  await panel.action('record').click();
  await expect.poll(() => panel.root.locator('.notice').text()).toContain('从不记录您输入的内容');
  await emr.locator('#adm-name').fill('张三丰');
  await emr.locator('#adm-ward').focus();
  await emr.locator('#adm-ward').selectOption('cardio');
  await expect.poll(() => panel.steps.count()).toBe(2);
  const wardBox = (await emr.locator('#adm-ward').boundingBox())!;
  await emr.locator('[data-nav="beds"]').click();
  await emr.waitForURL('**/adt/beds?patient=P000123');
  await expect.poll(() => panel.steps.count()).toBe(3); // the recording survived the page load
  await emr.locator('[data-action="confirm-admission"]').click();
  await expect(emr.locator('#bed-status')).toHaveText('已入院'); // the mentor's click reached the EMR
  await expect.poll(() => panel.steps.count()).toBe(4);
  await expect.poll(() => panel.steps.locator('[data-kind]').texts()).toEqual(['填写', '填写', '跳转', '点击']);
  await screenshot(emr, 'authoring-recorder-zh-CN');
  await panel.action('record').click();

  // trim and annotate: step 2 gets the mentor's own words in both languages
  await panel.step(1).locator('[data-action="edit-step"]').click();
  await panel.field('title-zh').fill('选择病区');
  await panel.field('title-en').fill('Choose the ward');
  await panel.field('body-zh').fill('请选择**心内一病区**。');
  await panel.field('body-en').fill('Choose **Cardiology ward 1**.');
  await panel.field('body-en').blur();
  await expect.poll(() => panel.root.locator('[data-region="markdown-preview"] strong').text()).toBe('心内一病区');
  await screenshot(emr, 'authoring-step-editor-zh-CN');
  await panel.action('done').click();
  await expect.poll(() => panel.step(1).locator('.title').text()).toBe('选择病区');

  // the editor shows the draft, validates it, and publishes 1.0.0
  const editor = await openEditor(context, extensionId);
  await expect(editor.locator('[data-region="validation"]')).toContainText('校验通过');
  await editor.locator('[data-tab="tours"]').click();
  const tourTitle = editor.locator('[data-field="tour-title-zh"]').first();
  await tourTitle.fill('');
  await expect(editor.locator('[data-region="validation"]')).toContainText('tours[0].title.zh-CN'); // validation as you type, by field path
  await tourTitle.fill('办理入院');
  await editor.locator('[data-field="tour-title-en"]').first().fill('Admit a patient');
  await expect(editor.locator('[data-region="validation"]')).toContainText('校验通过');
  // issue 17: beside its target, the step shows where it was on the page: a sketch, not a screenshot
  await editor.locator('[data-step] [data-action="toggle-step"]').nth(1).click();
  await expect(editor.locator('[data-region="target-sketch"]')).toHaveAttribute('aria-label', /^位置示意：.*下拉框“病区”$/);
  await editor.locator('[data-tab="publish"]').click();
  await editor.locator('[data-action="publish"]').click();
  await expect(editor.getByRole('status').filter({ hasText: '已发布 1.0.0' })).toBeVisible();
  const [download] = await Promise.all([editor.waitForEvent('download'), editor.locator('[data-action="export-published"]').click()]);
  const text = await readFile((await download.path())!, 'utf8');
  const pack = JSON.parse(text);
  expect(pack.version).toBe('1.0.0');
  expect(pack.tours[0].steps.map((s: any) => s.advance)).toEqual([
    { on: 'enter', rule: { kind: 'not-empty' } },
    { on: 'enter', rule: { kind: 'equals', value: 'cardio' } },
    { on: 'navigate', urlPattern: `${EMR_ORIGIN}/adt/beds?patient=*` },
    { on: 'click' },
  ]);
  expect(pack.tours[0].steps[1].title).toEqual({ 'zh-CN': '选择病区', en: 'Choose the ward' });
  // the recorded field's sketch: its box as the recorder measured it, numbers and kinds only
  const sketch = pack.tours[0].steps[1].target.sketch;
  expect(Math.abs(sketch.target.w - wardBox.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(sketch.target.h - wardBox.height)).toBeLessThanOrEqual(2);
  expect(Math.abs(sketch.target.x - wardBox.x)).toBeLessThanOrEqual(2);
  expect(JSON.stringify(sketch)).not.toMatch(/[\u4e00-\u9fff]|#|adm-/);
  // what the mentor typed and the patient id in the URL never reach the pack
  expect(text).not.toContain('张三丰');
  expect(text).not.toContain('P000123');
  await mkdir(path.dirname(PUBLISHED), { recursive: true });
  await writeFile(PUBLISHED, text);
});

test('a learner with a fresh profile imports the published pack and plays the tour to the end', async ({ context, extensionId }) => {
  await serveAdmissionsEmr(context);
  await importPackFile(context, extensionId, new URL(`file://${PUBLISHED}`));
  const emr = await context.newPage();
  await emr.goto(ADMISSION_URL);
  const launcher = new Launcher(emr);
  await launcher.openButton.click();
  await launcher.tour().first().click();
  const player = new TourPlayer(emr);
  await expect.poll(() => player.title.text()).toBe('填写“姓名”');
  await emr.locator('#adm-name').fill('李四');
  await expect.poll(() => player.title.text()).toBe('选择病区');
  await expect.poll(() => player.card.text()).toContain('心内一病区');
  await emr.locator('#adm-ward').focus(); // the learner is in the field (selectOption's events are untrusted)
  await emr.locator('#adm-ward').selectOption('cardio');
  await expect.poll(() => player.title.text()).toContain('床位分配');
  await emr.locator('[data-nav="beds"]').click();
  await emr.waitForURL('**/adt/beds?patient=P000123');
  await expect.poll(() => player.title.text()).toContain('确认入院');
  await emr.locator('[data-action="confirm-admission"]').click();
  await expect.poll(() => player.title.text()).toContain('导览已完成');
});

test('after the EMR upgrade the health check flags the broken step; a re-pick fixes it and 1.0.1 shows it retargeted', async ({ context, extensionId }) => {
  const emrSite = await serveAdmissionsEmr(context);
  // the mentor's browser has the pack as published (imported into the editor)
  const editor = await openEditor(context, extensionId);
  await editor.locator('[data-action="editor-import"]').setInputFiles(PUBLISHED);
  await expect(editor.locator('[data-region="validation"]')).toContainText('校验通过');

  emrSite.upgrade();
  const emr = await context.newPage();
  await emr.goto(`${EMR_ORIGIN}/adt/beds?patient=P000456`);
  await expect(emr.locator('header')).toContainText('升级版');
  const panel = await startAuthoring(context, extensionId, emr);
  await panel.action('check-page').click();
  const broken = panel.root.locator('li.step[data-step="step-4"]');
  await expect.poll(() => broken.locator('[data-health]').attr('data-health')).toMatch(/missing|ambiguous/);
  await expect.poll(() => panel.root.locator('[data-region="check-summary"]').text()).toMatch(/0 个找到/);
  await screenshot(emr, 'authoring-health-broken-zh-CN');

  // the editor's health view lists it too, with what to do
  await editor.bringToFront();
  await editor.locator('[data-tab="health"]').click();
  await expect(editor.locator('[data-region="health"] tr[data-step="step-4"]')).toHaveAttribute('data-status', /missing|ambiguous/);

  // re-pick in the page: the new button resolves uniquely, the click does not reach the EMR
  await emr.bringToFront();
  await broken.locator('[data-action="edit-step"]').click();
  await broken.locator('[data-action="repick"]').click();
  await emr.locator('[data-cmd="admit"]').hover();
  await expect.poll(() => panel.pickQuality.attr('data-status')).toBe('unique');
  await emr.locator('[data-cmd="admit"]').click();
  await expect(emr.locator('#bed-status')).toHaveText('');
  await expect.poll(() => broken.locator('[data-region="step-target"]').text()).toContain('data-cmd=admit');
  await expect.poll(() => broken.locator('[data-health]').attr('data-health')).toBe('found');
  await screenshot(emr, 'authoring-health-fixed-zh-CN');

  // the change view says what the reviewer approves, and the update is a patch
  await editor.bringToFront();
  await expect(editor.locator('[data-region="health"] tr[data-step="step-4"]')).toHaveAttribute('data-status', 'found');
  await editor.locator('[data-tab="changes"]').click();
  await expect(editor.locator('[data-region="changes"] tr[data-change="retargeted"]')).toHaveAttribute('data-ids', 'tour/step-4');
  await editor.locator('[data-tab="publish"]').click();
  await expect(editor.locator('input[name="bump"][value="patch"]')).toBeChecked();
  await expect(editor.locator('[data-action="publish"]')).toBeDisabled(); // not before a reviewer approves
  await editor.locator('[data-action="approve"]').check();
  await expect(editor.locator('[data-action="publish"]')).toHaveText('发布为 1.0.1');
  await editor.locator('[data-action="publish"]').click();
  await expect(editor.getByRole('status').filter({ hasText: '已发布 1.0.1' })).toBeVisible();
  await screenshot(editor, 'editor-published-zh-CN');

  // 升级演练: the demo pack, as a mentor records it on today's sandbox (each target with its zh-CN
  // label), rehearsed against the sandbox's vendor upgrade (?ui=v2)
  const labelKeys: Record<string, keyof typeof registrationMessages> = { 'patient-search': 'search.label', 'today-queue': 'queue.title', 'new-patient': 'search.newPatient', 'id-number': 'np.idNumber' };
  const demo = JSON.parse(await readFile(new URL('../../shared/packs/registration-demo.pack.json', import.meta.url), 'utf8'));
  for (const step of demo.tours[0].steps) if (step.target) step.target.accessibleName = registrationMessages[labelKeys[step.id]!][0];
  const demoFile = path.join(path.dirname(PUBLISHED), 'demo-registration.pack.json');
  await writeFile(demoFile, JSON.stringify(demo));
  await test.step('the rehearsal over sandbox v1 → v2 lists every changed step, old and new side by side', async () => {
    await editor.locator('[data-action="editor-import"]').setInputFiles(demoFile);
    await expect(editor.locator('.pack-title')).toContainText(demo.title['zh-CN']);
    await editor.locator('[data-tab="rehearsal"]').click();
    await editor.locator('[data-field="rehearsal-base"]').fill(`${SANDBOX_URL}/?ui=v2`);
    await editor.locator('[data-action="run-rehearsal"]').click();
    const report = editor.locator('[data-region="readiness-report"]');
    await expect(report).toHaveAttribute('data-version', '1.0.0');
    // what v2 changes: every element id is regenerated (sandbox/src/uiVersion.ts) and the labels in v2Messages are reworded
    for (const step of demo.tours[0].steps) {
      const row = report.locator(`[data-region="rehearsal-rows"] tr[data-step="${step.id}"]`);
      const key = labelKeys[step.id];
      if (!step.target) await expect(row).toHaveAttribute('data-status', 'no-target');
      else if (step.target.context?.ancestorRole === 'dialog') await expect(row).toHaveAttribute('data-status', 'dialog'); // closed on load: not checked
      else if (step.target.anchors.id || (key && key in v2Messages)) {
        await expect(row).toHaveAttribute('data-status', /^(changed|missing|ambiguous)$/); // listed, never "found"
        if ((await row.getAttribute('data-status')) === 'changed') {
          const card = report.locator(`[data-region="rehearsal-doubts"] li[data-step="${step.id}"]`);
          await expect(card.locator('.was .name')).toContainText(registrationMessages[key!][0]);
          await expect(card.locator('.now .name')).toContainText(v2Messages[key!]![0]);
          await card.locator('[data-action="confirm-match"]').click();
          await expect(card.locator('[data-action="confirm-match"]')).toHaveAttribute('aria-pressed', 'true');
        }
      } else await expect(row).toHaveAttribute('data-status', 'found');
    }
    await expect(report.locator('[data-region="rehearsal-doubts"] li[data-confirmed]')).not.toHaveCount(0);
    expect(context.pages().some((p) => p.url().includes('ui=v2'))).toBe(false); // the rehearsal's tab is closed
    await editor.setViewportSize({ width: 1366, height: 768 });
    await report.locator('[data-region="rehearsal-doubts"]').scrollIntoViewIfNeeded();
    await screenshot(editor, 'editor-rehearsal-report-zh');
    await expectNoSeriousA11yViolations(editor, '[data-region="rehearsal"]');
    const [csv] = await Promise.all([editor.waitForEvent('download'), report.locator('[data-action="export-readiness-csv"]').click()]);
    expect(csv.suggestedFilename()).toBe('demo-registration-1.0.0-readiness.csv');
  });

  await test.step('the "what changed" tour from the confirmed changes plays with the real player on v2', async () => {
    await editor.locator('[data-action="what-changed-tour"]').click();
    await expect(editor.locator('[data-region="rehearsal-status"]')).toContainText('新版本有哪些变化');
    await editor.locator('[data-action="language"]').selectOption('en');
    await expect(editor.locator('[data-region="readiness-report"] h3')).toHaveText('Readiness report');
    await screenshot(editor, 'editor-rehearsal-report-en');
    await editor.locator('[data-action="language"]').selectOption('zh-CN');
    await editor.locator('[data-tab="publish"]').click();
    await editor.locator('[data-action="approve"]').check();
    await editor.locator('[data-action="publish"]').click();
    await expect(editor.getByRole('status').filter({ hasText: /已发布 1\.\d+\.\d+/ })).toBeVisible();
    const sandbox = await context.newPage();
    await sandbox.goto(`${SANDBOX_URL}/registration?ui=v2`);
    const launcher = new Launcher(sandbox);
    await launcher.openButton.click();
    await launcher.tour('what-changed-1.0.0').click();
    const player = new TourPlayer(sandbox);
    await expect.poll(() => player.title.text()).toMatch(/^「.+」现在是「.+」$/);
    await expect.poll(() => player.card.text()).toContain('第 1/');
    await screenshot(sandbox, 'sandbox-what-changed-tour-zh');
  });
});

test('picker: live uniqueness, parent/child with the keys, open shadow roots and same-origin frames; its click never reaches the EMR', async ({ context, extensionId }) => {
  await serveAdmissionsEmr(context);
  const emr = await context.newPage();
  await emr.goto(ADMISSION_URL);
  const panel = await startAuthoring(context, extensionId, emr);
  await panel.action('pick').click();

  await emr.locator('#adm-name').hover();
  await expect.poll(() => panel.pickQuality.attr('data-status')).toBe('unique');
  // were the field removed, nothing else would be taken for it: the panel says so
  await expect.poll(() => panel.root.locator('[data-region="pick-stand-in"][data-none]').isVisible()).toBe(true);
  await expect.poll(() => panel.outline.isVisible()).toBe(true);
  await screenshot(emr, 'authoring-picker-zh-CN');

  // the pointer lands on a wrapper: ↓ walks to its child, ↑ back to the parent
  await emr.locator('.card-wrap').hover({ position: { x: 3, y: 3 } });
  await expect.poll(() => panel.root.locator('.crumbs [aria-current="true"]').text()).toBe('div.card-wrap');
  await emr.keyboard.press('ArrowDown');
  await expect.poll(() => panel.root.locator('.crumbs [aria-current="true"]').text()).toBe('span.inner');
  await emr.keyboard.press('ArrowDown');
  await expect.poll(() => panel.root.locator('.crumbs [aria-current="true"]').text()).toBe('button');
  await expect.poll(() => panel.pickQuality.attr('data-status')).toBe('unique');
  await emr.keyboard.press('ArrowUp');
  await expect.poll(() => panel.root.locator('.crumbs [aria-current="true"]').text()).toBe('span.inner');
  await panel.root.locator('.crumbs button', { hasText: /^button$/ }).click(); // the breadcrumb chooses too

  // inside an open shadow root and a same-origin iframe
  await emr.locator('#lab-widget [data-action="open-lab-report"]').hover();
  await expect.poll(() => panel.pickQuality.attr('data-status')).toBe('unique');
  await expect.poll(() => panel.root.locator('.picker .target').text()).toContain('open-lab-report');
  await emr.frameLocator('iframe[name="orders"]').locator('[data-action="new-order"]').hover();
  await expect.poll(() => panel.pickQuality.attr('data-status')).toBe('unique');
  const outline = (await panel.outline.boundingBox())!;
  const frameButton = (await emr.frameLocator('iframe[name="orders"]').locator('[data-action="new-order"]').boundingBox())!;
  expect(Math.abs(outline.x + 2 - frameButton.x)).toBeLessThan(4); // the outline sits on the element inside the frame

  // clicking captures; the EMR never sees the click
  await emr.frameLocator('iframe[name="orders"]').locator('[data-action="new-order"]').click();
  await expect(emr.frameLocator('iframe[name="orders"]').locator('#frame-status')).toHaveText('');
  await expect.poll(() => panel.steps.count()).toBe(1);
  await expect.poll(() => panel.root.locator('[data-region="step-target"]').text()).toContain('new-order');
  await expect.poll(() => panel.root.locator('[data-region="step-target"]').isVisible()).toBe(true);

  // Esc leaves the picker; the page works normally again
  await panel.action('pick').click();
  await emr.locator('#adm-name').hover();
  await emr.keyboard.press('Escape');
  await expect.poll(() => panel.root.locator('[data-region="picker"]').count()).toBe(0);
  await emr.locator('[data-action="save-draft"]').click();
  await expect(emr.locator('#draft-status')).toHaveText('已暂存');
});

test('preview from any step plays the draft with the real player, then returns to editing', async ({ context, extensionId }) => {
  await serveAdmissionsEmr(context);
  const editor = await openEditor(context, extensionId);
  await editor.locator('[data-action="editor-import"]').setInputFiles(PUBLISHED);
  const emr = await context.newPage();
  await emr.goto(ADMISSION_URL);
  const panel = await startAuthoring(context, extensionId, emr);
  await panel.step(1).locator('[data-action="preview-from"]').click();
  const player = new TourPlayer(emr);
  await expect.poll(() => player.title.text()).toBe('选择病区');
  await expect.poll(() => player.card.text()).toContain('第 1/3 步');
  await screenshot(emr, 'authoring-preview-zh-CN');
  await panel.action('stop-preview').click();
  await expect.poll(() => player.card.count()).toBe(0);
  await expect.poll(() => panel.panel.isVisible()).toBe(true);
});
