import type { Tone } from './line';

/** The colour names shared by Ink's `<Text color>` and the ANSI printer. */
export type ColorName = 'cyan' | 'green' | 'red' | 'yellow' | 'blue' | 'magenta' | 'gray';

export interface ToneStyle {
  readonly color?: ColorName;
  readonly bold?: boolean;
  readonly dim?: boolean;
}

/**
 * How each tone looks when colour is on. With colour off only `bold` and `dim` remain,
 * which are not colours; every tone also has a sign, arrow or word in its text.
 */
export const TONE_STYLES: Record<Tone, ToneStyle> = {
  plain: {},
  muted: { dim: true },
  heading: { bold: true, color: 'cyan' },
  accent: { color: 'cyan' },
  up: { color: 'green' },
  down: { color: 'red' },
  warn: { color: 'yellow' },
  us: { color: 'blue' },
  cn: { color: 'red' },
  key: { bold: true, color: 'yellow' },
};
