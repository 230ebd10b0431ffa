import type { Event } from '../../types';

// The U.S. tariff stack's own story after 2024: the four-year review, the Supreme Court's
// ruling, the refunds, Section 122 and the forced-labour Section 301. In our own words.
export const events2026Tariffs = [
  // — The 2024 four-year review of the Section 301 tariffs
  {
    id: 'review-announced-2024',
    date: '2024-05-14',
    kind: 'tariff-action',
    title: 'U.S. to raise Section 301 tariffs on about $18B of Chinese goods',
    summary:
      'Closing the four-year review of the 2018 tariffs, the White House directs higher Section 301 rates on strategic goods: electric vehicles, batteries, solar cells, chips, medical supplies, steel and critical minerals. No existing tariff is cut.',
    figures: [
      {
        label: 'Imports covered by the increases, a year',
        value: 18,
        unit: 'usd-bn',
        decimals: 0,
        qualifier: 'about',
        sourceIds: ['wiley-review-announced'],
      },
    ],
    actorIds: ['white-house', 'ustr'],
    sourceIds: ['wiley-review-announced'],
  },
  {
    id: 'review-step-1-2024',
    date: '2024-09-27',
    kind: 'tariff-action',
    title: 'First review increases: 100% on Chinese EVs, syringes and needles',
    summary:
      'Nine product groups move to their new Section 301 rates, among them electric vehicles and syringes at 100% and solar cells at 50%.',
    actorIds: ['ustr'],
    tariffMeasureIds: [
      'us-301-review-battery-parts-25',
      'us-301-review-evs-100',
      'us-301-review-ev-batteries-25',
      'us-301-review-respirators-25',
      'us-301-review-syringes-100',
      'us-301-review-cranes-25',
      'us-301-review-solar-cells-50',
      'us-301-review-steel-aluminium-25',
      'us-301-review-critical-minerals-25',
    ],
    sourceIds: ['ustr-review-table', 'fr-2024-21217', 'strtrade-review-sept-27'],
  },
  {
    id: 'review-step-2-2025',
    date: '2025-01-01',
    kind: 'tariff-action',
    title: 'Second review step: 50% on Chinese chips, polysilicon and wafers',
    summary:
      'Semiconductors, medical gloves and disposable masks step up, and a December notice adds tungsten at 25% and polysilicon and wafers at 50%.',
    actorIds: ['ustr'],
    tariffMeasureIds: [
      'us-301-review-semiconductors-50',
      'us-301-review-gloves-50',
      'us-301-review-disposable-masks-25',
      'us-301-review-tungsten-25',
      'us-301-review-polysilicon-50',
      'us-301-review-wafers-50',
    ],
    sourceIds: ['ustr-review-table', 'govinfo-2024-29462', 'tradelawdaily-tungsten'],
  },
  {
    id: 'legacy-chips-301-2025',
    date: '2025-12-23',
    kind: 'tariff-action',
    title: 'A Section 301 tariff on Chinese legacy chips, set at 0% for now',
    summary:
      'USTR answers its inquiry into China’s chip industry with a new duty on 18 subheadings, at 0% until 23 June 2027 and then at a rate to be announced.',
    actorIds: ['ustr'],
    tariffMeasureIds: ['us-301-legacy-chips-0'],
    sourceIds: ['ncbfaa-legacy-chips'],
  },
  {
    id: 'review-step-3-2026',
    date: '2026-01-01',
    kind: 'tariff-action',
    title: 'Last review step: 100% on medical gloves and enteral syringes',
    summary:
      'Gloves and enteral syringes reach 100%, masks 50%, and other lithium-ion batteries, permanent magnets and natural graphite 25%.',
    actorIds: ['ustr'],
    tariffMeasureIds: [
      'us-301-review-respirators-50',
      'us-301-review-gloves-100',
      'us-301-review-disposable-masks-50',
      'us-301-review-enteral-syringes-100',
      'us-301-review-li-ion-other-25',
      'us-301-review-magnets-25',
      'us-301-review-graphite-25',
    ],
    sourceIds: ['ustr-review-table', 'nationallawforum-2026-steps', 'strtrade-review-sept-27'],
  },
  // — The Supreme Court and the end of the IEEPA tariffs
  {
    id: 'scotus-ieepa-ruling-2026',
    date: '2026-02-20',
    kind: 'ruling',
    title: 'Supreme Court: IEEPA does not authorize tariffs',
    summary:
      'In Learning Resources, Inc. v. Trump the Court rules 6–3 that the emergency-powers law gives the President no power to impose tariffs. Both IEEPA layers on China, the fentanyl and the reciprocal tariff, lose their legal basis; the Court leaves refunds to the lower courts.',
    place: 'Washington, D.C.',
    actorIds: ['supreme-court'],
    sourceIds: ['wikipedia-learning-resources', 'dupree-ieepa-opinion', 'charm-ruling-china'],
  },
  {
    id: 'eo-14389-2026',
    date: '2026-02-20',
    kind: 'tariff-action',
    title: 'An executive order ends the IEEPA tariffs',
    summary:
      'The same day, the President orders that the IEEPA duties stop applying and stop being collected as soon as practicable; the national emergencies behind them stay in place.',
    actorIds: ['trump', 'white-house'],
    sourceIds: ['ey-ending-tariff-actions', 'ballotpedia-ending-tariff-actions'],
  },
  {
    id: 'section-122-proclaimed-2026',
    date: '2026-02-20',
    kind: 'tariff-action',
    title: 'A 10% Section 122 surcharge is proclaimed in their place',
    summary:
      'A proclamation under Section 122 of the Trade Act of 1974 puts a temporary 10% surcharge on imports from every country, China included, for the 150 days the law allows.',
    actorIds: ['trump', 'white-house'],
    sourceIds: ['thompsonhine-section-122', 'ey-ending-tariff-actions'],
  },
  {
    id: 'ieepa-collection-ends-2026',
    date: '2026-02-24',
    kind: 'tariff-action',
    title: 'CBP stops collecting the IEEPA tariffs; the 10% surcharge starts',
    summary:
      'Goods entered from 24 February pay no IEEPA duty; from the ruling until then the duties were still collected, although held unlawful. The 10% Section 122 surcharge applies from the same day.',
    actorIds: ['cbp'],
    tariffMeasureIds: ['us-fentanyl-ended', 'us-reciprocal-ended', 'us-section-122-10'],
    sourceIds: [
      'janel-csms-67834313',
      'telegraph-cbp-stops-collecting',
      'jmrodgers-csms-section-122',
      'washex-10-percent-took-effect',
    ],
  },
  // — Refunds
  {
    id: 'ieepa-mandate-2026',
    date: '2026-03-02',
    kind: 'ruling',
    title: 'The refund cases go back to the trade court',
    summary:
      'The Federal Circuit issues its mandates at once, returning the IEEPA cases to the Court of International Trade.',
    actorIds: ['federal-circuit'],
    sourceIds: ['tuttle-mandate-issued'],
  },
  {
    id: 'ieepa-refund-order-2026',
    date: '2026-03-04',
    kind: 'refunds',
    title: 'The trade court orders IEEPA refunds for every importer',
    summary:
      'The Court of International Trade orders CBP to settle entries without the IEEPA duties for all importers of record, then pauses its order on 6 March so that CBP can build a refund system. CBP tells the court how many importers and entries are involved.',
    figures: [
      {
        label: 'Importers who paid IEEPA duties',
        value: 330000,
        unit: 'count',
        decimals: -3,
        qualifier: 'over',
        asOf: '2026-03-04',
        sourceIds: ['aljazeera-cbp-not-yet-able'],
      },
      {
        label: 'Entries on which they paid them',
        value: 53000000,
        unit: 'count',
        decimals: -6,
        qualifier: 'over',
        asOf: '2026-03-04',
        sourceIds: ['aljazeera-cbp-not-yet-able'],
      },
    ],
    actorIds: ['court-of-international-trade', 'cbp'],
    sourceIds: [
      'mondaq-cit-orders-refunds',
      'withum-cit-suspends-order',
      'aljazeera-cbp-not-yet-able',
    ],
  },
  {
    id: 'ieepa-refund-claims-open-2026',
    date: '2026-04-20',
    kind: 'refunds',
    title: 'CBP opens its refund system',
    summary:
      'Importers and customs brokers can file for IEEPA refunds through CBP’s new claims process, starting with entries not yet finally settled.',
    actorIds: ['cbp'],
    sourceIds: ['mondaq-refund-appeal-signal', 'steptoe-refund-process'],
  },
  {
    id: 'ieepa-refunds-85bn-2026',
    date: '2026-05-27',
    kind: 'refunds',
    title: 'About $85B of IEEPA duties being refunded',
    summary:
      'The government tells the court that CBP is refunding about $85 billion, over half of the IEEPA tariffs paid.',
    figures: [
      {
        label: 'IEEPA duties CBP was refunding',
        value: 85,
        unit: 'usd-bn',
        decimals: 0,
        qualifier: 'about',
        asOf: '2026-05-27',
        sourceIds: ['hoganlovells-refunds-85bn'],
      },
    ],
    actorIds: ['cbp'],
    sourceIds: ['hoganlovells-refunds-85bn'],
  },
  {
    id: 'ieepa-refund-appeal-2026',
    date: '2026-06-02',
    kind: 'litigation',
    title: 'The government appeals part of the refund order',
    summary:
      'The administration appeals the trade court’s order as it applies to finally settled entries of importers who had not sued.',
    actorIds: ['court-of-international-trade'],
    sourceIds: ['bakermckenzie-refund-appeal', 'hoganlovells-refunds-85bn'],
  },
  // — Section 122 in court, and its end
  {
    id: 'section-122-cit-ruling-2026',
    date: '2026-05-07',
    kind: 'ruling',
    title: 'The trade court finds the Section 122 surcharge unlawful, for the plaintiffs only',
    summary:
      'Ruling 2–1, the Court of International Trade holds the surcharge unlawful but bars it only for the states and importers that brought the cases; everyone else keeps paying 10%.',
    actorIds: ['court-of-international-trade'],
    sourceIds: ['bakermckenzie-cit-section-122'],
  },
  {
    id: 'section-122-stay-2026',
    date: '2026-05-12',
    kind: 'ruling',
    title: 'The appeals court stays the Section 122 ruling',
    summary:
      'The Federal Circuit puts the trade court’s order on hold; the surcharge runs its course.',
    actorIds: ['federal-circuit'],
    sourceIds: ['vatcheck-section-122-stay'],
  },
  // — The forced-labour Section 301
  {
    id: 'forced-labour-probe-2026',
    date: '2026-03-12',
    kind: 'investigation',
    title: 'USTR opens forced-labour probes of 60 economies, China among them',
    summary:
      'Section 301 investigations ask whether 60 trading partners fail to ban goods made with forced labour; a parallel probe of excess capacity in 16 economies opened the day before.',
    actorIds: ['ustr'],
    sourceIds: ['reportaz-forced-labor-probe', 'focustaiwan-forced-labor-probe'],
  },
  {
    id: 'forced-labour-proposal-2026',
    date: '2026-06-02',
    kind: 'tariff-action',
    title: 'USTR proposes forced-labour tariffs of 10% or 12.5%',
    summary:
      'The proposal would tax all products of the 60 economies at 10% where some import ban or commitment exists and at 12.5% elsewhere, with exemption lists.',
    actorIds: ['ustr'],
    sourceIds: ['greenwich-forced-labor-proposal'],
  },
  {
    id: 'section-122-lapses-2026',
    date: '2026-07-24',
    kind: 'tariff-action',
    title: 'Section 122 lapses; a 12.5% forced-labour tariff takes its place',
    summary:
      'The surcharge ends with its 150 days, and from the same moment products of China pay 12.5% under the forced-labour Section 301 action taken the day before, on top of the China list rates.',
    actorIds: ['ustr'],
    tariffMeasureIds: ['us-section-122-lapsed', 'us-301-forced-labour-12-5'],
    sourceIds: ['budgetlab-policy-params', 'budgetlab-hts-rev13', 'sih-dnk-usa-duties'],
  },
  {
    id: 'forced-labour-suit-2026',
    date: '2026-08-03',
    kind: 'litigation',
    title: '25 states sue over the forced-labour tariff',
    summary:
      'A group of 25 states asks the Court of International Trade to strike down the new Section 301 tariff; no injunction had followed by 8 August.',
    actorIds: ['court-of-international-trade'],
    sourceIds: ['sih-dnk-usa-duties'],
  },
  {
    id: 'polysilicon-232-2026',
    date: '2026-08-06',
    kind: 'tariff-action',
    title: 'A Section 232 tariff on polysilicon products, due in December',
    summary:
      'A proclamation adds 15% on wafers, cells and modules from most origins, China included, with a minimum-price duty, from 4 December 2026. Section 232 tariffs sit outside the stacks shown here.',
    actorIds: ['trump', 'white-house'],
    sourceIds: ['budgetlab-polysilicon-232'],
  },
] as const satisfies readonly Event[];
