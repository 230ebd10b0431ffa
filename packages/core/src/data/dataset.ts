import type { Dataset } from '../types';
import { actors } from './actors';
import { claims } from './claims';
import { events } from './events';
import { series } from './series/index';
import { sources } from './sources';
import { statements } from './statements';
import { tariffLayers } from './tariff-layers';
import { tariffMeasures } from './tariff-measures';

/**
 * The tradetalks dataset: every figure of the article and the vetted context around it,
 * each record citing its sources. Parsed through the schemas in tests and at build, not on
 * import, so importing it costs no validation and loads no zod.
 */
const records = {
  title: 'tradetalks: the numbers behind the U.S.–China trade conflict',
  version: '0.1.0',
  asOf: '2025-11-10',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  sources,
  actors,
  events,
  tariffLayers,
  tariffMeasures,
  series,
  statements,
  claims,
} as const satisfies Dataset;

/** The dataset, typed by its schema (read-only) rather than by its literal values. */
export const dataset: Dataset = records;
