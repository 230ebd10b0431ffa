import { formatDate } from '../format/date';
import { formatCount } from '../format/number';
import type { Dataset } from '../types';
import { daysBetween, monthsBetween } from './dates';

/** How old the data is on a given day. */
export interface DataAge {
  /** The latest verified event (`dataset.asOf`). */
  readonly asOf: string;
  /** The day asked about: the clock's day in a terminal, the build day on a website. */
  readonly today: string;
  readonly days: number;
  /** Whole calendar months (see `monthsBetween`). */
  readonly months: number;
  /** "today", "yesterday", "12 days ago", "1 month ago", "3 months ago", "2 years ago". */
  readonly ago: string;
  /** "Data as of 6 August 2026, 3 months ago". */
  readonly text: string;
  /** "data as of 6 Aug 2026, 3 months ago": for a header or a status line. */
  readonly shortText: string;
  /** "Data as of 6 Aug 2026, 3 months ago": the short line, to open a sentence. */
  readonly shortSentence: string;
}

const plural = (n: number, unit: string) => `${formatCount(n)} ${unit}${n === 1 ? '' : 's'}`;

/**
 * Words for a number of days back: "today", "3 days ago", "4 months ago", "1 year ago". A `to`
 * before `from` (a clock set behind the data) says so: "5 days after today".
 */
export const agoText = (from: string, to: string): string => {
  const days = daysBetween(from, to);
  if (days < 0) return `${plural(-days, 'day')} after today`;
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  const months = monthsBetween(from, to);
  if (months < 1) return `${plural(days, 'day')} ago`;
  if (months < 24) return `${plural(months, 'month')} ago`;
  return `${plural(Math.floor(months / 12), 'year')} ago`;
};

/**
 * How old the data is on `today` (`YYYY-MM-DD`): days and whole months since its as-of date,
 * and the words for it. A `today` before the as-of date gives negative counts ("3 days after today").
 */
export const dataAge = (dataset: Dataset, today: string): DataAge => {
  const ago = agoText(dataset.asOf, today);
  return {
    asOf: dataset.asOf,
    today,
    days: daysBetween(dataset.asOf, today),
    months: monthsBetween(dataset.asOf, today),
    ago,
    text: `Data as of ${formatDate(dataset.asOf)}, ${ago}`,
    shortText: `data as of ${formatDate(dataset.asOf, { short: true })}, ${ago}`,
    shortSentence: `Data as of ${formatDate(dataset.asOf, { short: true })}, ${ago}`,
  };
};
