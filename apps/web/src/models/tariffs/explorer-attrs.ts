/**
 * Attributes the server-rendered parts of the tariff explorer carry, for its islands to find
 * them. (In a plain module: a server component cannot read constants from a 'use client' file.)
 */
/** On a panel: the stretches (indexes into core's `tariffDayIndex`) it shows, space-separated. */
export const STRETCHES_ATTR = 'data-stretches';
/** On the element holding the panels, whose inside the island replaces with every stretch's. */
export const PANELS_ATTR = 'data-explorer-panels';
/** On the list of what took effect on a change day: that day. */
export const CHANGE_DAY_ATTR = 'data-change-day';

/** Whether a panel that serves `stretches` ("3 4 9") is the one to show for `stretch`. */
export const servesStretch = (stretches: string | null, stretch: number): boolean =>
  (stretches ?? '').split(' ').includes(String(stretch));
