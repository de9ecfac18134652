import { defineConfig } from 'vite';

// Everything the page needs is bundled into ../web-dist (served by the server from the class path):
// no script, style or font is loaded from the internet.
export default defineConfig({
  base: '/',
  build: {
    outDir: '../web-dist',
    emptyOutDir: true,
    target: 'esnext',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 20000,
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
  optimizeDeps: { include: ['vscode-textmate', 'vscode-oniguruma'] },
});
