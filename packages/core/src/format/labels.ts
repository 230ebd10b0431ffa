import type { LegalStanding } from '../calc/legal-status';
import type { Basis, Claim, EventKind, Source, TariffProgram } from '../types';

type ClaimTopic = Claim['topic'];

/**
 * What a claim verdict is called and what it means, for legends and help screens, and its
 * `rating` on the 1 (worst) to 5 (best) scale fact-check markup (schema.org ClaimReview)
 * rates on; unverifiable has no place on it.
 */
export const VERDICTS = {
  consistent: {
    label: 'Consistent',
    symbol: '✓',
    meaning: 'Recomputed from the sources, the figure matches within the rounding it is given to.',
    rating: 5,
  },
  inconsistent: {
    label: 'Inconsistent',
    symbol: '✗',
    meaning: 'The article’s own figures do not give the number it states.',
    rating: 1,
  },
  mislabelled: {
    label: 'Mislabelled',
    symbol: '≠',
    meaning: 'The number is right but described as something it is not (for example its basis).',
    rating: 3,
  },
  disputed: {
    label: 'Disputed',
    symbol: '⚠',
    meaning: 'Independent sources give a different figure, beyond any rounding.',
    rating: 2,
  },
  unverifiable: {
    label: 'Unverifiable',
    symbol: '?',
    meaning: 'No verified source in our data can confirm or refute it.',
    rating: undefined,
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

/** What each side's stack is called, in full and short: the same words on every surface. */
export const SIDE_TITLES = {
  US: { full: 'U.S. tariffs on goods from China', short: 'U.S. on China' },
  CN: { full: 'China’s tariffs on goods from the U.S.', short: 'China on the U.S.' },
} as const;

/** The topics of the fact check in reading order, with their headings. */
export const CLAIM_TOPICS = [
  { id: 'tariffs', label: 'Tariffs in 2025' },
  { id: 'history', label: 'The first trade war' },
  { id: 'trade', label: 'Trade' },
  { id: 'export-share', label: 'China’s export share' },
  { id: 'gdp', label: 'U.S. GDP' },
  { id: 'pmi', label: 'China’s PMI' },
  { id: 'talks', label: 'The road to the talks' },
] as const satisfies readonly { id: ClaimTopic; label: string }[];

/** What a claim was checked against, as a phrase after "Checked against". */
export const CHECKED_AGAINST: Record<Claim['checkedAgainst'], string> = {
  'own-figures': 'the article’s own figures',
  sources: 'independent sources',
};

/** The order findings are shown in: what the check found wrong first. */
export const VERDICT_ORDER = [
  'disputed',
  'mislabelled',
  'inconsistent',
  'unverifiable',
  'consistent',
] as const satisfies readonly Verdict[];

/** What a source's kind means for a reader. */
export const SOURCE_KINDS: Record<Source['kind'], { label: string; meaning: string }> = {
  official: { label: 'Official', meaning: 'The originating body’s own page.' },
  secondary: {
    label: 'Secondary',
    meaning: 'A page quoting or summarising the original; both are named.',
  },
  news: { label: 'News', meaning: 'A news or law-firm report, in its own name.' },
  research: { label: 'Research', meaning: 'A research institute’s own page or data.' },
  article: { label: 'The article', meaning: 'The news article this project starts from.' },
};

/** How a source's primary document is labelled beside the page read, by whether it was read. */
export const ORIGINAL_LABELS = {
  read: 'original',
  notRead: 'original, not read',
} as const;

/** The mark on an event known only from reports (`EventView.reported`), and what it means. */
export const REPORTED_LABEL = {
  label: 'reported',
  meaning: 'Known only from reports that could not be verified.',
} as const;

/** Each tariff programme's name, for grouping a stack's layers. */
export const PROGRAM_LABELS: Record<TariffProgram, string> = {
  ieepa: 'IEEPA emergency tariffs',
  'section-122': 'Section 122 surcharge',
  'section-301-lists': 'Section 301 lists (2018–2019)',
  'section-301-review': 'Section 301 four-year review (2024)',
  'section-301-forced-labour': 'Section 301 forced-labour tariff',
  'section-301-semiconductors': 'Section 301 legacy chips',
  'cn-across-the-board': 'Across-the-board tariff',
  'cn-retaliation-2018': 'Retaliation lists (2018–2019)',
  'cn-retaliation-2025': 'Retaliation lists (2025)',
};

/** Where a layer stood in law, in a few words and in a sentence's worth. */
export const LEGAL_STANDINGS: Record<LegalStanding, { label: string }> = {
  unchallenged: { label: 'in force' },
  challenged: { label: 'challenged in court' },
  'held-unlawful-for-plaintiffs': { label: 'held unlawful for the plaintiffs' },
  'held-unlawful-for-plaintiffs-stayed': {
    label: 'held unlawful for the plaintiffs; ruling stayed',
  },
  'held-unlawful': { label: 'held unlawful' },
};

/** Which goods a layer applies to. */
export const SCOPE_LABELS = { 'all-goods': 'all goods', 'listed-goods': 'listed goods' } as const;
