import type { Economy } from '@tradetalks/core';

/** Short names for tight columns; core's ECONOMY_NAMES has the long ones. */
export const SHORT_NAMES: Record<Economy, string> = { US: 'U.S.', CN: 'China' };

export const SIDES: readonly Economy[] = ['US', 'CN'];

/** "U.S. on China": who imposes a tariff on whom. */
export const sideLabel = (imposedBy: Economy): string =>
  `${SHORT_NAMES[imposedBy]} on ${SHORT_NAMES[imposedBy === 'US' ? 'CN' : 'US']}`;

/** "U.S. tariffs on goods from China". */
export const sideTitle = (imposedBy: Economy): string =>
  `${SHORT_NAMES[imposedBy]} tariffs on goods from ${SHORT_NAMES[imposedBy === 'US' ? 'CN' : 'US']}`;
