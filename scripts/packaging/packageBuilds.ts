// Turns built extension folders into what a hospital hosts and deploys:
//   preceptor-chrome-<version>.zip   Chrome and Edge (store upload, or unpacked for a trial)
//   preceptor-chrome-<version>.crx   the same zip signed (CRX3), for force-install by policy
//   updates.xml                      the update manifest the CRX's update_url and the policy name
//   preceptor-firefox-<version>.zip  the Firefox MV3 build (to be signed by Mozilla, see docs/deploy.md)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { writeCrx3 } from './crx3.ts';
import { iconProblems, readBuiltManifest, zipBuiltExtension } from './builtExtension.ts';
import { crxUrl, updateManifestUrl, updateManifestXml } from './updateManifest.ts';
import { ICON_SIZES } from '../../extension/packaging/manifestForTarget.ts';

export interface PackageInput {
  chromeDir: string;
  firefoxDir?: string;
  outDir: string;
  privateKeyPem: string;
  /** Where the CRX and updates.xml will be served from; without it no updates.xml is written. */
  updateBase?: string;
}

export interface PackagedFile {
  file: string;
  bytes: number;
}

export interface PackageOutput {
  version: string;
  extensionId: string;
  updateUrl?: string;
  files: PackagedFile[];
}

function write(outDir: string, name: string, data: Uint8Array | string, files: PackagedFile[]): void {
  const file = path.join(outDir, name);
  writeFileSync(file, data);
  files.push({ file, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.length });
}

export function packageBuilds(input: PackageInput): PackageOutput {
  const chrome = readBuiltManifest(input.chromeDir);
  const problems = iconProblems(input.chromeDir, chrome, ICON_SIZES);
  const expectedUpdateUrl = input.updateBase ? updateManifestUrl(input.updateBase) : undefined;
  if (chrome.update_url !== expectedUpdateUrl) {
    problems.push(`manifest.json: update_url is ${chrome.update_url ?? 'missing'}, expected ${expectedUpdateUrl ?? 'none'} (built without PRECEPTOR_UPDATE_URL?)`);
  }
  let firefox: ReturnType<typeof readBuiltManifest> | undefined;
  if (input.firefoxDir) {
    firefox = readBuiltManifest(input.firefoxDir);
    if (!firefox.browser_specific_settings?.gecko?.id) problems.push(`${input.firefoxDir}/manifest.json: browser_specific_settings.gecko.id is missing`);
    if (firefox.version !== chrome.version) problems.push(`Firefox build is version ${firefox.version}, Chrome build ${chrome.version}`);
  }
  if (problems.length > 0) throw new Error(`the build is not fit to package:\n- ${problems.join('\n- ')}`);

  mkdirSync(input.outDir, { recursive: true });
  const files: PackagedFile[] = [];
  const zip = zipBuiltExtension(input.chromeDir);
  write(input.outDir, `preceptor-chrome-${chrome.version}.zip`, zip, files);
  const crxName = `preceptor-chrome-${chrome.version}.crx`;
  const { crx, extensionId } = writeCrx3(zip, input.privateKeyPem);
  write(input.outDir, crxName, crx, files);
  if (input.updateBase) {
    write(input.outDir, 'updates.xml', updateManifestXml({ extensionId, version: chrome.version, codebase: crxUrl(input.updateBase, crxName) }), files);
  }
  if (input.firefoxDir && firefox) write(input.outDir, `preceptor-firefox-${firefox.version}.zip`, zipBuiltExtension(input.firefoxDir), files);
  return { version: chrome.version, extensionId, ...(expectedUpdateUrl ? { updateUrl: expectedUpdateUrl } : {}), files };
}
