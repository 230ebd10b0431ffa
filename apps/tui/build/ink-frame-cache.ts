import type { TsdownPlugin } from 'tsdown';

// Ink 6 measures and tokenizes every row of the screen afresh on every frame: its caches
// live on the Output of one frame, and the width check before wrapping has none. A full
// screen of box-drawing and block characters then costs tens of milliseconds per key on a
// slow machine. These two edits, applied to Ink's code as it is bundled, keep the caches
// across frames (bounded) so that rows that did not change cost nothing. Nothing else in
// Ink changes; the tests run against unpatched Ink, the tmux test against this bundle.

const LIMIT = 2_000;

const edits: readonly { file: string; from: string; to: string }[] = [
  {
    file: '/ink/build/output.js',
    from: 'caches = new OutputCaches();',
    to: 'caches = sharedCaches;',
  },
  {
    file: '/ink/build/output.js',
    from: 'export default class Output {',
    to: `const sharedCaches = new OutputCaches();
const bound = (map) => { if (map.size > ${LIMIT}) map.clear(); };
export default class Output {`,
  },
  {
    file: '/ink/build/output.js',
    from: 'cached = styledCharsFromTokens(tokenize(line));',
    to: 'cached = styledCharsFromTokens(tokenize(line)); bound(this.styledChars);',
  },
  {
    file: '/ink/build/output.js',
    from: 'cached = stringWidth(text);',
    to: 'cached = stringWidth(text); bound(this.widths);',
  },
  {
    file: '/ink/build/render-node-to-output.js',
    from: 'const currentWidth = widestLine(text);',
    to: 'const currentWidth = cachedWidestLine(text);',
  },
  {
    file: '/ink/build/render-node-to-output.js',
    from: "import widestLine from 'widest-line';",
    to: `import widestLine from 'widest-line';
const widestLines = new Map();
const cachedWidestLine = (text) => {
  let width = widestLines.get(text);
  if (width === undefined) {
    if (widestLines.size > ${LIMIT}) widestLines.clear();
    width = widestLine(text);
    widestLines.set(text, width);
  }
  return width;
};`,
  },
];

/** `code` with the edits for the Ink file `id` applied; `undefined` for any other file. */
export const applyInkEdits = (code: string, id: string): string | undefined => {
  const mine = edits.filter((e) => id.replaceAll('\\', '/').endsWith(e.file));
  if (mine.length === 0) return undefined;
  let out = code;
  for (const edit of mine) {
    if (!out.includes(edit.from)) {
      throw new Error(
        `ink-frame-cache: “${edit.from}” is no longer in ${edit.file}; check the Ink upgrade`,
      );
    }
    out = out.replace(edit.from, edit.to);
  }
  return out;
};

/** The rolldown plugin that applies the edits, failing the build if Ink's code moved. */
export const inkFrameCache = (): TsdownPlugin => ({
  name: 'ink-frame-cache',
  transform(code, id) {
    const out = applyInkEdits(code, id);
    return out === undefined ? undefined : { code: out, map: null };
  },
});
