import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests: helpers and components rendered to HTML in Node. No browser, no build needed.
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
