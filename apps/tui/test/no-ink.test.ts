import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appChunk, CLI, MAIN_SCRIPT, RECORD_LOADS, requireBuild, run } from './binary';

// What identifies each library in a bundle, minified or not.
const MARKERS = {
  ink: 'Raw mode is not supported',
  react: 'react.transitional.element',
  yoga: 'YGNode',
  zod: 'ZodError',
};

const folder = mkdtempSync(join(tmpdir(), 'tradetalks-loads-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeAll(requireBuild);

/** The files of our own dist/ that a run loaded. */
const loadedBy = (args: string[]): string[] => {
  const file = join(folder, `${args.join('-') || 'none'}.txt`);
  const result = run(args, { RECORD_LOADS: file }, ['--import', RECORD_LOADS]);
  expect(result.status).toBe(0);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:') && url.includes('/dist/'))
    .map((url) => fileURLToPath(url));
};

describe('scriptable runs load neither Ink, React, yoga nor zod', () => {
  it('the app chunk holds Ink, React and yoga (so the check below can fail)', () => {
    const app = readFileSync(appChunk(), 'utf8');
    for (const marker of [MARKERS.ink, MARKERS.react]) expect(app).toContain(marker);
  });

  it('the binary and its script hold none of them', () => {
    for (const file of [CLI, MAIN_SCRIPT]) {
      const code = readFileSync(file, 'utf8');
      for (const [library, marker] of Object.entries(MARKERS)) {
        expect(code.includes(marker), `${file} contains ${library}`).toBe(false);
      }
    }
  });

  it.each([['facts'], ['claims', '--json'], ['tariffs', '--date', '2025-04-10'], [], ['--help']])(
    '%j loads the binary and no module of the app',
    (...args) => {
      const files = loadedBy(args);
      // The binary reads its script (main.js) as text; no other module of ours loads.
      expect(files).toEqual([CLI]);
      expect(files).not.toContain(appChunk());
    },
  );
});
