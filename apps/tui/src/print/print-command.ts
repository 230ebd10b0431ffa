import { asciiMinus, type Dataset, dataAge } from '@tradetalks/core';
import { toJsonText } from '../json/json-parts';
import { BLANK, type Line, seg, wrapLine } from '../lines/line';
import { linesToText } from '../lines/render-text';
import { type CommandName, commandEntry } from '../views/registry';

export interface PrintOptions {
  readonly json: boolean;
  /** The day for `tariffs` (accepted by core); the latest verified day when not given. */
  readonly date: string | undefined;
  /** The clock's day, `YYYY-MM-DD`: what the data's age is counted to. */
  readonly today: string;
  /** Columns to fit text to. */
  readonly width: number;
  readonly color: boolean;
  /** Typographic minus signs (a terminal); ASCII `-` for `awk` and `sort -n` in a pipe. */
  readonly typographic?: boolean;
}

/** One command's output, as text or JSON, ending in a newline. Never touches Ink or React. */
export const printCommand = (
  command: CommandName,
  options: PrintOptions,
  dataset: Dataset,
): string => {
  const entry = commandEntry(command);
  const query = { date: options.date, today: options.today };
  if (options.json) return toJsonText(entry.json(dataset, query));
  const title: Line = [
    seg(`tradetalks ${command}`, 'heading'),
    seg(` · ${dataAge(dataset, options.today).shortText} · dataset ${dataset.version}`, 'muted'),
  ];
  const text = linesToText(
    [...wrapLine(title, options.width), BLANK, ...entry.print(dataset, query, options.width)],
    { color: options.color },
  );
  return options.typographic ? text : asciiMinus(text);
};

/** The line for stderr beside a command's text, if it has one (a day after the verified data). */
export const printWarning = (
  command: CommandName,
  options: Pick<PrintOptions, 'date' | 'today'>,
  dataset: Dataset,
): string | undefined => {
  const entry = commandEntry(command) as {
    warning?: (d: Dataset, q: { date: string | undefined; today: string }) => string | undefined;
  };
  return entry.warning?.(dataset, { date: options.date, today: options.today });
};
