import { formatDate } from '@tradetalks/core';

// One way to write a date everywhere in the terminal app: core's short form, so a month is
// "Apr" (and September "Sept") in a list, a detail, a chart axis and a header alike.

/** "10 Apr 2025", "Apr 2025", "2018", "2025 Q1": a date at the precision it is known. */
export const showDate = (date: string): string => {
  if (!/^\d{4}-\d{2}$/.test(date)) return formatDate(date, { short: true });
  // A month alone: core's short month, as a day of that month spells it.
  const [, month = '', year = ''] = formatDate(`${date}-01`, { short: true }).split(' ');
  return `${month} ${year}`;
};

/** "10–11 May 2025", "6 Jul 2018 – 1 Jan 2019": a span, or one date when there is no end. */
export const showDateRange = (start: string, end?: string): string => {
  if (end === undefined || end === start) return showDate(start);
  if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7)) {
    return `${Number(start.slice(8))}–${showDate(end)}`;
  }
  return `${showDate(start)} – ${showDate(end)}`;
};
