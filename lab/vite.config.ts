// The learning lab's build: a static site from lab/index.html into lab/dist/,
// with relative paths (base './') so that it runs from any folder of any static
// host. `npm run lab` serves it while you edit; `npm run lab:build` writes it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { labData } from './build/lab-data-plugin.js';

const repository = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [labData()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // One bundle for the whole lab: chart.js, the library and the four pages.
    chunkSizeWarningLimit: 1024,
  },
  // The lab imports the library and the figures' experiments from the repository, outside lab/.
  server: { fs: { allow: [repository] } },
});
