import { isoDayOf, parseIsoDay } from '@tradetalks/core';

/** The day the app says the data's age against, or why `TRADETALKS_TODAY` cannot be read. */
export type Today = { readonly ok: true; readonly date: string } | { ok: false; reason: string };

/**
 * Today, as the calendar day of the clock (UTC, as core reads every day), unless
 * `TRADETALKS_TODAY=YYYY-MM-DD` fixes it: for tests and screenshots that must not change
 * with the date. A malformed or impossible override is refused, never guessed at.
 */
export const todayFrom = (
  env: Readonly<Record<string, string | undefined>>,
  now: Date = new Date(),
): Today => {
  const fixed = env.TRADETALKS_TODAY;
  if (fixed === undefined || fixed === '') return { ok: true, date: isoDayOf(now) };
  const parsed = parseIsoDay(fixed);
  return parsed.ok
    ? { ok: true, date: parsed.date }
    : { ok: false, reason: `TRADETALKS_TODAY: ${parsed.reason}` };
};
