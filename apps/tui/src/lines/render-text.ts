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
  /** OSC 8 hyperlinks on segments with a `link` (terminals that have them). */
  readonly hyperlinks?: boolean;
}

/** A small stable id for an address, so that its pieces on several rows are one link. */
const linkId = (url: string): string => {
  let hash = 0;
  for (let i = 0; i < url.length; i++) hash = (hash * 31 + url.charCodeAt(i)) >>> 0;
  return hash.toString(36);
};

const OSC8 = (url: string) => `\u001b]8;id=${linkId(url)};${url}\u001b\\`;
const OSC8_END = '\u001b]8;;\u001b\\';

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

const rendered = (text: string, codes: string): string =>
  codes === '' ? text : `\u001b[${codes}m${text}\u001b[0m`;

/**
 * One line with its styles as SGR escape codes, neighbours of the same style in one run
 * (none at all when both options are off).
 */
export const lineToAnsi = (line: Line, options: PaintOptions): string => {
  let out = '';
  let run = '';
  let runCodes = '';
  let runLink: string | undefined;
  const flush = () => {
    if (run === '') return;
    const text = rendered(run, runCodes);
    out += runLink === undefined ? text : `${OSC8(runLink)}${text}${OSC8_END}`;
    run = '';
  };
  for (const s of line) {
    const codes = codesOf(s, options);
    const link = options.hyperlinks ? s.link : undefined;
    if (codes !== runCodes || link !== runLink) flush();
    runCodes = codes;
    runLink = link;
    run += s.text;
  }
  flush();
  return out;
};

/**
 * Lines as text for a pipe or a file: plain unless `color` (FORCE_COLOR, or a terminal),
 * trailing spaces trimmed, one newline at the end.
 */
export const linesToText = (lines: readonly Line[], { color = false } = {}): string =>
  `${lines.map((line) => lineToAnsi(line, { color, attributes: color }).trimEnd()).join('\n')}\n`;
