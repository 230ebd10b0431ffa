import { parseDateInput } from '@tradetalks/core';

/** The date the tariff explorer shows, and why it is not the one asked for, if it is not. */
export interface ResolvedDate {
  readonly date: string;
  /** Set when `?date=` could not be used: what was wrong, in words a reader can act on. */
  readonly problem?: string;
}

/**
 * Reads the `?date=` value: no value means the latest date; a value that is not a real day
 * inside the data (text, 2025-13-45, year 3000) falls back to the latest date with the
 * reason core's `parseDateInput` gives. Never throws.
 */
export const resolveDateParam = (
  raw: string | null | undefined,
  range: { readonly min: string; readonly max: string },
): ResolvedDate => {
  if (raw === null || raw === undefined || raw.trim() === '') return { date: range.max };
  const parsed = parseDateInput(raw, range.min, range.max);
  return parsed.ok ? { date: parsed.date } : { date: range.max, problem: parsed.reason };
};

/** Index of the state in force on `date`: the last whose start is on or before it (0 if none). */
export const stateIndexFor = (starts: readonly string[], date: string): number => {
  let index = 0;
  for (const [i, start] of starts.entries()) {
    if (start <= date) index = i;
    else break;
  }
  return index;
};

/** The change dates either side of `date`, to step through the history. */
export const neighbourDates = (
  changeDates: readonly string[],
  date: string,
): { previous: string | undefined; next: string | undefined } => ({
  previous: changeDates.filter((d) => d < date).at(-1),
  next: changeDates.find((d) => d > date),
});
