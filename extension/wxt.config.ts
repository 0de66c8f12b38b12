import { defineConfig } from 'wxt';
import { addTargetKeys } from './packaging/manifestForTarget';
import { hospitalManifest } from './src/deployment/hospitalManifest.ts';

export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/module-react'],
  hooks: { 'build:manifestGenerated': (wxt, manifest) => addTargetKeys(wxt.config.browser, manifest) },
  suppressWarnings: { firefoxId: true }, // the hook above sets browser_specific_settings.gecko.id
  // site access (all sites, or a hospital build's EMR origins), scripting, the managed policy's schema
  manifest: hospitalManifest({
    name: 'Preceptor 带教',
    description: 'Guided tours, checklists and quizzes over your hospital EMR — local-first. 在医院信息系统上直接带教。',
    // tabs.query gives the page URL for tabs the content script may run on; no "tabs" permission needed.
    // unlimitedStorage: a hospital's pack with hundreds of tours is several MB and storage.local
    // holds only 10 MB without it; it shows no install warning.
    // alarms (no install warning): the pack feeds are checked every 4 hours (packs/feed/), and the
    // LRS outbox tries again every minute while statements wait (progress/lrs/).
    permissions: ['storage', 'unlimitedStorage', 'alarms'],
    // Loaded on demand by the player content script: /tour-guide.js when a tour, tip or check
    // is needed on the page, /authoring.js only where a mentor switched authoring on. A content
    // script's import() needs the files web-accessible. use_dynamic_url: pages cannot probe for them.
    web_accessible_resources: [{ resources: ['tour-guide.js', 'authoring.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
  }, process.env),
});
