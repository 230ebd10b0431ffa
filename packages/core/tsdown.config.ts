import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  clean: true,
  external: ['zod'],
});
