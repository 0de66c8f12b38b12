import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// appType 'spa' (the default) makes dev and preview answer deep links such as
// /registration with index.html, so tours can open any module directly.
// viewer.html is a second entry: the LIS/PACS report viewer shown in a same-origin iframe.
export default defineConfig({
  plugins: [react()],
  appType: 'spa',
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        viewer: fileURLToPath(new URL('./viewer.html', import.meta.url)),
      },
    },
  },
});
