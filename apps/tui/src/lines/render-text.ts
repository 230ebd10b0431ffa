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

export interface PaintOptions {
  /** Colours (off with NO_COLOR, --no-color, or in a pipe). */
  readonly color: boolean;
  /** Bold, dim and reverse video, which are not colours: on in the app, off in a pipe. */
  readonly attributes: boolean;
}

const codesOf = (s: Segment, { color, attributes }: PaintOptions): string => {
  const style = TONE_STYLES[s.tone ?? 'plain'];
  const codes: number[] = [];
  if (attributes) {
    if (style.bold || s.bold) codes.push(1);
    if (style.dim && !s.inverse) codes.push(2);
    if (s.inverse) codes.push(7);
  }
  if (color && style.color) codes.push(SGR[style.color]);
  return codes.join(';');
};

/**
 * One line with its styles as SGR escape codes, neighbours of the same style in one run
 * (none at all when both options are off).
 */
export const lineToAnsi = (line: Line, options: PaintOptions): string => {
  let out = '';
  let run = '';
  let runCodes = '';
  const flush = () => {
    out += runCodes === '' ? run : `\u001b[${runCodes}m${run}\u001b[0m`;
  };
  for (const s of line) {
    const codes = codesOf(s, options);
    if (codes !== runCodes && run !== '') {
      flush();
      run = '';
    }
    runCodes = codes;
    run += s.text;
  }
  if (run !== '') flush();
  return out;
};

/**
 * Lines as text for a pipe or a file: plain unless `color` (FORCE_COLOR, or a terminal),
 * trailing spaces trimmed, one newline at the end.
 */
export const linesToText = (lines: readonly Line[], { color = false } = {}): string =>
  `${lines.map((line) => lineToAnsi(line, { color, attributes: color }).trimEnd()).join('\n')}\n`;
