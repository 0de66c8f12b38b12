import { readFileSync } from 'node:fs';
import { test, expect, openExtensionPage } from '../fixtures/extension.ts';
import { screenshot } from '../pages/screenshots.ts';

const demoPack = JSON.parse(readFileSync(new URL('../../shared/packs/registration-demo.pack.json', import.meta.url), 'utf8'));

function packFile(name: string, content: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content)) };
}

test('a malformed pack is refused with the file name and field path, and installed packs stay intact', async ({ context, extensionId }) => {
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
  await screenshot(options, 'options-import-error-zh-CN');
  await expect(installed).toHaveCount(2); // the two bundled demo packs
  await expect(options.locator('tr[data-pack="demo-registration"]')).toContainText('1.0.0');

  await options.locator('input[data-action="import-pack"]').setInputFiles(packFile('truncated.json', JSON.stringify(demoPack).slice(0, 120)));
  await expect(problems).toContainText('truncated.json');
  await expect(problems).toContainText('JSON');
  await expect(installed).toHaveCount(2); // the two bundled demo packs

  // a valid newer version replaces the old one; a second pack is added beside it
  await options.locator('input[data-action="import-pack"]').setInputFiles(packFile('demo-1.1.json', { ...demoPack, version: '1.1.0' }));
  await expect(options.getByText('demo-registration 1.1.0')).toBeVisible();
  await options.locator('input[data-action="import-pack"]').setInputFiles(packFile('ward.json', { ...demoPack, id: 'ward-nursing', title: { 'zh-CN': '病区护理', en: 'Ward nursing' } }));
  await expect(installed).toHaveCount(3);
  await expect(options.locator('tr[data-pack="demo-registration"]')).toContainText('1.1.0');
  await screenshot(options, 'options-zh-CN');
});
