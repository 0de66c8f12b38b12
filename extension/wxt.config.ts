import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: 'src',
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Preceptor 带教',
    description: 'Guided tours, checklists and quizzes over your hospital EMR — local-first. 在医院信息系统上直接带教。',
    // tabs.query gives the page URL for tabs the content script may run on; no "tabs" permission needed.
    permissions: ['storage'],
    // Mentor authoring (issue 7): the content player imports /authoring.js on demand; a content
    // script's import() needs the file web-accessible. use_dynamic_url: pages cannot probe for it.
    web_accessible_resources: [{ resources: ['authoring.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
  },
});
