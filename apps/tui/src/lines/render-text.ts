import type { Line, Segment } from './line';
import { type ColorName, TONE_STYLES } from './tones';

const SGR: Record<ColorName, number> = {
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  gray: 90,
};

const paint = (s: Segment): string => {
  const style = TONE_STYLES[s.tone ?? 'plain'];
  const codes: number[] = [];
  if (style.bold || s.bold) codes.push(1);
  if (style.dim) codes.push(2);
  if (s.inverse) codes.push(7);
  if (style.color) codes.push(SGR[style.color]);
  return codes.length === 0 ? s.text : `\u001b[${codes.join(';')}m${s.text}\u001b[0m`;
};

/**
 * Lines as text for a pipe or a file: plain unless `color` (FORCE_COLOR, or a terminal),
 * trailing spaces trimmed, one newline at the end.
 */
export const linesToText = (lines: readonly Line[], { color = false } = {}): string =>
  `${lines
    .map((line) =>
      color
        ? line.map(paint).join('').trimEnd()
        : line
            .map((s) => s.text)
            .join('')
            .trimEnd(),
    )
    .join('\n')}\n`;
