import type { Basis, EventKind } from '../types';

/** What a claim verdict is called and what it means, for legends and help screens. */
export const VERDICTS = {
  consistent: {
    label: 'Consistent',
    symbol: '✓',
    meaning: 'Recomputed from the sources, the figure matches within the rounding it is given to.',
  },
  inconsistent: {
    label: 'Inconsistent',
    symbol: '✗',
    meaning: 'The article’s own figures do not give the number it states.',
  },
  mislabelled: {
    label: 'Mislabelled',
    symbol: '≠',
    meaning: 'The number is right but described as something it is not (for example its basis).',
  },
  disputed: {
    label: 'Disputed',
    symbol: '⚠',
    meaning: 'Independent sources give a different figure, beyond any rounding.',
  },
  unverifiable: {
    label: 'Unverifiable',
    symbol: '?',
    meaning: 'No verified source in our data can confirm or refute it.',
  },
} as const;

export type Verdict = keyof typeof VERDICTS;

/** Each basis as a phrase: "an annualized quarter-over-quarter rate". */
export const BASIS_PHRASES: Record<Basis, string> = {
  level: 'a level',
  'annualized-quarter-over-quarter': 'an annualized quarter-over-quarter rate',
  'year-on-year': 'a year-on-year change',
  'diffusion-index': 'a diffusion index',
  share: 'a share',
  'average-tariff': 'an average tariff rate',
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  talks: 'Talks',
  'tariff-action': 'Tariff action',
  statement: 'Statement',
  designation: 'Designation',
  'data-release': 'Data release',
  meeting: 'Meeting',
  agreement: 'Agreement',
  ruling: 'Court ruling',
  refunds: 'Refunds',
  'non-tariff': 'Non-tariff measure',
  investigation: 'Investigation',
  litigation: 'Court case',
};

export const ECONOMY_NAMES = { US: 'United States', CN: 'China' } as const;
