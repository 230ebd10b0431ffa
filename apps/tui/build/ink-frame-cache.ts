import type { TsdownPlugin } from 'tsdown';

// Ink 6 turns every frame into a grid of styled characters and back: each row is split into
// graphemes, each character given its styles, and the styles diffed to write the row again.
// Its caches for that live on the Output of one frame, and the width check before wrapping
// has none. A full screen of box-drawing and block characters then costs tens of
// milliseconds per frame on a slow machine. These edits, applied to Ink's code as it is
// bundled:
// - keep the caches across frames (bounded), so rows that did not change cost nothing, and
//   give widest-line, which Ink calls on every text several times a frame, a cache;
// - add a fast path to Output.get: when every write is whole rows (from the left edge, no
//   clipping, no two on a row, none wider than the screen), which is how tradetalks draws,
//   the rows are the output as they are, without the grid.
// Anything else takes Ink's own path. The tests run against unpatched Ink, the tmux test and
// the benchmark against this bundle.

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
    from: `    get() {
        // Initialize output array`,
    to: `    get() {
        const rows = wholeRows(this);
        if (rows !== undefined) return rows;
        // Initialize output array`,
  },
  {
    file: '/ink/build/output.js',
    from: 'const sharedCaches = new OutputCaches();',
    to: `const sharedCaches = new OutputCaches();
const wholeRows = (output) => {
  const rows = new Array(output.height).fill('');
  const written = new Set();
  for (const operation of output.operations) {
    if (operation.type !== 'write' || operation.x !== 0) return undefined;
    const lines = operation.text.split('\\n');
    for (const [index, text] of lines.entries()) {
      const y = operation.y + index;
      if (y < 0 || y >= output.height || written.has(y)) return undefined;
      let line = text;
      for (const transformer of operation.transformers) line = transformer(line, index);
      if (widestLine(line) > output.width) return undefined;
      rows[y] = line.trimEnd();
      written.add(y);
    }
  }
  return { output: rows.join('\\n'), height: output.height };
};`,
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
    // Ink measures every text with widest-line several times a frame (layout, wrapping,
    // the fast path above): one cache, by line, for all of them.
    file: '/widest-line/index.js',
    from: `export default function widestLine(string) {
	let lineWidth = 0;

	for (const line of string.split('\\n')) {
		lineWidth = Math.max(lineWidth, stringWidth(line));
	}`,
    to: `const widths = new Map();
const lineWidthOf = (line) => {
	let width = widths.get(line);
	if (width === undefined) {
		if (widths.size > ${LIMIT}) widths.clear();
		width = stringWidth(line);
		widths.set(line, width);
	}
	return width;
};

export default function widestLine(string) {
	let lineWidth = 0;

	for (const line of string.split('\\n')) {
		lineWidth = Math.max(lineWidth, lineWidthOf(line));
	}`,
  },
  {
    file: '/ink/build/output.js',
    from: "import sliceAnsi from 'slice-ansi';",
    to: "import sliceAnsi from 'slice-ansi';\nimport widestLine from 'widest-line';",
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
