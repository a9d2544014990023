import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The officers' workspace, its own entry beside the dashboard's: served by the gateway at /workspace/ from the jar's
// META-INF/resources/workspace/. WORKSPACE_OUT_DIR lets Maven write straight into target/classes.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/workspace/',
  build: {
    outDir: process.env.WORKSPACE_OUT_DIR ?? fileURLToPath(new URL('../dist-workspace', import.meta.url)),
    emptyOutDir: true,
  },
});
