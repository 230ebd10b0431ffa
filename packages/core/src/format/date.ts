import { datePrecision } from '../calc/dates';
import type { PartialDate } from '../types';

// Month names as en-GB writes them, by hand rather than through Intl.DateTimeFormat: the same
// text on every platform, and no ICU start-up cost in a command-line tool.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const MONTHS_SHORT = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * A date at the precision it is known: "10 April 2025", "May 2019", "2018". `short`
 * abbreviates the month ("10 Apr 2025", "Sept 2019"). Quarters pass through ("2025-Q1" →
 * "2025 Q1").
 */
export const formatDate = (date: PartialDate, { short = false } = {}): string => {
  if (/^\d{4}-Q[1-4]$/.test(date)) return date.replace('-', ' ');
  const precision = datePrecision(date);
  if (precision === 'year') return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number?];
  const month = (short ? MONTHS_SHORT : MONTHS)[m - 1] ?? String(m);
  return precision === 'month' ? `${month} ${y}` : `${d} ${month} ${y}`;
};

/** A span of days: "10–11 May 2025", or one date when there is no end. */
export const formatDateRange = (start: PartialDate, end?: PartialDate): string => {
  if (end === undefined || end === start) return formatDate(start);
  if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7)) {
    return `${Number(start.slice(8))}–${formatDate(end)}`;
  }
  return `${formatDate(start)} – ${formatDate(end)}`;
};
