import type { Event } from '../../types';

// The talks and summits of November 2025 to October 2026, and the U.S. actions on goods from
// China that sit outside the tariff stacks (Section 232, the Section 201 safeguard, exemptions,
// exceptions). In our own words. Events known only from stored copies of unknown origin are
// `reported`: shown as reported, they change no stack.
export const events2026Talks = [
  // — U.S. actions outside the stacks
  {
    id: 'farm-exemption-2025',
    date: '2025-11-13',
    kind: 'tariff-action',
    title: 'Coffee, beef, bananas and other farm goods freed of the reciprocal tariff',
    summary:
      'An order signed on 14 November takes listed farm products (coffee, tea, cocoa, spices, tropical fruit, bananas, oranges, tomatoes, beef, fertilizers) out of the IEEPA reciprocal tariff for every country, China included, for goods entered from 13 November. The fentanyl tariff still applied to them. The stacks shown here do not count exemptions.',
    actorIds: ['trump', 'white-house'],
    sourceIds: ['mondaq-farm-exemption', 'kpmg-farm-exemption'],
  },
  {
    id: 'furniture-232-postponed-2025',
    date: '2025-12-31',
    kind: 'tariff-action',
    title: 'Section 232: higher furniture and cabinet tariffs put off to 2027',
    summary:
      'A proclamation postpones the increases due on 1 January 2026 on upholstered furniture and on kitchen cabinets and vanities to 1 January 2027; the 25% set in September 2025 stays, for every origin including China. Section 232 tariffs sit outside the stacks shown here.',
    figures: [
      {
        label: 'Rate that stays on upholstered furniture, cabinets and vanities',
        value: 25,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['finanznachrichten-furniture-delay'],
      },
      {
        label: 'Postponed rate on upholstered furniture',
        value: 30,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['finanznachrichten-furniture-delay', 'buzznovahub-furniture-delay'],
      },
      {
        label: 'Postponed rate on kitchen cabinets and vanities',
        value: 50,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['finanznachrichten-furniture-delay', 'buzznovahub-furniture-delay'],
      },
    ],
    actorIds: ['trump', 'white-house'],
    sourceIds: ['finanznachrichten-furniture-delay', 'buzznovahub-furniture-delay'],
  },
  {
    id: 'semiconductors-232-2026',
    date: '2026-01-15',
    kind: 'tariff-action',
    title: 'Section 232: 25% on some advanced computing chips',
    summary:
      'Under a proclamation signed the day before, a narrow set of advanced computing chips and products built on them (HTS 8471.50, 8471.80, 8473.30) pay 25% from every origin, China included, with broad exemptions by end use. Section 232 tariffs sit outside the stacks shown here.',
    figures: [
      {
        label: 'Section 232 rate on the covered chips and products',
        value: 25,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['ey-semiconductors-232'],
      },
    ],
    actorIds: ['trump', 'white-house'],
    sourceIds: ['ey-semiconductors-232'],
  },
  {
    id: 'solar-safeguard-ends-2026',
    date: '2026-02-06',
    kind: 'tariff-action',
    title: 'The Section 201 solar safeguard ends after eight years',
    summary:
      'The safeguard tariff on crystalline-silicon solar cells and modules, which Chinese ones paid too, ends at the eight-year limit the law sets. Its last-year rate differs by source: 14.5% in the Budget Lab’s tracker, 14% in the other sources it cites. Like Section 232, the safeguard sits outside the stacks shown here.',
    figures: [
      {
        label: 'Last-year safeguard rate, Budget Lab tracker',
        value: 14.5,
        unit: 'percent',
        decimals: 1,
        sourceIds: ['budgetlab-polysilicon-232'],
      },
      {
        label: 'Last-year safeguard rate, other sources the Budget Lab cites',
        value: 14,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['budgetlab-polysilicon-232'],
      },
    ],
    actorIds: [],
    sourceIds: ['budgetlab-polysilicon-232'],
  },
  {
    id: 'pharma-232-2026',
    date: '2026-04-02',
    kind: 'tariff-action',
    title: 'Section 232: 100% on patented medicines, from a disputed start date',
    summary:
      'Proclamation 11020 sets 100% on patented pharmaceuticals and their ingredients, generics excluded, for countries without a deal, China included. When it bit is disputed: the Budget Lab reads heading 9903.04.60 as live from 31 July for anyone not on the Commerce Secretary’s relief list (relief to 29 September); RefundArrow gives 31 July for companies in Annex III and 29 September for the rest. Section 232 tariffs sit outside the stacks shown here.',
    figures: [
      {
        label: 'Baseline Section 232 rate on patented pharmaceuticals',
        value: 100,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['pwc-pharma-metals-232'],
      },
    ],
    actorIds: ['trump', 'white-house'],
    sourceIds: [
      'pwc-pharma-metals-232',
      'budgetlab-hts-rev14-rev15',
      'refundarrow-pharma-checklist',
    ],
  },
  {
    id: 'metals-232-restructured-2026',
    date: '2026-04-06',
    kind: 'tariff-action',
    title: 'Section 232 metals tariffs recast on full value',
    summary:
      'Under a proclamation of 2 April, steel, aluminium and copper duties fall on an article’s full value: 50% on many primary articles, 25% on many derivatives, a temporary 15% tier, and articles of 15% metal or less by weight out of scope. Every origin pays, China included. Section 232 tariffs sit outside the stacks shown here.',
    figures: [
      {
        label: 'Rate on many steel, aluminium and copper articles',
        value: 50,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['pwc-pharma-metals-232', 'ashurst-metals-232'],
      },
      {
        label: 'Rate on many derivative goods',
        value: 25,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['pwc-pharma-metals-232', 'ashurst-metals-232'],
      },
      {
        label: 'Temporary lower tier',
        value: 15,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['ashurst-metals-232'],
      },
    ],
    actorIds: ['trump', 'white-house'],
    sourceIds: ['ashurst-metals-232', 'pwc-pharma-metals-232'],
  },
  {
    id: 'cranes-exception-ends-2026',
    date: '2026-05-14',
    kind: 'tariff-action',
    title: 'Older crane contracts lose their Section 301 exception',
    summary:
      'Ship-to-shore cranes from China bought under contracts signed before 14 May 2024 were spared the 25% four-year-review tariff only if entered before 14 May 2026 (HTS 9903.91.09); cranes entered from that day pay it. The stacks shown here do not count exceptions.',
    actorIds: ['ustr'],
    sourceIds: ['portoria-9903-91-09', 'worldcargonews-sts-cranes'],
  },
  {
    id: 'metals-232-adjusted-2026',
    date: '2026-06-08',
    kind: 'tariff-action',
    title: 'Section 232 metals rules adjusted again',
    summary:
      'A proclamation of 1 June adjusts the steel, aluminium and copper rules again, from 12:01 a.m. EDT on 8 June, for every origin. Section 232 tariffs sit outside the stacks shown here.',
    actorIds: ['trump', 'white-house'],
    sourceIds: ['peacock-metals-june'],
  },
  {
    id: 'russia-sanctions-act-2026',
    date: '2026-09-18',
    kind: 'tariff-action',
    status: 'reported',
    title: 'A law allows tariffs on big buyers of Russian oil',
    summary:
      'Trump is reported to have signed the Lindsey O. Graham Sanctioning Russia and Iran Act of 2026, which lets the President put tariffs of up to 100% on the five largest importers of Russian oil and gas, China among them. No tariff on China under it was found. Known only from a stored digest of a U.S. News report.',
    actorIds: ['trump'],
    sourceIds: ['usnews-russia-sanctions-act'],
  },
  {
    id: 'section-301-continued-2026',
    date: '2026-10-07',
    kind: 'tariff-action',
    status: 'reported',
    title: 'China Section 301 tariffs kept during their second review',
    summary:
      'A USTR notice (91 FR 64212) is reported to keep the 2018 Section 301 actions on China in force while their second four-year review runs, with the list rates unchanged. Known only from a stored file of unknown origin; the notice itself was not read.',
    actorIds: ['ustr'],
    sourceIds: ['fr-2026-20510-continuation'],
  },
  // — Calls and talks, November 2025 to March 2026
  {
    id: 'apec-shenzhen-announced-2025',
    date: '2025-11-01',
    kind: 'statement',
    title: 'Xi: APEC 2026 will meet in Shenzhen',
    summary:
      'Xi announces that the APEC leaders’ meeting China hosts in November 2026 will be held in Shenzhen.',
    actorIds: ['xi'],
    sourceIds: ['devdiscourse-apec-shenzhen'],
  },
  {
    id: 'xi-trump-call-nov-2025',
    date: '2025-11-24',
    kind: 'talks',
    title: 'Xi and Trump speak by phone; a Beijing visit is set for April',
    summary:
      'Trump accepts Xi’s invitation to visit Beijing in April 2026 and invites Xi for a state visit to the U.S. later that year. Xi credits the Busan meeting with steadying relations.',
    actorIds: ['trump', 'xi'],
    sourceIds: ['indiatoday-call-nov-24', 'livemint-call-nov-24'],
  },
  {
    id: 'video-call-dec-2025',
    date: '2025-12-05',
    kind: 'talks',
    title: 'He Lifeng holds a video call with Bessent and Greer',
    summary:
      'The negotiators review how the Busan arrangement is being carried out. Bessent says it is on track; Xinhua calls the exchange in-depth and constructive.',
    actorIds: ['he-lifeng', 'bessent', 'greer'],
    sourceIds: ['tippinsights-video-call', 'bloomberg-video-call'],
  },
  {
    id: 'xi-trump-call-feb-2026',
    date: '2026-02-04',
    kind: 'talks',
    title: 'Xi and Trump speak by phone again',
    summary:
      'Xi asks both sides to build on small good deeds and notes that in 2026 China hosts APEC and the U.S. the G20. In an NBC interview aired on 8 February, Trump says Xi will come to the White House toward the end of the year.',
    actorIds: ['xi', 'trump'],
    sourceIds: ['ecns-call-feb-4', 'europesays-trump-nbc'],
  },
  {
    id: 'truce-extension-report-feb-2026',
    date: '2026-02-11',
    kind: 'statement',
    status: 'reported',
    title: 'Report: both sides ready to extend the truce by up to a year',
    summary:
      'The South China Morning Post reports that the two sides are poised to extend the trade truce by up to a year at the summit then planned for April. A press report of intentions, not an agreement.',
    actorIds: [],
    sourceIds: ['scmp-truce-extension-report'],
  },
  {
    id: 'paris-talks-2026',
    date: '2026-03-15',
    endDate: '2026-03-16',
    kind: 'talks',
    title: 'Sixth round of talks, in Paris',
    summary:
      'He Lifeng and Li Chenggang meet Bessent and Greer at the OECD to prepare the leaders’ summit. The talks cover tariff levels and a possible further extension of the tariff and non-tariff arrangements; Li says the teams reached preliminary consensus on some issues and that China protested the two new Section 301 probes.',
    place: 'Paris',
    actorIds: ['he-lifeng', 'li-chenggang', 'bessent', 'greer'],
    sourceIds: [
      'cgtn-paris-talks',
      'ap-paris-talks',
      'anews-paris-sixth-round',
      'investor-paris-outcome',
    ],
  },
  {
    id: 'trip-delay-2026',
    date: '2026-03-16',
    kind: 'statement',
    title: 'Trump asks to put off his Beijing trip',
    summary:
      'Citing the war with Iran, Trump says the U.S. has asked to push back by about a month the visit planned for 31 March to 2 April.',
    actorIds: ['trump'],
    sourceIds: ['anews-trip-delay', 'ap-paris-talks'],
  },
  {
    id: 'trip-new-dates-2026',
    date: '2026-03-25',
    kind: 'statement',
    title: 'The Beijing visit is reset for 14–15 May',
    summary: 'New dates are set for Trump’s state visit, which he promises will be a landmark.',
    actorIds: ['trump'],
    sourceIds: ['lapresse-monumental-event'],
  },
  // — Seoul and the Beijing summit
  {
    id: 'seoul-talks-2026',
    date: '2026-05-13',
    kind: 'talks',
    title: 'Preparatory talks in Seoul',
    summary:
      'On his way to Beijing, Bessent holds an hours-long meeting with He Lifeng, the last trade session before the summit; China had announced consultations for 12–13 May.',
    place: 'Seoul',
    actorIds: ['bessent', 'he-lifeng'],
    sourceIds: ['dailyscout-seoul-talks', 'efinder-trump-lands'],
  },
  {
    id: 'beijing-summit-2026',
    date: '2026-05-13',
    endDate: '2026-05-15',
    kind: 'meeting',
    title: 'Trump’s state visit to Beijing',
    summary:
      'The first visit by a U.S. president since 2017: arrival on 13 May, talks at the Great Hall of the People on the 14th, tea and lunch at Zhongnanhai on the 15th. No tariff changed and no joint statement text was found; Trump speaks of great trade deals while few details emerge. Wang Yi says the leaders agreed on a new vision of ties built on strategic stability.',
    place: 'Beijing',
    actorIds: ['trump', 'xi', 'wang-yi'],
    sourceIds: [
      'ap-trump-beijing-arrival',
      'ap-beijing-summit-schedule',
      'netease-wang-yi-briefing',
      'bbc-trump-leaves-beijing',
      'ninenews-summit-wrap',
    ],
  },
  {
    id: 'board-of-trade-agreed-2026',
    date: '2026-05',
    kind: 'agreement',
    title: 'A U.S.–China Board of Trade, and a Board of Investment',
    summary:
      'At the summit the leaders agree to set up a Board of Trade, to identify non-sensitive goods on each side that could see lower tariffs, and a Board of Investment. No tariff changes with it.',
    figures: [
      {
        label: 'Goods on each side the Board of Trade is to identify for tariff cuts',
        value: 30,
        unit: 'usd-bn',
        decimals: 0,
        qualifier: 'about',
        sourceIds: ['caliber-board-of-trade-comments', 'mediaselangor-board-of-trade'],
      },
    ],
    actorIds: ['trump', 'xi'],
    sourceIds: [
      'foley-board-of-trade',
      'caliber-board-of-trade-comments',
      'mediaselangor-board-of-trade',
    ],
  },
  {
    id: 'bessent-no-rush-2026',
    date: '2026-05-19',
    kind: 'statement',
    title: 'Bessent: no hurry to renew the truce',
    summary:
      'In Paris, Bessent says Washington need not rush to renew the tariff and critical-minerals truce that runs out in November: there is time to revisit it later in the year.',
    place: 'Paris',
    actorIds: ['bessent'],
    sourceIds: ['dailyscout-truce-boeing'],
  },
  {
    id: 'boeing-order-2026',
    date: '2026-05-20',
    kind: 'statement',
    title: 'China says it will buy 200 Boeing jets, Reuters reports',
    summary:
      'China’s commerce ministry confirms the aircraft order that followed the summit, without naming the models, and says China will seek to extend the truce due to lapse in November.',
    figures: [
      {
        label: 'Boeing aircraft China said it would buy',
        value: 200,
        unit: 'count',
        decimals: 0,
        sourceIds: ['dailyscout-truce-boeing', 'aaj-boeing-reuters'],
      },
    ],
    actorIds: ['mofcom'],
    sourceIds: ['dailyscout-truce-boeing', 'aaj-boeing-reuters'],
  },
  {
    id: 'board-of-trade-comments-2026',
    date: '2026-06-02',
    kind: 'tariff-action',
    title: 'USTR asks for comments on the Board of Trade',
    summary:
      'USTR opens a public comment process on which non-sensitive Chinese goods could go back to lower tariffs such as MFN rates, and on U.S. exports to China; comments are due by 10 July, rebuttals by 27 July. The notice does not name a dollar figure.',
    actorIds: ['ustr', 'greer'],
    sourceIds: [
      'caliber-board-of-trade-comments',
      'mediaselangor-board-of-trade',
      'diplomaticinsight-board-of-trade',
    ],
  },
  // — September 2026: reported only
  {
    id: 'washington-summit-2026',
    date: '2026-09-24',
    kind: 'meeting',
    status: 'reported',
    title: 'Xi’s state visit to Washington',
    summary:
      'Xi is reported to have met Trump in Washington on a state visit. Known only from stored news digests of unknown origin; no official readout was read.',
    place: 'Washington, D.C.',
    actorIds: ['xi', 'trump'],
    sourceIds: ['cnbc-truce-extension-hint', 'ft-truce-to-january'],
  },
  {
    id: 'truce-extended-2027-reported',
    date: '2026-09-24',
    kind: 'agreement',
    status: 'reported',
    title: 'Truce reported extended to 10 January 2027',
    summary:
      'Bessent is reported to have said the two sides agreed to extend the Busan and Kuala Lumpur truce to January, and MOFCOM to have confirmed on 28 September an extension to 10 January 2027. No U.S. or Chinese implementing notice was found, so what happened on 10 November 2026 is not established.',
    actorIds: ['bessent', 'mofcom'],
    sourceIds: [
      'cnbc-truce-extension-hint',
      'ft-truce-to-january',
      'brecorder-mofcom-truce',
      'mofcom-truce-statement-sept',
    ],
  },
  {
    id: 'board-of-trade-lists-2026',
    date: '2026-09-28',
    kind: 'agreement',
    status: 'reported',
    title: 'Lists of goods for tariff cuts each way',
    summary:
      'The two governments are reported to have published matching lists for tariff cuts under the Board of Trade. The U.S. list is said to cover categories of Chinese goods such as toys, sports equipment, Christmas decorations, tableware and fireworks, leaving out chips, EVs and batteries. No rate or start date was given.',
    figures: [
      {
        label: 'Imports each side is to cut tariffs on',
        value: 30,
        unit: 'usd-bn',
        decimals: 0,
        sourceIds: ['cnbc-board-of-trade-lists', 'cnn-tariff-cuts-60bn'],
      },
      {
        label: 'Categories of Chinese goods on the U.S. list',
        value: 77,
        unit: 'count',
        decimals: 0,
        sourceIds: ['cnbc-board-of-trade-lists'],
      },
    ],
    actorIds: [],
    sourceIds: ['cnbc-board-of-trade-lists', 'cnn-tariff-cuts-60bn'],
  },
] as const satisfies readonly Event[];
