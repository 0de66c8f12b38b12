// @vitest-environment jsdom
// `pnpm package`'s pieces on a small fixture build (no extension build inside the test): the zip,
// the CRX3 (checked here with an independent reader and node's crypto), updates.xml, the Firefox
// zip, the manifest keys added per browser, and the icons. The built manifest is checked too when
// extension/.output/chrome-mv3 exists (`pnpm --filter @preceptor/extension build`).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { addTargetKeys, FIREFOX_ADDON_ID } from '../../extension/packaging/manifestForTarget.ts';
import { iconProblems, readBuiltManifest } from '../packaging/builtExtension.ts';
import { packageBuilds } from '../packaging/packageBuilds.ts';
import { createSigningKey } from '../packaging/signingKey.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const iconDir = path.join(repoRoot, 'extension/public/icon');
const SIZES = [16, 32, 48, 128];
const UPDATE_BASE = 'https://intranet.hospital.example/ext/preceptor/';

let tmp: string;
let pem: string;

/** PNG width/height straight from the IHDR chunk (bytes 16-23), after checking the signature. */
function ihdr(bytes: Uint8Array): [number, number] {
  const buf = Buffer.from(bytes);
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

function iconMap(): Record<string, string> {
  return Object.fromEntries(SIZES.map((s) => [String(s), `icon/${s}.png`]));
}

/** A tiny "built extension" folder: manifest.json, the real icons, one script. */
function fixtureBuild(name: string, manifest: Record<string, unknown>): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  cpSync(iconDir, path.join(dir, 'icon'), { recursive: true });
  writeFileSync(path.join(dir, 'background.js'), 'console.log("fixture");\n');
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Preceptor', version: '1.2.3', icons: iconMap(), action: { default_icon: iconMap() }, ...manifest }));
  return dir;
}

/** Protobuf length-delimited fields of a message (the CRX header uses no other wire type). */
function protoFields(buf: Buffer): { field: number; value: Buffer }[] {
  const out: { field: number; value: Buffer }[] = [];
  let pos = 0;
  const varint = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = buf[pos++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return result;
      shift += 7;
    }
  };
  while (pos < buf.length) {
    const key = varint();
    expect(key & 7, 'wire type').toBe(2);
    const length = varint();
    out.push({ field: Math.floor(key / 8), value: buf.subarray(pos, pos + length) });
    pos += length;
  }
  expect(pos).toBe(buf.length);
  return out;
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'preceptor-package-test-'));
  pem = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('icons', () => {
  it('are committed as PNGs of exactly 16, 32, 48 and 128 px', () => {
    for (const size of SIZES) expect(ihdr(readFileSync(path.join(iconDir, `${size}.png`)))).toEqual([size, size]);
  });

  it('a build whose icon is missing or the wrong size is refused, naming the file', () => {
    const dir = fixtureBuild('bad-icons', {});
    cpSync(path.join(iconDir, '32.png'), path.join(dir, 'icon/16.png'));
    rmSync(path.join(dir, 'icon/48.png'));
    const problems = iconProblems(dir, readBuiltManifest(dir), SIZES);
    expect(problems).toContain('icon/16.png ("icons.16") is 32×32, expected 16×16');
    expect(problems).toContain('manifest.json: "icons.48" names icon/48.png, which is not in the build');
    expect(() => packageBuilds({ chromeDir: dir, outDir: path.join(tmp, 'bad-out'), privateKeyPem: pem })).toThrow(/icon\/16\.png/);
    expect(existsSync(path.join(tmp, 'bad-out')), 'nothing written for a refused build').toBe(false);
  });
});

describe('manifest keys per browser', () => {
  it('Chrome/Edge: update_url from PRECEPTOR_UPDATE_URL, icons on the action, no gecko settings', () => {
    const manifest: Record<string, any> = { action: { default_popup: 'popup.html' } };
    addTargetKeys('chrome', manifest, { PRECEPTOR_UPDATE_URL: 'https://intranet.example/preceptor/updates.xml' });
    expect(manifest.update_url).toBe('https://intranet.example/preceptor/updates.xml');
    expect(manifest.action).toEqual({ default_popup: 'popup.html', default_icon: iconMap() });
    expect(manifest.browser_specific_settings).toBeUndefined();
    const plain: Record<string, any> = {};
    addTargetKeys('edge', plain, {});
    expect(plain.update_url, 'no update_url without the variable').toBeUndefined();
  });

  it('Firefox: the add-on id managed storage and policies.json need, and no Chrome update_url', () => {
    const manifest: Record<string, any> = { browser_specific_settings: { gecko: { strict_min_version: '128.0' } } };
    addTargetKeys('firefox', manifest, { PRECEPTOR_UPDATE_URL: 'https://intranet.example/preceptor/updates.xml' });
    expect(manifest.browser_specific_settings.gecko).toEqual({ strict_min_version: '128.0', id: FIREFOX_ADDON_ID });
    expect(manifest.update_url).toBeUndefined();
  });
});

describe('packageBuilds', () => {
  let out: string;
  let result: ReturnType<typeof packageBuilds>;
  let expectedId: string;
  let spki: Buffer;

  beforeAll(() => {
    const chromeDir = fixtureBuild('chrome-mv3', { update_url: 'https://intranet.hospital.example/ext/preceptor/updates.xml' });
    const firefoxDir = fixtureBuild('firefox-mv3', { browser_specific_settings: { gecko: { id: FIREFOX_ADDON_ID } } });
    out = path.join(tmp, 'packages');
    result = packageBuilds({ chromeDir, firefoxDir, outDir: out, privateKeyPem: pem, updateBase: UPDATE_BASE });
    // the id Chrome computes: sha256 of the SPKI public key, first 16 bytes, hex digits 0-f as a-p
    spki = createPublicKey(createPrivateKey(pem)).export({ type: 'spki', format: 'der' });
    const hex = createHash('sha256').update(spki).digest('hex').slice(0, 32);
    expectedId = [...hex].map((d) => 'abcdefghijklmnop'[parseInt(d, 16)]).join('');
  });

  it('writes the zip, CRX, updates.xml and Firefox zip, and names the key\'s extension id', () => {
    expect(result.extensionId).toBe(expectedId);
    expect(result.version).toBe('1.2.3');
    expect(result.updateUrl).toBe('https://intranet.hospital.example/ext/preceptor/updates.xml');
    expect(result.files.map((f) => path.basename(f.file))).toEqual(['preceptor-chrome-1.2.3.zip', 'preceptor-chrome-1.2.3.crx', 'updates.xml', 'preceptor-firefox-1.2.3.zip']);
    for (const f of result.files) expect(statSync(f.file).size, f.file).toBe(f.bytes);
  });

  it('the zip holds manifest.json at its root with the icons', () => {
    const files = unzipSync(readFileSync(path.join(out, 'preceptor-chrome-1.2.3.zip')));
    expect(Object.keys(files).sort()).toEqual(['background.js', 'icon/128.png', 'icon/16.png', 'icon/32.png', 'icon/48.png', 'manifest.json']);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8'));
    expect(manifest.icons).toEqual(iconMap());
    for (const size of SIZES) expect(ihdr(files[`icon/${size}.png`]!)).toEqual([size, size]);
  });

  it('the CRX is a valid CRX3: magic, version, header, signature by the key, the zip as its archive', () => {
    const crx = readFileSync(path.join(out, 'preceptor-chrome-1.2.3.crx'));
    expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(crx.readUInt32LE(4)).toBe(3);
    const headerSize = crx.readUInt32LE(8);
    expect(12 + headerSize).toBeLessThan(crx.length);
    const header = protoFields(crx.subarray(12, 12 + headerSize));
    const archive = crx.subarray(12 + headerSize);
    expect(archive.equals(readFileSync(path.join(out, 'preceptor-chrome-1.2.3.zip'))), 'archive is the zip').toBe(true);

    const proofs = header.filter((f) => f.field === 2).map((f) => protoFields(f.value));
    expect(proofs).toHaveLength(1);
    const publicKey = proofs[0]!.find((f) => f.field === 1)!.value;
    const signature = proofs[0]!.find((f) => f.field === 2)!.value;
    expect(publicKey.equals(spki)).toBe(true);
    const signedHeaderData = header.find((f) => f.field === 10000)!.value;
    const crxId = protoFields(signedHeaderData).find((f) => f.field === 1)!.value;
    expect(crxId.equals(createHash('sha256').update(spki).digest().subarray(0, 16))).toBe(true);

    const length = Buffer.alloc(4);
    length.writeUInt32LE(signedHeaderData.length);
    const signed = Buffer.concat([Buffer.from('CRX3 SignedData\x00', 'latin1'), length, signedHeaderData, archive]);
    const publicKeyObject = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
    expect(verify('sha256', signed, publicKeyObject, signature), 'signature verifies').toBe(true);
    const tampered = Buffer.from(signed);
    tampered[tampered.length - 1]! ^= 1;
    expect(verify('sha256', tampered, publicKeyObject, signature), 'a changed archive does not verify').toBe(false);
  });

  it('updates.xml names the id, version and the CRX under the update base', () => {
    const xml = readFileSync(path.join(out, 'updates.xml'), 'utf8');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe('gupdate');
    expect(doc.documentElement.namespaceURI).toBe('http://www.google.com/update2/response');
    expect(doc.documentElement.getAttribute('protocol')).toBe('2.0');
    const apps = doc.getElementsByTagName('app');
    expect(apps).toHaveLength(1);
    expect(apps[0]!.getAttribute('appid')).toBe(expectedId);
    const check = apps[0]!.getElementsByTagName('updatecheck')[0]!;
    expect(check.getAttribute('version')).toBe('1.2.3');
    expect(check.getAttribute('codebase')).toBe('https://intranet.hospital.example/ext/preceptor/preceptor-chrome-1.2.3.crx');
  });

  it('the Firefox zip has the gecko id', () => {
    const files = unzipSync(readFileSync(path.join(out, 'preceptor-firefox-1.2.3.zip')));
    expect(JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')).browser_specific_settings.gecko.id).toBe(FIREFOX_ADDON_ID);
  });

  it('refuses a Chrome build whose update_url is not the one updates.xml will be served at', () => {
    const dir = fixtureBuild('wrong-update-url', { update_url: 'https://elsewhere.example/updates.xml' });
    expect(() => packageBuilds({ chromeDir: dir, outDir: path.join(tmp, 'x'), privateKeyPem: pem, updateBase: UPDATE_BASE })).toThrow(
      /update_url is https:\/\/elsewhere\.example\/updates\.xml, expected https:\/\/intranet\.hospital\.example\/ext\/preceptor\/updates\.xml/,
    );
  });

  it('refuses a Firefox build without the gecko id and a non-RSA key', () => {
    const chromeDir = fixtureBuild('chrome-no-update', {});
    const firefoxDir = fixtureBuild('firefox-no-id', {});
    expect(() => packageBuilds({ chromeDir, firefoxDir, outDir: path.join(tmp, 'y'), privateKeyPem: pem })).toThrow(/gecko\.id is missing/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => packageBuilds({ chromeDir, outDir: path.join(tmp, 'z'), privateKeyPem: ec })).toThrow(/RSA private key/);
  });
});

describe('signing key', () => {
  it('a new key is written with mode 0600, never inside the repository', () => {
    const { file, pem: created } = createSigningKey(repoRoot, path.join(tmp, 'keys'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe(created);
    expect(createPrivateKey(created).asymmetricKeyType).toBe('rsa');
    expect(() => createSigningKey(repoRoot, path.join(repoRoot, 'dist', 'keys'))).toThrow(/inside the repository/);
  });
});
