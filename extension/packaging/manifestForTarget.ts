// Manifest keys that depend on where a build goes: the toolbar icon (every browser), the
// self-hosted update URL (Chrome/Edge, only when `pnpm package` is given --update-base) and the
// add-on id Firefox needs for MV3 and for managed storage (policies.json "3rdparty").
// Called from wxt.config.ts's `build:manifestGenerated` hook; WXT itself lists public/icon/*.png
// as `icons`.

/** Firefox's add-on id: the key a hospital's policies.json uses for this extension. */
export const FIREFOX_ADDON_ID = 'preceptor@preceptor.dev';

/** The PNG sizes rendered from extension/icon-source/preceptor.svg into public/icon/. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

interface ManifestLike {
  action?: Record<string, unknown>;
  update_url?: string;
  browser_specific_settings?: { gecko?: Record<string, unknown> };
  [key: string]: unknown;
}

/** Adds the keys to WXT's generated manifest in place (typed loosely: WXT's and the test's manifests differ). */
export function addTargetKeys(browser: string, generated: object, env: Record<string, string | undefined> = process.env): void {
  const manifest = generated as ManifestLike;
  const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
  // without action.default_icon Chrome draws a grey letter and hides it under the puzzle piece
  manifest.action = { ...manifest.action, default_icon: icons };

  if (browser === 'firefox') {
    const gecko = manifest.browser_specific_settings?.gecko ?? {};
    manifest.browser_specific_settings = { ...manifest.browser_specific_settings, gecko: { ...gecko, id: FIREFOX_ADDON_ID } };
    return;
  }
  const updateUrl = env.PRECEPTOR_UPDATE_URL?.trim();
  if (updateUrl) manifest.update_url = updateUrl;
}
