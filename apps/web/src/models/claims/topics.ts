import type { Claim } from '@tradetalks/core';

/** The topics in reading order, with their headings. */
export const TOPICS: readonly { id: Claim['topic']; label: string }[] = [
  { id: 'tariffs', label: 'Tariffs in 2025' },
  { id: 'history', label: 'The first trade war' },
  { id: 'trade', label: 'Trade' },
  { id: 'export-share', label: 'China’s export share' },
  { id: 'gdp', label: 'U.S. GDP' },
  { id: 'pmi', label: 'China’s PMI' },
  { id: 'talks', label: 'The road to the talks' },
];

export const topicLabel = (id: Claim['topic']): string =>
  TOPICS.find((t) => t.id === id)?.label ?? id;
