import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The sandbox as it goes inside an LMS package (`pnpm lms:package`): relative asset URLs
// (base './') so it runs from any path of the LMS's own server, no source maps (size), the LMS
// launch page and the report viewer only. The normal build (vite.config.ts) is unchanged.
export default defineConfig({
  plugins: [react()],
  base: './',
  mode: 'lms',
  build: {
    outDir: 'dist-lms',
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: {
        lms: fileURLToPath(new URL('./lms.html', import.meta.url)),
        viewer: fileURLToPath(new URL('./viewer.html', import.meta.url)),
        // cmi5's launcher AU for quizzes and tours (done on the live EMR with the extension)
        'lms-launcher': fileURLToPath(new URL('./lms-launcher.html', import.meta.url)),
      },
    },
  },
});
