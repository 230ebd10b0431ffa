import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyInkEdits } from './ink-frame-cache';

const require = createRequire(import.meta.url);
const inkBuild = dirname(require.resolve('ink'));

describe('the Ink frame-cache edits', () => {
  it('still apply to the installed Ink (an upgrade that moves the code fails here)', () => {
    const widest = require.resolve('widest-line', { paths: [inkBuild] });
    for (const id of [join(inkBuild, 'output.js'), widest]) {
      expect(applyInkEdits(readFileSync(id, 'utf8'), id)).toBeDefined();
    }
    const output = join(inkBuild, 'output.js');
    expect(applyInkEdits(readFileSync(output, 'utf8'), output)).toContain('caches = sharedCaches;');
  });

  it('leave every other module alone', () => {
    expect(applyInkEdits('export const x = 1;', '/src/cli.ts')).toBeUndefined();
  });

  it('fail loudly when the code they edit has moved', () => {
    expect(() => applyInkEdits('export default class Output {}', '/x/ink/build/output.js')).toThrow(
      /ink-frame-cache/,
    );
  });
});
