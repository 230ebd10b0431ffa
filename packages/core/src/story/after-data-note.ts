import { formatDate } from '../format/date';

/**
 * The words for a tariff day asked for after the verified data: "1 December 2026 is after the
 * verified data, which ends on 9 November 2026: these are the stacks in force then. …".
 */
export const afterDataNote = (date: string, lastVerified: string): string =>
  `${formatDate(date)} is after the verified data, which ends on ${formatDate(lastVerified)}: these are the stacks in force then. What was due in between is not established.`;
