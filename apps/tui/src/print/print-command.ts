import { type Dataset, formatDate } from '@tradetalks/core';
import type { CommandName } from '../args/commands';
import { BLANK, type Line, seg, wrapLine } from '../lines/line';
import { linesToText } from '../lines/render-text';
import { commandJson } from './command-json';
import { commandLines } from './command-lines';

export interface PrintOptions {
  readonly json: boolean;
  /** The day for `tariffs`; the data's as-of date when not given. */
  readonly date: string | undefined;
  /** Columns to fit text to. */
  readonly width: number;
  readonly color: boolean;
}

/** One command's output, as text or JSON, ending in a newline. Never touches Ink or React. */
export const printCommand = (
  command: CommandName,
  options: PrintOptions,
  dataset: Dataset,
): string => {
  const date = options.date ?? dataset.asOf;
  if (options.json) return `${JSON.stringify(commandJson(command, dataset, date), null, 2)}\n`;
  const title: Line = [
    seg(`tradetalks ${command}`, 'heading'),
    seg(` · data as of ${formatDate(dataset.asOf)}, dataset ${dataset.version}`, 'muted'),
  ];
  return linesToText(
    [
      ...wrapLine(title, options.width),
      BLANK,
      ...commandLines(command, dataset, date, options.width),
    ],
    {
      color: options.color,
    },
  );
};
