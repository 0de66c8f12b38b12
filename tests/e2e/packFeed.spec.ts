import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, openExtensionPage } from '../fixtures/extension.ts';
import { expectNoSeriousA11yViolations } from '../fixtures/axe.ts';
import { PopupPage } from '../pages/extensionPages.ts';
import { screenshot } from '../pages/screenshots.ts';
import { createPackSigningKeyFile, writePackFeed } from '../../scripts/packFeed.ts';

const demoPack = JSON.parse(await readFile(new URL('../../shared/packs/registration-demo.pack.json', import.meta.url), 'utf8'));

// A feed written by the real `pnpm pack:feed` code, served from loopback like an intranet nginx with
// the CORS headers the deployment guide gives (the extension's fetch is cross-origin).
test('a signed pack from a feed reaches the popup; a tampered next version is refused, the previous stays, and the options page says why', async ({ context, extensionId }) => {
  const root = await mkdtemp(path.join(tmpdir(), 'preceptor-e2e-feed-'));
  const server = createServer(async (request, response) => {
    const headers = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'If-None-Match', 'Access-Control-Expose-Headers': 'ETag' };
    if (request.method === 'OPTIONS') return response.writeHead(204, headers).end();
    try {
      const body = await readFile(path.join(root, 'feed', path.normalize(new URL(request.url!, 'http://x').pathname)));
      const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
      if (request.headers['if-none-match'] === etag) return response.writeHead(304, { ...headers, ETag: etag }).end();
      response.writeHead(200, { ...headers, ETag: etag, 'Content-Type': 'application/json' }).end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.json`;
  try {
    const key = await createPackSigningKeyFile(path.join(root, 'team.jwk'));
    await mkdir(path.join(root, 'src'));
    const publish = async (version: string) => {
      const file = path.join(root, 'src', `pack-${version}.json`);
      const pack = structuredClone(demoPack);
      pack.version = version;
      pack.tours[0].title = { 'zh-CN': `门诊挂号入门（更新源 ${version}）`, en: `Outpatient registration basics (feed ${version})` };
      await writeFile(file, JSON.stringify(pack, null, 2));
      const outcome = await writePackFeed(path.join(root, 'feed'), [file], path.join(root, 'team.jwk'));
      expect(outcome.ok).toBe(true);
    };
    await publish('1.1.0');

    const options = await openExtensionPage(context, extensionId, 'options.html');
    await options.setViewportSize({ width: 1366, height: 768 });
    const feeds = options.locator('[data-panel="pack-feeds"]');
    const row = options.locator('tr[data-pack="demo-registration"]');

    await test.step('add the feed and the team key on the options page, then Check now installs 1.1.0', async () => {
      await feeds.getByLabel('添加更新源（index.json 的地址）').fill(feedUrl);
      await feeds.locator('[data-action="add-feed"]').click();
      await feeds.getByLabel('添加公钥（带教团队提供的 base64 SPKI）').fill(key.publicKey);
      await feeds.locator('[data-action="add-key"]').click();
      await expect(feeds.locator(`[data-key-id="${key.keyId}"]`)).toBeVisible();
      await feeds.getByRole('button', { name: '检查更新' }).click();
      await expect(feeds.getByRole('status')).toContainText('安装了 1 个内容包');
      await expect(row).toContainText('1.1.0');
      await expect(row.locator('[data-region="from-feed"]')).toBeVisible(); // no Remove for a feed pack
      await expect(row.getByRole('button')).toHaveCount(0);
      await screenshot(options, 'pack-feeds-installed-zh');
    });

    await test.step("the pack's tour is in the popup (the registrar's checklist)", async () => {
      const popup = await PopupPage.open(context, extensionId);
      await popup.saveProfile({ role: 'registrar', department: '门诊部', language: 'zh-CN' });
      await expect(popup.page.getByRole('region', { name: '我的上线清单' }).getByRole('listitem').first()).toContainText('门诊挂号入门（更新源 1.1.0）');
      await popup.page.close();
    });

    await test.step('a v1.2.0 changed on the server after signing is refused; 1.1.0 stays and the reason is shown', async () => {
      await publish('1.2.0');
      const file = path.join(root, 'feed', 'packs', 'demo-registration-1.2.0.json');
      await writeFile(file, (await readFile(file, 'utf8')).replace('更新源 1.2.0', '更新源 6.6.6'));
      await feeds.getByRole('button', { name: '检查更新' }).click();
      await expect(feeds.getByRole('status')).toContainText('1 项失败');
      const packState = feeds.locator('tr[data-feed-pack="demo-registration"]');
      await expect(packState).toHaveAttribute('data-code', 'sha256-mismatch');
      await expect(packState).toContainText('SHA-256 校验不符');
      await expect(row).toContainText('1.1.0');
      await expectNoSeriousA11yViolations(options);
      await feeds.evaluate((section) => section.scrollIntoView({ block: 'start' }));
      await screenshot(options, 'pack-feeds-zh');
    });

    await test.step('the same in English', async () => {
      const popup = await PopupPage.open(context, extensionId);
      await popup.saveProfile({ role: 'registrar', department: '门诊部', language: 'en' });
      await popup.page.close();
      await expect(feeds.getByRole('heading', { name: 'Pack feeds' })).toBeVisible();
      await expect(feeds.locator('tr[data-feed-pack="demo-registration"]')).toContainText('SHA-256 mismatch');
      await expect(feeds.getByRole('status')).toContainText('1 failed'); // the last check's words follow the language
      await feeds.evaluate((section) => section.scrollIntoView({ block: 'start' }));
      await screenshot(options, 'pack-feeds-en');
      await options.evaluate(() => window.scrollTo(0, 0));
      await screenshot(options, 'pack-feeds-installed-en');
    });
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  }
});
