import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Served by the gateway at /dashboard/ from the jar's META-INF/resources/dashboard/ (Spring Boot's static resources).
// DASHBOARD_OUT_DIR lets Maven write straight into target/classes.
export default defineConfig({
  base: '/dashboard/',
  build: {
    outDir: process.env.DASHBOARD_OUT_DIR ?? fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 400,
  },
});
