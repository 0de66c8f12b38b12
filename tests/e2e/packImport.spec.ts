import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, openExtensionPage } from '../fixtures/extension.ts';
import { expectNoLanguageLeaks } from '../fixtures/languageLeaks.ts';
import { screenshot } from '../pages/screenshots.ts';

const demoPack = JSON.parse(readFileSync(new URL('../../shared/packs/registration-demo.pack.json', import.meta.url), 'utf8'));

function packFile(name: string, content: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) };
}

test('a malformed pack is refused with the file name and field path, and installed packs stay intact', async ({ context, extensionId }, testInfo) => {
  const options = await openExtensionPage(context, extensionId, 'options.html');
  const installed = options.locator('table[data-table="installed-packs"] tbody tr');
  await expect(installed).toHaveCount(2); // the two bundled demo packs
  await expect(options.locator('tr[data-pack="demo-registration"]')).toContainText('1.0.0');

  const broken = structuredClone(demoPack);
  delete broken.tours[0].steps[2].body.en;
  broken.tours[0].steps[3].advance = { on: 'hover' };
  await options.locator('input[data-action="import-pack"]').setInputFiles(packFile('broken-pack.json', broken));
  const problems = options.locator('[data-region="import-problems"]');
  await expect(problems).toContainText('broken-pack.json');
  await expect(problems).toContainText('tours[0].steps[2].body.en');
  await expect(problems).toContainText('tours[0].steps[3].advance');
  // in the reader's words, not zod's: the field path in words, what is missing, the choices
  await expect(problems).toContainText('导览 1 › 步骤 3 › 正文 › 英文：缺少此项（应为文字）');
  await expect(problems).toContainText('“hover”不可用');
  await expect(problems).toContainText('发现 2 处问题');
  await expectNoLanguageLeaks(options, 'zh-CN');
  await screenshot(options, 'options-import-error-zh-CN');
  await expect(installed).toHaveCount(2); // the two bundled demo packs
  await expect(options.locator('tr[data-pack="demo-registration"]')).toContainText('1.0.0');

  await options.locator('input[data-action="import-pack"]').setInputFiles(packFile('truncated.json', JSON.stringify(demoPack).slice(0, 120)));
  await expect(problems).toContainText('truncated.json');
  await expect(problems).toContainText(/第 1 行第 121 列：不是有效的 JSON：文件在这里就结束了/);
  await expectNoLanguageLeaks(options, 'zh-CN');
  await expect(installed).toHaveCount(2); // the two bundled demo packs

  await test.step('a file over the size limit is refused at once, naming the limit; the picker stays usable', async () => {
    const picker = options.locator('input[data-action="import-pack"]');
    await expect(options.getByText('最大 32.0 MB')).toBeVisible(); // the limit is said before choosing
    const huge = testInfo.outputPath('huge.pack.json');
    writeFileSync(huge, Buffer.alloc(33 * 1024 * 1024, 0x20)); // blanks: nothing is read before the refusal
    const started = Date.now();
    await picker.setInputFiles(huge);
    const failure = options.locator('[data-region="import-failure"]');
    await expect(failure).toContainText('huge.pack.json 有 33.0 MB，超过内容包上限 32.0 MB，未导入');
    testInfo.annotations.push({ type: 'over-limit refusal (ms)', description: String(Date.now() - started) });
    await expect(picker).toBeEnabled();
    await expect(options.locator('[data-region="import-progress"]')).toHaveCount(0);
    await expect(installed).toHaveCount(2);
    await screenshot(options, 'options-import-too-large-zh-CN');
  });

  // a valid newer version replaces the old one; a second pack is added beside it
  await options.locator('input[data-action="import-pack"]').setInputFiles(packFile('demo-1.1.json', { ...demoPack, version: '1.1.0' }));
  await expect(options.getByText('demo-registration 1.1.0')).toBeVisible();
  await options.locator('input[data-action="import-pack"]').setInputFiles(packFile('ward.json', { ...demoPack, id: 'ward-nursing', title: { 'zh-CN': '病区护理', en: 'Ward nursing' } }));
  await expect(installed).toHaveCount(3);
  await expect(options.locator('tr[data-pack="demo-registration"]')).toContainText('1.1.0');
  await screenshot(options, 'options-zh-CN');
});
