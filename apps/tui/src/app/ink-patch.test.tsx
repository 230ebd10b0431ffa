// The Ink patch (patches/ink@6.8.0.patch, applied by pnpm at install) against Ink's own way
// of building a frame, which the patch keeps as `Output.prototype.getByGrid`: every frame of
// every view must come out the same, cell by cell and style by style.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderApp } from '../testing/render-app';
import { VIEWS } from '../views/registry';

const require = createRequire(import.meta.url);
const inkBuild = dirname(require.resolve('ink'));

interface OutputClass {
  prototype: { get: () => { output: string }; getByGrid: () => { output: string } };
}
type StyledChar = { value: string; styles: { code: string }[] };
let Output: OutputClass;
let cells: (text: string) => StyledChar[];

beforeAll(async () => {
  Output = (await import(pathToFileURL(join(inkBuild, 'output.js')).href)).default;
  // Ink's own tokenizer (an ESM-only dependency of Ink's), found from Ink's folder.
  const inkRoot = dirname(inkBuild);
  const tokenizer = await import(
    pathToFileURL(join(inkRoot, '..', '@alcalzone', 'ansi-tokenize', 'build', 'index.js')).href
  );
  cells = (text) => tokenizer.styledCharsFromTokens(tokenizer.tokenize(text));
});

/** A frame as rows of cells, each its character and its styles (a set: order is not style). */
const asCells = (frame: string) =>
  frame.split('\n').map((row) =>
    cells(row)
      .map(
        (c) =>
          `${c.value}\u0000${c.styles
            .map((s) => s.code)
            .sort()
            .join(';')}`,
      )
      .join('|'),
  );

const patchedGet = () => Output.prototype.get;
let restore: (() => void) | undefined;
afterEach(() => restore?.());

/** The frames of a little tour of the app, drawn with Ink's `get` as it is now. */
let counting = false;
const tour = async (columns: number, rows: number): Promise<string[]> => {
  const app = await renderApp({ columns, rows, color: true, raw: true });
  // From here on (the harness's first frames are drawn before it sets the size).
  counting = true;
  const frames: string[] = [app.frame()];
  for (const [index] of VIEWS.entries()) {
    await app.press(String(index + 1));
    frames.push(app.frame());
    await app.press('j', 'enter');
    frames.push(app.frame());
    await app.press('escape');
  }
  await app.press('?');
  frames.push(app.frame());
  counting = false;
  app.unmount();
  return frames;
};

describe('the Ink patch', () => {
  it('is applied to the Ink the tests and the binary use', () => {
    for (const file of ['output.js', 'ink.js', 'measure-text.js', 'render-node-to-output.js']) {
      expect(readFileSync(join(inkBuild, file), 'utf8'), file).toContain('tradetalks patch');
    }
    expect(typeof Output.prototype.getByGrid).toBe('function');
  });

  it.each([
    [40, 16],
    [80, 24],
    [120, 40],
  ])('draws every view at %i×%i as stock Ink does, cell for cell', async (columns, rows) => {
    // The fast path must be the one taken (else this test compares Ink's path with itself).
    const grid = Output.prototype.getByGrid;
    let gridFrames = 0;
    Output.prototype.getByGrid = function (this: unknown) {
      if (counting) gridFrames += 1;
      return grid.call(this);
    };
    const fast = await tour(columns, rows);
    Output.prototype.getByGrid = grid;
    expect(gridFrames).toBe(0);
    const get = patchedGet();
    Output.prototype.get = Output.prototype.getByGrid;
    restore = () => {
      Output.prototype.get = get;
    };
    const stock = await tour(columns, rows);
    restore();
    expect(fast.length).toBe(stock.length);
    for (const [i, frame] of fast.entries())
      expect(asCells(frame)).toEqual(asCells(stock[i] ?? ''));
  });
});
