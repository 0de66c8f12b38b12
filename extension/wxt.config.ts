import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Preceptor 带教',
    description: 'Guided tours, checklists and quizzes over your hospital EMR — local-first. 在医院信息系统上直接带教。',
    // tabs.query gives the page URL for tabs the content script may run on; no "tabs" permission needed.
    permissions: ['storage'],
  },
});
