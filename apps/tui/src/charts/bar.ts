// Horizontal bars drawn with block characters, to an eighth of a cell.

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;
const FULL = '█';
const RANGE = '░';

const eighthsOf = (value: number, scale: number, width: number): number =>
  Math.round((Math.min(Math.max(value, 0), scale) / scale) * width * 8);

const blocks = (eighths: number): string =>
  FULL.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];

/**
 * A bar for `value` on a scale where `scale` fills `width` cells. A value above zero
 * always shows at least a sliver; zero, negative or non-finite values show nothing.
 */
export const bar = (value: number, scale: number, width: number): string => {
  if (!(scale > 0) || !Number.isFinite(value) || value <= 0 || width <= 0) return '';
  return blocks(Math.max(1, eighthsOf(value, scale, width)));
};

/** A bar for a range: solid up to `min`, shaded from there to `max`. */
export const rangeBar = (min: number, max: number, scale: number, width: number): string => {
  const solid = bar(min, scale, width);
  if (max <= min) return solid;
  const total = Math.max(Math.ceil(eighthsOf(max, scale, width) / 8), 1);
  const solidCells = Math.ceil(eighthsOf(min, scale, width) / 8);
  return solid + RANGE.repeat(Math.max(0, total - solidCells));
};

/**
 * A bar that starts where an earlier one ended, for stacked layers: `start` cells of
 * space (rounded to whole cells), then the bar for `length`, never past `width`.
 */
export const offsetBar = (
  start: number,
  length: number,
  scale: number,
  width: number,
  maxLength = length,
): string => {
  if (!(scale > 0) || width <= 0) return '';
  const startCells = Math.min(width, Math.round((Math.max(start, 0) / scale) * width));
  const room = width - startCells;
  const body =
    maxLength > length ? rangeBar(length, maxLength, scale, width) : bar(length, scale, width);
  return ' '.repeat(startCells) + [...body].slice(0, room).join('');
};

/**
 * A bar either side of a middle line, for values around a baseline (growth around 0, a PMI
 * around 50): `half` cells each side, whole cells to the left for a value below it, to an
 * eighth of a cell to the right above it. Always `2 × half + 1` cells wide.
 */
export const divergingBar = (delta: number, scale: number, half: number): string => {
  const size = Math.max(0, half);
  const cells = (v: number) => Math.min(size, Math.max(1, Math.round((v / scale) * size)));
  const left = Number.isFinite(delta) && delta < 0 && scale > 0 ? FULL.repeat(cells(-delta)) : '';
  const right = Number.isFinite(delta) && delta > 0 ? bar(delta, scale, size) : '';
  return `${left.padStart(size)}│${right.padEnd(size)}`;
};

export const BAR_GLYPHS = { full: FULL, range: RANGE } as const;
