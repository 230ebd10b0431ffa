// The one place dates are read and stepped: ISO days (`YYYY-MM-DD`), partial dates
// (`YYYY`, `YYYY-MM`) and what a person typed. Everything works in UTC calendar days, so no
// time zone or clock can shift a date.
import type { Dataset, Event, PartialDate } from '../types';

export type DatePrecision = 'day' | 'month' | 'year';

/** Midnight UTC of a calendar day, for any year (`Date.UTC` reads years 0–99 as 1900–1999). */
const utcDay = (y: number, m: number, d: number): Date => {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t;
};

/** Whether year `y`, month `m` (1–12) and day `d` make a day that exists. */
export const isRealDay = (y: number, m: number, d: number): boolean => {
  const t = utcDay(y, m, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};

/** How precisely a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date is known. */
export const datePrecision = (date: PartialDate): DatePrecision =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';

/** The first day a partial date can mean: `2019-05` → `2019-05-01`. */
export const firstDayOf = (date: PartialDate): string =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;

/** The last day a partial date can mean: `2019-05` → `2019-05-31`, `2024-02` → `2024-02-29`. */
export const lastDayOf = (date: PartialDate): string => {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 10) return date;
  const [y, m] = date.split('-').map(Number) as [number, number];
  return iso(utcDay(y, m + 1, 0));
};

/** Whether a partial date covers a day: `2018-12` contains `2018-12-01`. */
export const dateContains = (outer: PartialDate, inner: PartialDate): boolean =>
  inner.startsWith(outer);

/** A date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as a UTC `Date` at midnight of its first day. */
export const toUtcDate = (date: PartialDate): Date => {
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  return utcDay(y, m, d);
};

const iso = (date: Date): string => date.toISOString().slice(0, 10);

/** `date` moved by `days` (negative: earlier): `addDays('2026-03-01', -1)` is '2026-02-28'. */
export const addDays = (date: string, days: number): string => {
  const t = toUtcDate(date);
  t.setUTCDate(t.getUTCDate() + days);
  return iso(t);
};

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);

/**
 * Whole calendar months from `from` to `to`, counting a month only once its day is reached:
 * from 2026-08-06 to 2026-12-01 is 3 months; to 2026-12-06, 4. Negative when `to` is earlier.
 */
export const monthsBetween = (from: string, to: string): number => {
  if (to < from) return -monthsBetween(to, from);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
};

/** A UTC clock reading as the calendar day it falls on: what "today" means everywhere. */
export const isoDayOf = (date: Date): string => iso(date);

/** Why a typed text is not a day: not in the form, a month that does not exist, a day that does not. */
export type DayProblem = 'malformed' | 'no-such-month' | 'no-such-day';

export type DayParse =
  | { readonly ok: true; readonly date: string }
  | { readonly ok: false; readonly problem: DayProblem; readonly reason: string };

/**
 * Read a day a person typed (`YYYY-MM-DD`, spaces around it ignored). Never throws; on
 * failure `reason` says what was wrong in words a reader can act on.
 */
export const parseIsoDay = (input: string): DayParse => {
  const text = input.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) {
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return {
      ok: false,
      problem: 'malformed',
      reason: `“${shown}” is not a date in the form YYYY-MM-DD (for example 2025-04-10)`,
    };
  }
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  if (m < 1 || m > 12) {
    return {
      ok: false,
      problem: 'no-such-month',
      reason: `${text} has no month ${m} (months run 01–12)`,
    };
  }
  if (!isRealDay(y, m, d)) {
    return { ok: false, problem: 'no-such-day', reason: `${text} is not a day in the calendar` };
  }
  return { ok: true, date: text };
};

export type DateInput = { ok: true; date: string } | { ok: false; reason: string };

/**
 * Read a typed day that must fall between `min` and `max` inclusive. Never throws.
 * For tariff dates use `queryTariffDate`, which answers dates after the data too.
 */
export const parseDateInput = (input: string, min: string, max: string): DateInput => {
  const parsed = parseIsoDay(input);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  if (parsed.date < min || parsed.date > max) {
    return {
      ok: false,
      reason: `${parsed.date} is outside the data, which runs from ${min} to ${max}`,
    };
  }
  return { ok: true, date: parsed.date };
};

/**
 * Order two ISO dates (or any strings) by code unit: −1, 0 or 1. ISO dates sort correctly this
 * way, and it costs nothing, where `localeCompare` builds an ICU collator on first use (~7 ms).
 */
export const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Events in date order (ties keep dataset order). */
export const eventsInOrder = (dataset: Dataset): readonly Event[] =>
  [...dataset.events].sort((a, b) => compareIso(firstDayOf(a.date), firstDayOf(b.date)));
