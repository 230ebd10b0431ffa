import type { Dataset } from '../types';
import { actors } from './actors/index';
import { claims } from './claims';
import { events } from './events/index';
import { releases } from './releases';
import { scheduled } from './scheduled';
import { series } from './series/index';
import { sources } from './sources/index';
import { statements } from './statements/index';
import { tariffLayers, tariffMeasures } from './tariffs/index';

/**
 * The tradetalks dataset: every figure of the article and the vetted context around it,
 * each record citing its sources. Parsed through the schemas in tests and at build, not on
 * import, so importing it costs no validation and loads no zod.
 */
const records = {
  title: 'tradetalks: the numbers behind the U.S.–China trade conflict',
  version: '0.2.0',
  asOf: '2026-08-06',
  stacksVerifiedThrough: { US: '2026-11-09', CN: '2026-11-09' },
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  releases,
  sources,
  actors,
  events,
  tariffLayers,
  tariffMeasures,
  scheduled,
  series,
  statements,
  claims,
} as const satisfies Dataset;

/** The dataset, typed by its schema (read-only) rather than by its literal values. */
export const dataset: Dataset = records;
