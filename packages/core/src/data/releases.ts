import type { Release } from '../types';

// The data's release history, oldest first. Each later release names the records it added,
// revised or removed; a test checks that every named record exists (or, removed, does not).
export const releases = [
  {
    version: '0.1.0',
    date: '2026-11-29',
    summary:
      'First release: the article’s figures and their context, 2018 to 10 November 2025, each claim re-checked.',
    changes: [],
  },
  {
    version: '0.2.0',
    date: '2026-12-01',
    summary:
      'Through 2026: the Supreme Court’s IEEPA ruling, the refunds, Section 122, the forced-labour Section 301 and the 2024 four-year review.',
    changes: [
      {
        change: 'added',
        collection: 'tariffLayers',
        ids: ['us-section-122', 'us-301-forced-labour', 'us-301-legacy-chips', 'us-301-review-evs'],
      },
      {
        change: 'added',
        collection: 'tariffMeasures',
        ids: [
          'us-fentanyl-ended',
          'us-reciprocal-ended',
          'us-section-122-10',
          'us-section-122-lapsed',
          'us-301-forced-labour-12-5',
          'us-301-review-evs-100',
        ],
      },
      {
        change: 'added',
        collection: 'events',
        ids: [
          'scotus-ieepa-ruling-2026',
          'ieepa-collection-ends-2026',
          'ieepa-refund-order-2026',
          'section-122-lapses-2026',
        ],
      },
      {
        change: 'revised',
        collection: 'tariffLayers',
        ids: ['us-ieepa-fentanyl', 'us-ieepa-reciprocal'],
      },
      { change: 'revised', collection: 'tariffMeasures', ids: ['cn-all-10-nov', 'cn-energy-2025'] },
      { change: 'revised', collection: 'events', ids: ['white-house-245-2025'] },
    ],
  },
] as const satisfies readonly Release[];
