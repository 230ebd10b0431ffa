// The story model as the views ask for it: core decides every figure, source, date and
// status; this only keeps the answers while the screen asks again.
import {
  dataset,
  formatDate,
  overview,
  type TariffDayView,
  tariffCoverage,
  tariffDay,
} from '@tradetalks/core';
import { perDatasetAndKey } from './memo';

/** The headline figures on `today` (the clock's day: it sets only the data's age). */
export const overviewOn = perDatasetAndKey(overview, 4);

/**
 * Both tariff stacks on a day core has accepted (`queryTariffDate`): after the verified data
 * the view is the last verified state, marked `afterData`.
 */
export const tariffDayOn = perDatasetAndKey((dataset, date): TariffDayView => {
  const result = tariffDay(dataset, date);
  if (!result.ok) throw new RangeError(result.reason);
  return result.view;
}, 24);

/** The first day `--date` and the in-app date take, as core dates its data: "1 Jan 2018". */
export const FIRST_TARIFF_DAY = formatDate(tariffCoverage(dataset).from, { short: true });
