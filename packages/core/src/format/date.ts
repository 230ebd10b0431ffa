import { datePrecision, toUtcDate } from '../calc/dates';
import type { PartialDate } from '../types';

// Created on first use, so that importing the package runs no code.
const formats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (key: 'day' | 'dayShort' | 'month'): Intl.DateTimeFormat => {
  let format = formats.get(key);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions =
      key === 'month'
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : {
            day: 'numeric',
            month: key === 'day' ? 'long' : 'short',
            year: 'numeric',
            timeZone: 'UTC',
          };
    format = new Intl.DateTimeFormat('en-GB', options);
    formats.set(key, format);
  }
  return format;
};

/**
 * A date at the precision it is known: "10 April 2025", "May 2019", "2018".
 * `short` abbreviates the month ("10 Apr 2025"). Quarters pass through ("2025-Q1" → "2025 Q1").
 */
export const formatDate = (date: PartialDate, { short = false } = {}): string => {
  if (/^\d{4}-Q[1-4]$/.test(date)) return date.replace('-', ' ');
  const precision = datePrecision(date);
  if (precision === 'year') return date;
  if (precision === 'month') return dateFormat('month').format(toUtcDate(date));
  return dateFormat(short ? 'dayShort' : 'day').format(toUtcDate(date));
};

/** A span of days: "10–11 May 2025", or one date when there is no end. */
export const formatDateRange = (start: PartialDate, end?: PartialDate): string => {
  if (end === undefined || end === start) return formatDate(start);
  if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7)) {
    return `${Number(start.slice(8))}–${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
};
