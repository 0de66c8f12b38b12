// The update manifest ("gupdate" XML) Chrome and Edge fetch from a manifest's update_url, and
// the URL of the one listed in ExtensionInstallForcelist ("<id>;<update url>").

export interface UpdateEntry {
  extensionId: string;
  version: string;
  /** Absolute URL of the .crx file. */
  codebase: string;
}

function xmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The update base as given (http(s), no query or fragment), without a trailing slash. */
export function normaliseUpdateBase(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--update-base: "${raw}" is not a URL (expected e.g. https://intranet.example/preceptor)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`--update-base: "${raw}" must be an http(s) URL`);
  if (url.search || url.hash) throw new Error(`--update-base: "${raw}" must not have a query or fragment`);
  return url.href.replace(/\/+$/, '');
}

export function updateManifestUrl(updateBase: string): string {
  return `${normaliseUpdateBase(updateBase)}/updates.xml`;
}

export function crxUrl(updateBase: string, crxFileName: string): string {
  return `${normaliseUpdateBase(updateBase)}/${encodeURIComponent(crxFileName)}`;
}

export function updateManifestXml(entry: UpdateEntry): string {
  if (!/^[a-p]{32}$/.test(entry.extensionId)) throw new Error(`extension id "${entry.extensionId}" is not 32 letters a-p`);
  if (!/^\d+(\.\d+){0,3}$/.test(entry.version)) throw new Error(`version "${entry.version}" is not 1-4 dot-separated integers`);
  return [
    `<?xml version='1.0' encoding='UTF-8'?>`,
    `<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>`,
    `  <app appid='${entry.extensionId}'>`,
    `    <updatecheck codebase='${xmlAttribute(entry.codebase)}' version='${xmlAttribute(entry.version)}' />`,
    `  </app>`,
    `</gupdate>`,
    ``,
  ].join('\n');
}
