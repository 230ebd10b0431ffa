import type { FlowChangeView, TradeChangeView } from '@tradetalks/core';
import { figureJson, figureOrNull, type SourceBook } from './json-parts';
import { figure, integer, nullable, object, string } from './schema-parts';

const flowJson = (flow: FlowChangeView, book: SourceBook) => ({
  label: flow.label,
  from: figureJson(flow.from, book),
  to: figureJson(flow.to, book),
  change: figureJson(flow.change, book),
  percentChange: figureOrNull(flow.changePct, book),
});

/** Two years of goods trade compared: each flow from, to, and its change (US$ bn and %). */
export const tradeChangeJson = (c: TradeChangeView, book: SourceBook) => ({
  fromYear: c.fromYear,
  toYear: c.toYear,
  total: flowJson(c.total, book),
  exports: flowJson(c.exports, book),
  imports: flowJson(c.imports, book),
  balance: flowJson(c.balance, book),
});

const flowSchema = object({
  label: string,
  from: figure,
  to: figure,
  change: figure,
  percentChange: {
    ...nullable(figure),
    description: 'null for the balance, whose sign can change',
  },
});

export const tradeChangeSchema = object({
  fromYear: integer,
  toYear: integer,
  total: flowSchema,
  exports: flowSchema,
  imports: flowSchema,
  balance: flowSchema,
});
