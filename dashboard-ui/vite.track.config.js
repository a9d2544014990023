import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The complainant's tracking page, served by the gateway at /track/ from the jar's META-INF/resources/track/.
// Built apart from the dashboard (its own entry, no shared chunk); TRACK_OUT_DIR lets Maven write into target/classes.
export default defineConfig({
  root: fileURLToPath(new URL('./track', import.meta.url)),
  base: '/track/',
  publicDir: false,
  resolve: { alias: { '/src': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: process.env.TRACK_OUT_DIR ?? fileURLToPath(new URL('./dist-track', import.meta.url)),
    emptyOutDir: true,
    // no inline script or style: the pages' Content-Security-Policy allows files of the gateway only
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
