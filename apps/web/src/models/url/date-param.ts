import {
  formatDate,
  pickTariffDay,
  type TariffDayIndex,
  type TariffDayPick,
} from '@tradetalks/core';
import type { ParamReader } from './params';

/**
 * The tariff explorer's `?date=`, read by core's `pickTariffDay`: a verified day, a day after
 * the verified data (answered with the last verified stacks, which the view marks), or, for a
 * malformed, impossible or pre-data date, the latest verified day with core's reason.
 */
export const dateOf = (index: TariffDayIndex): ParamReader<TariffDayPick> => ({
  name: 'date',
  read: (raw) => {
    const result = pickTariffDay(index, raw ?? undefined);
    return result.ok
      ? { value: result.pick }
      : {
          value: result.pick,
          problem: `${result.reason}. Showing the latest verified day instead, ${formatDate(result.pick.date, { short: true })}.`,
        };
  },
  // The latest verified day is the page without a query: /tariffs says it plainly.
  write: (pick) => (pick.date === index.lastVerified ? undefined : pick.date),
});
