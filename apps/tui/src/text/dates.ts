import { formatDate } from '@tradetalks/core';

// One way to write a date everywhere in the terminal app: core's short form, so a month is
// "Apr" (and September "Sept") in a list, a detail, a chart axis and a header alike.
//
// Core writes it with Intl.DateTimeFormat (en-GB), whose first use costs a few milliseconds
// of start-up the scriptable commands cannot spare; the same words come from this table,
// and a test holds them to core's output for every day in the data (see the README's note
// for core).
const MONTHS = [
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
];

/** "10 Apr 2025", "Apr 2025", "2018", "2025 Q1": a date at the precision it is known. */
export const showDate = (date: string): string => {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const month = MONTHS[Number(match?.[2]) - 1];
  if (match === null || month === undefined) return formatDate(date, { short: true });
  return match[3] === undefined
    ? `${month} ${match[1]}`
    : `${Number(match[3])} ${month} ${match[1]}`;
};

/** "10–11 May 2025", "6 Jul 2018 – 1 Jan 2019": a span, or one date when there is no end. */
export const showDateRange = (start: string, end?: string): string => {
  if (end === undefined || end === start) return showDate(start);
  if (start.length === 10 && end.length === 10 && start.slice(0, 7) === end.slice(0, 7)) {
    return `${Number(start.slice(8))}–${showDate(end)}`;
  }
  return `${showDate(start)} – ${showDate(end)}`;
};
