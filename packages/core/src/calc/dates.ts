import type { Dataset, Event, PartialDate } from '../types';

export type DatePrecision = 'day' | 'month' | 'year';

/** How precisely a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date is known. */
export const datePrecision = (date: PartialDate): DatePrecision =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';

/** The first day a partial date can mean: `2019-05` → `2019-05-01`. */
export const firstDayOf = (date: PartialDate): string =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;

/** Whether a partial date covers a day: `2018-12` contains `2018-12-01`. */
export const dateContains = (outer: PartialDate, inner: PartialDate): boolean =>
  inner.startsWith(outer);

export type DateInput = { ok: true; date: string } | { ok: false; reason: string };

const isRealDay = (y: number, m: number, d: number): boolean => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/**
 * Read a date a person typed (a `?date=` or `--date`): `YYYY-MM-DD`, a day that exists,
 * between `min` and `max` inclusive. Never throws; on failure `reason` says what was wrong
 * in words a reader can act on.
 */
export const parseDateInput = (input: string, min: string, max: string): DateInput => {
  const text = input.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) {
    return { ok: false, reason: `“${text.slice(0, 40)}” is not a date in the form YYYY-MM-DD` };
  }
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  if (m < 1 || m > 12) return { ok: false, reason: `${text} has no month ${m} (months run 01–12)` };
  if (!isRealDay(y, m, d)) return { ok: false, reason: `${text} is not a day in the calendar` };
  if (text < min || text > max) {
    return { ok: false, reason: `${text} is outside the data, which runs from ${min} to ${max}` };
  }
  return { ok: true, date: text };
};

/** The span of dates the tariff data covers: the first measure to the dataset's as-of date. */
export const tariffDateRange = (dataset: Dataset): { min: string; max: string } => {
  const first = dataset.tariffMeasures.map((m) => m.effectiveOn).sort()[0] ?? dataset.asOf;
  return { min: `${first.slice(0, 4)}-01-01`, max: dataset.asOf };
};

/** Events in date order (ties keep dataset order). */
export const eventsInOrder = (dataset: Dataset): readonly Event[] =>
  [...dataset.events].sort((a, b) => firstDayOf(a.date).localeCompare(firstDayOf(b.date)));
