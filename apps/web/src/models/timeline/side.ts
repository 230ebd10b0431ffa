import { type Dataset, type Event, getActor } from '@tradetalks/core';

export type EventSide = 'US' | 'CN' | 'both' | 'none';

/** Which side an event belongs to, from the economies of its actors. */
export const eventSide = (data: Dataset, event: Event): EventSide => {
  const economies = new Set(event.actorIds.map((id) => getActor(data, id).economy));
  if (economies.size === 2) return 'both';
  return [...economies][0] ?? 'none';
};
