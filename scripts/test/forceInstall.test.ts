// The real proof of the CRX and updates.xml: Chromium force-installs the package by policy
// (ExtensionInstallForcelist) from a loopback server, as a hospital's PCs would from the intranet.
//
// A policy in /etc/chromium/policies would reach every Chromium on the machine, so this Chromium
// reads its policy in a private mount namespace (tests/fixtures/privatePolicy.ts); the test checks
// from outside, while it runs, that nothing is mounted there. Skipped, saying why, where
// namespaces or Chromium are not available.
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';

import { machinePolicyDir, privatePolicyChromium, privatePolicyUnavailable } from '../../tests/fixtures/privatePolicy.ts';
import { packageBuilds } from '../packaging/packageBuilds.ts';
import { timeScale } from '../timeScale.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const POLICY_FILE = 'preceptor-force-install-test.json';

const unavailable = privatePolicyUnavailable(chromiumPath);
if (unavailable) console.warn(`[forceInstall.test] skipped: ${unavailable}`);

it.skipIf(unavailable !== undefined)(
  'Chromium force-installs the signed CRX named in updates.xml by ExtensionInstallForcelist, and the policy stays private to it',
  async () => {
    const scale = timeScale();
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'preceptor-force-install-'));
    const requests: string[] = [];
    const served = path.join(tmp, 'served');
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      const file = path.join(served, path.basename(new URL(req.url ?? '/', 'http://loopback').pathname));
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': file.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml' });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const updateBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
    try {
      // a small extension with the real icons; the update_url is where the server listens
      const build = path.join(tmp, 'chrome-mv3');
      mkdirSync(build);
      cpSync(path.join(repoRoot, 'extension/public/icon'), path.join(build, 'icon'), { recursive: true });
      const icons = { '16': 'icon/16.png', '32': 'icon/32.png', '48': 'icon/48.png', '128': 'icon/128.png' };
      writeFileSync(
        path.join(build, 'manifest.json'),
        JSON.stringify({
          manifest_version: 3,
          name: 'Preceptor force-install check',
          version: '1.0.7',
          icons,
          action: { default_icon: icons },
          background: { service_worker: 'background.js' },
          update_url: `${updateBase}updates.xml`,
        }),
      );
      // the installed extension's own code reports in: it runs, not just sits in the profile
      writeFileSync(path.join(build, 'background.js'), `fetch(${JSON.stringify(`${updateBase}ran`)} + '?id=' + chrome.runtime.id).catch(() => {});\n`);
      const pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
      const { extensionId, updateUrl } = packageBuilds({ chromeDir: build, outDir: served, privateKeyPem: pem, updateBase });

      // the private policy folder and the Chromium that sees it
      const chromiumWithPolicy = privatePolicyChromium(chromiumPath, tmp, { ExtensionInstallForcelist: [`${extensionId};${updateUrl}`] }, POLICY_FILE);
      context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
        executablePath: chromiumWithPolicy.executablePath,
        headless: true,
        // Playwright's defaults switch extensions and the extension updater (background networking) off
        ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
        args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync', '--disable-component-update', '--disable-quic'],
      });
      const page = await context.newPage();

      let installed: { id: string; location?: string; version?: string; registry_status?: string } | undefined;
      await expect
        .poll(
          async () => {
            await page.goto('chrome://extensions-internals');
            const all = JSON.parse(await page.locator('body').innerText()) as NonNullable<typeof installed>[];
            installed = all.find((e) => e.id === extensionId);
            return installed !== undefined;
          },
          { timeout: 30_000 * scale, interval: 500 },
        )
        .toBe(true);
      expect(installed).toMatchObject({ location: 'EXTERNAL_POLICY_DOWNLOAD', version: '1.0.7', registry_status: 'ENABLED' });

      // the update check named the policy's id, then the CRX came from updates.xml's codebase
      expect(requests.some((url) => url.startsWith('/updates.xml?') && url.includes(`id%3D${extensionId}`) && url.includes('installedby%3Dpolicy'))).toBe(true);
      expect(requests).toContain('/preceptor-chrome-1.0.7.crx');

      await expect.poll(() => requests, { timeout: 10_000 * scale }).toContain(`/ran?id=${extensionId}`);

      // outside the namespace, while that Chromium runs, nothing is mounted over the policy folder
      // and the machine's own policy folder does not hold our file: other Chromiums never see it
      const mountPoints = readFileSync('/proc/self/mountinfo', 'utf8').split('\n').map((line) => line.split(' ')[4]);
      expect(mountPoints).not.toContain(chromiumWithPolicy.mountTarget);
      const machineManaged = path.join(machinePolicyDir(chromiumPath), 'managed');
      expect(existsSync(machineManaged) ? readdirSync(machineManaged) : []).not.toContain(POLICY_FILE);
    } finally {
      await context?.close();
      server.close();
      rmSync(tmp, { recursive: true, force: true });
    }
  },
  90_000 * timeScale(),
);
