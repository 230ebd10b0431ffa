import type { TariffLayer } from '../../types';

// The U.S. layers that replaced the IEEPA tariffs after the Supreme Court's ruling, and the
// 2025 Section 301 action on legacy chips. From shared/reference/2026/us-tariffs.md.
export const layers2026 = [
  {
    id: 'us-section-122',
    imposedBy: 'US',
    program: 'section-122',
    name: 'Section 122 import surcharge',
    scope: 'all-goods',
    legalBasis: 'Section 122, Trade Act of 1974 (Proclamation 11012)',
    order: 2,
    note: 'A balance-of-payments surcharge on imports from every country, limited by law to 150 days. Goods under Section 232 and listed exemptions (critical minerals, energy, pharmaceuticals, some electronics) did not pay it.',
    legalHistory: [
      {
        date: '2026-05-07',
        kind: 'held-unlawful-for-plaintiffs',
        courtId: 'court-of-international-trade',
        summary:
          'The Court of International Trade (2–1) held the surcharge unlawful but barred it only for the importers and states that sued.',
        eventId: 'section-122-cit-ruling-2026',
        sourceIds: ['bakermckenzie-cit-section-122'],
      },
      {
        date: '2026-05-12',
        kind: 'ruling-stayed',
        courtId: 'federal-circuit',
        summary:
          'The Federal Circuit stayed that order, so the surcharge was collected until it lapsed on 23 July 2026.',
        eventId: 'section-122-stay-2026',
        sourceIds: ['vatcheck-section-122-stay'],
      },
    ],
  },
  {
    id: 'us-301-forced-labour',
    imposedBy: 'US',
    program: 'section-301-forced-labour',
    name: 'Section 301 forced-labour tariff',
    scope: 'all-goods',
    legalBasis: 'Section 301, Trade Act of 1974 (USTR action of 23 July 2026; HTS 9903.05.31)',
    order: 3,
    note: 'Charged on top of the China Section 301 list rates. Goods under the Section 232 headings the action names, and products in its exemption annex, do not pay it.',
    legalHistory: [
      {
        date: '2026-08-03',
        kind: 'challenged',
        courtId: 'court-of-international-trade',
        summary:
          '25 states sued in the Court of International Trade to stop the tariff; no injunction had been granted by 8 August 2026.',
        eventId: 'forced-labour-suit-2026',
        sourceIds: ['sih-dnk-usa-duties'],
      },
    ],
  },
  {
    id: 'us-301-legacy-chips',
    imposedBy: 'US',
    program: 'section-301-semiconductors',
    name: 'Section 301 legacy-chips tariff',
    scope: 'listed-goods',
    covers: 'Legacy semiconductors in 18 subheadings, on top of their 50% review rate',
    legalBasis: 'Section 301, Trade Act of 1974 (90 FR 60848)',
    order: 40,
  },
] as const satisfies readonly TariffLayer[];
