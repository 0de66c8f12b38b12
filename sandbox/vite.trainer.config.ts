import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The trainer dashboard alone, as static files for the hospital's intranet web server:
// sandbox/dist-trainer/ is copied to <web root>/trainer/, and every unknown path under /trainer/
// answers with /trainer/index.html (the SPA fallback; docs/deploy.md has nginx and IIS rules).
export default defineConfig({
  root: fileURLToPath(new URL('./trainer', import.meta.url)),
  base: '/trainer/',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist-trainer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // one intranet app, loaded once per session: a single 0.8 MB chunk (chart.js included) is fine
    chunkSizeWarningLimit: 1000,
  },
});
