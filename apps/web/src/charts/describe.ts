/** Words for the direction of a change, for generated text alternatives. */
export const direction = (from: number, to: number): 'up' | 'down' | 'unchanged' =>
  to > from ? 'up' : to < from ? 'down' : 'unchanged';

/** "a", "a and b", "a, b and c". */
export const listJoin = (items: readonly string[]): string => {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
};

/** Upper-cases the first letter: generated sentences often start with a value or a name. */
export const sentence = (text: string): string =>
  text.length === 0 ? text : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;

/** The entry with the largest `value(entry)`; the first one on ties. */
export const maxBy = <T>(items: readonly T[], value: (item: T) => number): T | undefined =>
  items.reduce<T | undefined>(
    (best, item) => (best === undefined || value(item) > value(best) ? item : best),
    undefined,
  );

/** "down 18.6%", "up 19.3%", "unchanged" for a percent change. */
export const movedPct = (changePct: number, format: (v: number) => string): string =>
  changePct === 0 ? 'unchanged' : `${changePct < 0 ? 'down' : 'up'} ${format(Math.abs(changePct))}`;

/** "in January 2018", "on 14 May 2025", "in 2025 Q1": a period with the right preposition. */
export const atPeriod = (period: string, format: (p: string) => string): string =>
  `${period.length === 10 ? 'on' : 'in'} ${format(period)}`;

/**
 * Keeps a minus sign on the line of the amount it signs: "−$419.2B" may otherwise break after
 * the minus, which reads as a dash. Inserts a word joiner (U+2060) between them.
 */
export const joinSigns = (text: string): string => text.replace(/−(?=\$)/g, '−\u2060');
