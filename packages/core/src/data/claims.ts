import type { Claim } from '../types';

// What the article asserts, in our words (plain literals, so bundlers can drop them unused). Only the stated figure is typed here; what it is
// checked against is computed from the dataset by calc/claims.
export const claims = [
  // — Tariffs
  {
    id: 'us-tariff-145',
    topic: 'tariffs',
    text: 'The U.S. tariff on imports from China reached 145%.',
    stated: { value: 145, unit: 'percent', decimals: 0 },
    check: { kind: 'tariff-stack', imposedBy: 'US', date: '2025-04-10' },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'A White House official confirmed on 10 April 2025 that the 125% reciprocal tariff and the 20% fentanyl tariff add up.',
        sourceIds: ['white-house-145'],
      },
      {
        text: 'The 145% counts only the emergency (IEEPA) tariffs: Section 301, Section 232 and MFN duties came on top for many goods, and some goods were exempted.',
        sourceIds: ['eca-reciprocal'],
      },
    ],
    after: [
      {
        text: 'On 20 February 2026 the Supreme Court held that IEEPA, the law behind both parts of the 145%, does not authorize tariffs. The duties had been charged; collection stopped for goods entered from 24 February, and refunds were ordered.',
        sourceIds: [
          'wikipedia-learning-resources',
          'janel-csms-67834313',
          'mondaq-cit-orders-refunds',
        ],
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'us-tariff-145-date',
    topic: 'tariffs',
    text: 'The 145% tariff was announced on 9 April 2025.',
    stated: { date: '2025-04-09' },
    check: { kind: 'event-date', eventId: 'us-125-2025' },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'The order raising the reciprocal rate to 125% is dated 9 April and applied from 10 April; the White House spelled out the 145% total on 10 April.',
        sourceIds: ['eo-14266-fr', 'white-house-145'],
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'cn-tariff-125',
    topic: 'tariffs',
    text: 'China answered with a 125% tariff on U.S. goods.',
    stated: { value: 125, unit: 'percent', decimals: 0 },
    check: { kind: 'tariff-stack', imposedBy: 'CN', date: '2025-04-12' },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'China’s 125% took effect on 12 April 2025; from 10 to 11 April its rate was 84%.',
        sourceIds: ['cn-announcement-6-2025', 'cn-announcement-5-2025'],
      },
    ],
    after: [
      {
        text: 'When the U.S. stopped collecting its IEEPA tariffs in February 2026, China’s commerce ministry said it would decide later whether to adjust the countermeasures it had taken against them; its across-the-board tariff stayed.',
        sourceIds: ['mofcom-after-ruling', 'bairdmaritime-lng-tariffs-remain'],
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'white-house-245',
    topic: 'tariffs',
    text: 'Chinese goods face tariffs of up to 245%, the White House said in a fact sheet.',
    speakerId: 'white-house',
    statedOn: '2025-04-15',
    stated: { value: 245, unit: 'percent', decimals: 0 },
    check: {
      kind: 'tariff-stack',
      imposedBy: 'US',
      date: '2025-04-15',
      figure: 'highest-on-listed-goods',
    },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'The fact sheet named the parts: the reciprocal tariff, the fentanyl tariff and Section 301 tariffs of 7.5% to 100% on specific goods. Only the few goods at 100% since the 2024 review (electric vehicles, syringes and needles) could reach the top.',
        sourceIds: ['freightwaves-up-to-245', 'ustr-review-table'],
      },
    ],
    after: [
      {
        text: 'The IEEPA part, most of the 245%, was held unlawful on 20 February 2026 and stopped being collected on 24 February; the Section 301 part stayed.',
        sourceIds: ['wikipedia-learning-resources', 'janel-csms-67834313'],
      },
    ],
    sourceIds: ['white-house-245', 'freightwaves-up-to-245'],
  },
  // — 2018–2019
  {
    id: 'us-2018-list-1-rate',
    topic: 'history',
    text: 'In 2018 the U.S. started the trade war with a 25% tariff…',
    stated: { value: 25, unit: 'percent', decimals: 0 },
    check: { kind: 'tariff-measure', measureId: 'us-301-list-1-25', field: 'rate' },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'us-2018-list-1-coverage',
    topic: 'history',
    text: '…on $34 billion of Chinese goods.',
    stated: { value: 34, unit: 'usd-bn', decimals: 0 },
    check: { kind: 'tariff-measure', measureId: 'us-301-list-1-25', field: 'coverage' },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'cn-2018-retaliation',
    topic: 'history',
    text: 'China retaliated straight away on the same scale, on farm products, cars and other goods.',
    stated: { value: 34, unit: 'usd-bn', decimals: 0 },
    check: { kind: 'tariff-measure', measureId: 'cn-34bn-25', field: 'coverage' },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'us-2018-list-3-rate',
    topic: 'history',
    text: 'The U.S. then added a 10% tariff…',
    stated: { value: 10, unit: 'percent', decimals: 0 },
    check: { kind: 'tariff-measure', measureId: 'us-301-list-3-10', field: 'rate' },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'us-2018-list-3-coverage',
    topic: 'history',
    text: '…on $200 billion of Chinese imports.',
    stated: { value: 200, unit: 'usd-bn', decimals: 0 },
    check: { kind: 'tariff-measure', measureId: 'us-301-list-3-10', field: 'coverage' },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'g20-2018',
    topic: 'history',
    text: 'Xi and Trump met at the G20 summit in December 2018.',
    stated: { date: '2018-12' },
    check: { kind: 'event-date', eventId: 'g20-buenos-aires-2018' },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'talks-broke-down-2019',
    topic: 'history',
    text: 'Negotiations had broken down by May 2019.',
    stated: { date: '2019-05' },
    check: { kind: 'event-date', eventId: 'talks-break-down-2019' },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'The U.S. raised List 3 from 10% to 25% on 10 May 2019, which fits a breakdown that month.',
        sourceIds: ['fr-2019-09681'],
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'currency-manipulator-2019',
    topic: 'history',
    text: 'After the breakdown, the U.S. designated China a currency manipulator.',
    stated: { date: '2019' },
    check: { kind: 'event-date', eventId: 'currency-manipulator-2019' },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'The designation was removed on 13 January 2020, ahead of the Phase One deal.',
        sourceIds: ['thebl-manipulator-removed'],
      },
    ],
    sourceIds: ['article'],
  },
  // — Trade
  {
    id: 'trade-2024-total',
    topic: 'trade',
    text: 'U.S.–China goods trade, exports and imports together, came to $582.4 billion in 2024 (the article cites USTR).',
    stated: { value: 582.4, unit: 'usd-bn', decimals: 1 },
    check: {
      kind: 'sum',
      terms: [
        { seriesId: 'us-exports-to-china', period: '2024', vintageId: 'first-reported' },
        { seriesId: 'us-imports-from-china', period: '2024', vintageId: 'first-reported' },
      ],
    },
    checkedAgainst: 'sources',
    alternatives: [
      {
        label: 'Revised Census figures (as compared in the February 2026 release)',
        check: {
          kind: 'sum',
          terms: [
            { seriesId: 'us-exports-to-china', period: '2024', vintageId: 'revised' },
            { seriesId: 'us-imports-from-china', period: '2024', vintageId: 'revised' },
          ],
        },
      },
      {
        label: 'After Census’s 2026 annual revision',
        check: {
          kind: 'sum',
          terms: [
            { seriesId: 'us-exports-to-china', period: '2024', vintageId: 'revised-2026' },
            { seriesId: 'us-imports-from-china', period: '2024', vintageId: 'revised-2026' },
          ],
        },
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'trade-2018-total',
    topic: 'trade',
    text: 'In 2018, when the trade war began, the same trade came to $659.8 billion.',
    stated: { value: 659.8, unit: 'usd-bn', decimals: 1 },
    check: {
      kind: 'sum',
      terms: [
        { seriesId: 'us-exports-to-china', period: '2018', vintageId: 'first-reported' },
        { seriesId: 'us-imports-from-china', period: '2018', vintageId: 'first-reported' },
      ],
    },
    checkedAgainst: 'sources',
    alternatives: [
      {
        label: 'With Census’s revised 2018 imports',
        check: {
          kind: 'sum',
          terms: [
            { seriesId: 'us-exports-to-china', period: '2018', vintageId: 'first-reported' },
            { seriesId: 'us-imports-from-china', period: '2018', vintageId: 'revised' },
          ],
        },
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'trade-change-2018-2024',
    topic: 'trade',
    text: 'That is a 12% decrease from 2018 to 2024.',
    stated: { value: -12, unit: 'percent-change', decimals: 0 },
    check: {
      kind: 'percent-change',
      from: [
        { seriesId: 'us-exports-to-china', period: '2018', vintageId: 'first-reported' },
        { seriesId: 'us-imports-from-china', period: '2018', vintageId: 'first-reported' },
      ],
      to: [
        { seriesId: 'us-exports-to-china', period: '2024', vintageId: 'first-reported' },
        { seriesId: 'us-imports-from-china', period: '2024', vintageId: 'first-reported' },
      ],
    },
    checkedAgainst: 'own-figures',
    alternatives: [
      {
        label: 'On revised Census figures for both years',
        check: {
          kind: 'percent-change',
          from: [
            { seriesId: 'us-exports-to-china', period: '2018', vintageId: 'first-reported' },
            { seriesId: 'us-imports-from-china', period: '2018', vintageId: 'revised' },
          ],
          to: [
            { seriesId: 'us-exports-to-china', period: '2024', vintageId: 'revised' },
            { seriesId: 'us-imports-from-china', period: '2024', vintageId: 'revised' },
          ],
        },
      },
    ],
    sourceIds: ['article'],
  },
  // — China's export share going to the U.S.
  {
    id: 'export-share-2018',
    topic: 'export-share',
    text: 'In 2018, 20% of China’s exports went to the U.S.',
    stated: { value: 20, unit: 'percent', decimals: 0 },
    check: {
      kind: 'share',
      part: { seriesId: 'china-exports-to-us', period: '2018' },
      whole: { seriesId: 'china-exports-total', period: '2018' },
    },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'The Economist put the share at nearly 20% for the first nine months of 2018.',
        sourceIds: ['economist-share'],
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'export-share-2023',
    topic: 'export-share',
    text: 'By 2023 the share had fallen to 15%.',
    stated: { value: 15, unit: 'percent', decimals: 0 },
    check: {
      kind: 'unverifiable',
      reason:
        'No verified figures for China’s 2023 exports to the U.S. and in total, so the share cannot be recomputed.',
    },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'export-share-2024',
    topic: 'export-share',
    text: 'In 2024 the share was down to 12%.',
    stated: { value: 12, unit: 'percent', decimals: 0 },
    check: {
      kind: 'share',
      part: { seriesId: 'china-exports-to-us', period: '2024' },
      whole: { seriesId: 'china-exports-total', period: '2024' },
    },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'Where 12% may come from: another measure. The U.S. took 11.2% of China’s total trade, exports and imports together, in January–November 2024.',
        sourceIds: ['datamarnews-share'],
      },
    ],
    after: [
      {
        text: 'In 2025 the share fell further, on China’s customs figures.',
        figure: {
          kind: 'share',
          part: { seriesId: 'china-exports-to-us', period: '2025' },
          whole: { seriesId: 'china-exports-total', period: '2025' },
        },
        sourceIds: ['article'],
      },
    ],
    sourceIds: ['article'],
  },
  // — Economy
  {
    id: 'us-gdp-q1-2025',
    topic: 'gdp',
    text: 'U.S. GDP shrank by 0.3% year on year in the first quarter of 2025.',
    stated: { value: -0.3, unit: 'percent', decimals: 1, basis: 'year-on-year' },
    check: {
      kind: 'observation',
      ref: { seriesId: 'us-real-gdp-growth', period: '2025-Q1', vintageId: 'advance' },
    },
    checkedAgainst: 'sources',
    alternatives: [
      {
        label:
          'Year on year: 2025 Q1 against 2024 Q1, from BEA’s real GDP levels (FRED, December 2025)',
        check: {
          kind: 'percent-change',
          from: [{ seriesId: 'us-real-gdp-level', period: '2024-Q1' }],
          to: [{ seriesId: 'us-real-gdp-level', period: '2025-Q1' }],
          basis: 'year-on-year',
        },
      },
      {
        label: 'Year on year, as reported with the first estimate',
        check: {
          kind: 'observation',
          ref: { seriesId: 'us-real-gdp-growth-yoy', period: '2025-Q1' },
        },
      },
      {
        label: 'Annualized, recomputed from the same levels (2024 Q4 to 2025 Q1)',
        check: {
          kind: 'annualized-change',
          from: { seriesId: 'us-real-gdp-level', period: '2024-Q4' },
          to: { seriesId: 'us-real-gdp-level', period: '2025-Q1' },
        },
      },
      {
        label: 'Second estimate (29 May 2025)',
        check: {
          kind: 'observation',
          ref: { seriesId: 'us-real-gdp-growth', period: '2025-Q1', vintageId: 'second' },
        },
      },
      {
        label: 'Third estimate (26 June 2025)',
        check: {
          kind: 'observation',
          ref: { seriesId: 'us-real-gdp-growth', period: '2025-Q1', vintageId: 'third' },
        },
      },
      {
        label: '2025 annual update (25 September 2025)',
        check: {
          kind: 'observation',
          ref: {
            seriesId: 'us-real-gdp-growth',
            period: '2025-Q1',
            vintageId: 'annual-update-2025',
          },
        },
      },
    ],
    context: [
      {
        text: 'Some other reports used the same “year-on-year” label for BEA’s annualized figure.',
        sourceIds: ['liga-gdp-mislabel'],
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'china-pmi-april-2025',
    topic: 'pmi',
    text: 'China’s manufacturing PMI fell to 49.0 in April 2025.',
    stated: { value: 49.0, unit: 'index', decimals: 1 },
    check: { kind: 'observation', ref: { seriesId: 'china-manufacturing-pmi', period: '2025-04' } },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'china-pmi-contraction',
    topic: 'pmi',
    text: 'A PMI below 50 is read as contraction, and April’s was below 50.',
    stated: { holds: true },
    check: { kind: 'below', ref: { seriesId: 'china-manufacturing-pmi', period: '2025-04' } },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'china-pmi-expectations',
    topic: 'pmi',
    text: 'April’s PMI came in well below market expectations.',
    stated: { holds: true },
    check: {
      kind: 'below',
      ref: { seriesId: 'china-manufacturing-pmi', period: '2025-04' },
      than: { seriesId: 'china-manufacturing-pmi-consensus', period: '2025-04' },
    },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  // — The talks
  {
    id: 'mofcom-earlier-this-month',
    topic: 'talks',
    text: 'Earlier in May, China’s commerce ministry said the U.S. had asked for talks several times.',
    stated: { date: '2025-05' },
    check: { kind: 'event-date', eventId: 'mofcom-assessing-2025' },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'rubio-reaching-out',
    topic: 'talks',
    text: 'On 1 May Rubio said China was reaching out to negotiate.',
    stated: { date: '2025-05-01' },
    check: {
      kind: 'unverifiable',
      reason:
        'The State Department transcript we hold dates the interview to 1 May, but its excerpt does not contain the words the article quotes.',
    },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'The interview is dated by context: it aired the evening of Trump’s University of Alabama speech.',
        sourceIds: ['state-rubio-hannity'],
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'trip-announced',
    topic: 'talks',
    text: 'The Treasury announced the Switzerland trip on 6 May 2025.',
    stated: { date: '2025-05-06' },
    check: { kind: 'event-date', eventId: 'treasury-announces-2025' },
    checkedAgainst: 'sources',
    sourceIds: ['article'],
  },
  {
    id: 'trip-on-8-may',
    topic: 'talks',
    text: 'Bessent and Greer were to go to Switzerland on 8 May to meet Chinese officials.',
    stated: { date: '2025-05-08' },
    check: { kind: 'event-date', eventId: 'bessent-greer-travel-2025' },
    checkedAgainst: 'sources',
    context: [
      {
        text: '8 May was the travel date; the meetings with He Lifeng took place in Geneva on 10–11 May.',
        sourceIds: ['geneva-joint-statement'],
      },
    ],
    sourceIds: ['article'],
  },
  {
    id: 'trump-not-trading',
    topic: 'talks',
    text: 'Trump said the U.S. was not trading with China at all.',
    stated: { holds: true },
    check: {
      kind: 'zero',
      terms: [
        {
          seriesId: 'us-exports-to-china-monthly',
          period: '2025-04',
          vintageId: 'first-full-year',
        },
        {
          seriesId: 'us-imports-from-china-monthly',
          period: '2025-04',
          vintageId: 'first-full-year',
        },
      ],
    },
    checkedAgainst: 'sources',
    context: [
      {
        text: 'In April 2025, the month before the remark, U.S. imports from China fell from March but did not stop.',
        figure: {
          kind: 'percent-change',
          from: [
            {
              seriesId: 'us-imports-from-china-monthly',
              period: '2025-03',
              vintageId: 'first-full-year',
            },
          ],
          to: [
            {
              seriesId: 'us-imports-from-china-monthly',
              period: '2025-04',
              vintageId: 'first-full-year',
            },
          ],
        },
        sourceIds: ['article'],
      },
    ],
    sourceIds: ['article'],
  },
] as const satisfies readonly Claim[];
