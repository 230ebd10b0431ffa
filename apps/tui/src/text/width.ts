// How many terminal cells text takes. Combining marks and variation selectors take none;
// East Asian wide and fullwidth characters and pictographic emoji take two. The dataset is
// Latin text today; this keeps columns straight if a name in Chinese characters arrives.

const ZERO_WIDTH: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
];
const isZeroWidth = (char: string): boolean => {
  const code = char.codePointAt(0) ?? 0;
  return ZERO_WIDTH.some(([from, to]) => code >= from && code <= to);
};
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const PLAIN = /^[\x20-\x7e]*$/;
/** Any character that does not take exactly one cell, or is outside the basic plane. */
const NOT_ONE_CELL =
  /[\u0300-\u036f]|[\u20d0-\u20ff]|[\ufe00-\ufe0f]|[\u200b-\u200f\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{10000}-\u{10ffff}]/u;
/** Text whose every character is one cell and one UTF-16 unit: typographic quotes, dashes. */
const oneCellEach = (text: string): boolean => PLAIN.test(text) || !NOT_ONE_CELL.test(text);

/** Cells one character (code point) takes: 0, 1 or 2. */
export const charWidth = (char: string): number =>
  isZeroWidth(char) ? 0 : WIDE.test(char) ? 2 : 1;

/** Cells a string takes in a terminal. */
export const textWidth = (text: string): number => {
  if (oneCellEach(text)) return text.length;
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
};

/** The longest start of `text` that fits in `width` cells. */
export const sliceToWidth = (text: string, width: number): string => {
  if (width <= 0) return '';
  if (oneCellEach(text)) return text.slice(0, width);
  let used = 0;
  let out = '';
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width) break;
    used += w;
    out += char;
  }
  return out;
};

/** `text` cut to `width` cells, ending in `…` when anything was cut. */
export const truncate = (text: string, width: number): string => {
  if (textWidth(text) <= width) return text;
  if (width <= 0) return '';
  return `${sliceToWidth(text, width - 1).trimEnd()}…`;
};

/** `text` padded with spaces to `width` cells (on the right, or the left with `align: 'right'`). */
export const pad = (text: string, width: number, align: 'left' | 'right' = 'left'): string => {
  const gap = Math.max(0, width - textWidth(text));
  return align === 'left' ? text + ' '.repeat(gap) : ' '.repeat(gap) + text;
};
