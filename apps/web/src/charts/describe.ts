import { formatValue, MISSING } from '@tradetalks/core';
import { listJoin, sentence } from '@/lib/words';

// In lib/, for the models' notes and lines too.
export { listJoin, sentence };

/**
 * "down 18.6%", "up 19.3%", "unchanged": a percent change core computed, in words. The
 * direction is read off the size as core shows it, so −0.04 is "unchanged", never "down 0%";
 * a change core could not compute is "not compared".
 */
export const movedPct = (changePct: number | undefined): string => {
  const size = changePct === undefined ? MISSING : formatValue(Math.abs(changePct), 'percent');
  if (changePct === undefined || size === MISSING) return 'not compared';
  if (size === formatValue(0, 'percent')) return 'unchanged';
  return `${changePct < 0 ? 'down' : 'up'} ${size}`;
};

/** "in January 2018", "on 14 May 2025", "in 2025 Q1": a period with the right preposition. */
export const atPeriod = (period: string, format: (p: string) => string): string =>
  `${period.length === 10 ? 'on' : 'in'} ${format(period)}`;

/**
 * Keeps a minus sign on the line of the amount it signs: "−$419.2B" may otherwise break after
 * the minus, which reads as a dash. Inserts a word joiner (U+2060) between them.
 */
export const joinSigns = (text: string): string => text.replace(/−(?=\$)/g, '−\u2060');
