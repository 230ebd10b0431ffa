import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Browser tests in Debian's Chromium against the built site (run `build` first; turbo does).
// One server for the whole run, started and stopped by e2e/global-setup.ts.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
