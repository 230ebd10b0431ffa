import type { Dataset } from '@tradetalks/core';
import type { CommandName } from '../args/commands';
import { claimsPrintLines } from '../content/claims';
import { overviewLines } from '../content/overview';
import { sourcesPrintLines } from '../content/sources';
import { tariffLines } from '../content/tariffs';
import { timelinePrintLines } from '../content/timeline';
import { tradeLines } from '../content/trade';
import type { Line } from '../lines/line';

/** A command's view as lines: the same builders as the app, with every item written out. */
export const commandLines = (
  command: CommandName,
  dataset: Dataset,
  date: string,
  width: number,
): Line[] => {
  switch (command) {
    case 'facts':
      return overviewLines(dataset, width);
    case 'timeline':
      return timelinePrintLines(dataset, width);
    case 'tariffs':
      return tariffLines(dataset, date, width);
    case 'trade':
      return tradeLines(dataset, width);
    case 'claims':
      return claimsPrintLines(dataset, width);
    case 'sources':
      return sourcesPrintLines(dataset, width);
  }
};
