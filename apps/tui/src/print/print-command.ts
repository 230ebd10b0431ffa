import type { Dataset } from '@tradetalks/core';
import { toJsonText } from '../json/json-parts';
import { BLANK, type Line, seg, wrapLine } from '../lines/line';
import { linesToText } from '../lines/render-text';
import { showDate } from '../text/dates';
import { type CommandName, commandEntry } from '../views/registry';

export interface PrintOptions {
  readonly json: boolean;
  /** The day for `tariffs`; the data's as-of date when not given. */
  readonly date: string | undefined;
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
  const query = { date: options.date ?? dataset.asOf };
  if (options.json) return toJsonText(entry.json(dataset, query));
  const title: Line = [
    seg(`tradetalks ${command}`, 'heading'),
    seg(` · data as of ${showDate(dataset.asOf)}, dataset ${dataset.version}`, 'muted'),
  ];
  const text = linesToText(
    [...wrapLine(title, options.width), BLANK, ...entry.print(dataset, query, options.width)],
    { color: options.color },
  );
  return options.typographic ? text : text.replaceAll('\u2212', '-');
};
