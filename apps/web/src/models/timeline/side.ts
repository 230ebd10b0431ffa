import type { EventView } from '@tradetalks/core';

export type EventSide = 'US' | 'CN' | 'both' | 'none';

/** Which column an event sits in on a wide timeline: the side of its people, or both. */
export const eventSide = (event: Pick<EventView, 'actors'>): EventSide => {
  const sides = new Set(event.actors.map((a) => a.side));
  if (sides.size === 2) return 'both';
  return [...sides][0] ?? 'none';
};
