import { formatDate } from '@tradetalks/core';
import { resolveDateParam } from '@/models/tariffs/resolve-date';
import type { ParamReader } from './params';

/**
 * The tariff explorer's `?date=`: a real day inside the data, or the latest date with the
 * reason the one asked for could not be used. (A date after the data gets core's after-data
 * answer once core gives one.)
 */
export const dateOf = (range: {
  readonly min: string;
  readonly max: string;
}): ParamReader<string> => ({
  name: 'date',
  read: (raw) => {
    const resolved = resolveDateParam(raw, range);
    return resolved.problem === undefined
      ? { value: resolved.date }
      : {
          value: resolved.date,
          problem: `${resolved.problem}. Showing the latest date instead, ${formatDate(range.max)}.`,
        };
  },
  // The latest date is the page without a query: /tariffs says it plainly.
  write: (date) => (date === range.max ? undefined : date),
});
