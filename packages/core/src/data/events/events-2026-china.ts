import type { Event } from '../../types';

// What China charged on U.S. goods and did, from the Kuala Lumpur arrangement to July 2026:
// the companion of Announcement No. 10, MOFCOM after the Supreme Court's ruling, the Board of
// Trade framework, and the non-tariff measures. The talks and summits are in their own chapter.
export const events2026China = [
  // — The Kuala Lumpur arrangement and the November 2025 steps
  {
    id: 'kuala-lumpur-arrangement-2025',
    date: '2025-10-30',
    kind: 'statement',
    title: 'MOFCOM sets out the Kuala Lumpur arrangement',
    summary:
      'China’s commerce ministry says the U.S. will take 10 points off its fentanyl tariff and keep 24 points of its reciprocal tariff suspended for another year; China will adjust its countermeasures to match, and both sides will keep extending some tariff exclusions.',
    actorIds: ['mofcom'],
    sourceIds: ['mofcom-kuala-lumpur-2025'],
  },
  {
    id: 'cn-farm-tariffs-end-2025',
    date: '2025-11-05',
    kind: 'tariff-action',
    title: 'China ends its March 2025 farm tariffs',
    summary:
      'A companion notice to Announcement No. 10 stops the extra 10–15% on U.S. chicken, wheat, corn, cotton, sorghum, soybeans, pork, beef and other farm goods from 13:01 Beijing time on 10 November; its own number is not verified. Reports then differ on the total tariff U.S. soybeans faced: 13% in summaries of U.S. press, near 24% in a Reuters report of mid-November.',
    figures: [
      {
        label: 'Total tariff on U.S. soybeans, as summaries of U.S. press put it',
        value: 13,
        unit: 'percent',
        decimals: 0,
        sourceIds: ['livarava-soybeans-13', 'particle-cofco-soybeans'],
      },
      {
        label: 'Tariff on U.S. soybeans, as a Reuters report put it',
        value: 24,
        unit: 'percent',
        decimals: 0,
        qualifier: 'about',
        sourceIds: ['particle-usda-soy-pledge'],
      },
    ],
    actorIds: ['tariff-commission'],
    tariffMeasureIds: ['cn-all-10-nov'],
    sourceIds: [
      'udn-announcement-10',
      'reportaz-china-confirms-suspension',
      'indiatv-announcement-10',
      'livarava-soybeans-13',
      'particle-cofco-soybeans',
      'particle-usda-soy-pledge',
    ],
  },
  {
    id: 'cn-entity-lists-eased-2025',
    date: '2025-11-06',
    kind: 'designation',
    title: 'China eases its entity-list measures on U.S. firms from 10 November',
    summary:
      'MOFCOM ends the Unreliable Entity List measures of 4 March 2025 and keeps those of 4 April suspended for another year. On its export-control list, the U.S. entities of Announcement No. 13 are suspended and those of No. 21 stay suspended for a year. Chinese firms may apply to deal with them.',
    figures: [
      {
        label:
          'U.S. entities of Announcement No. 13 (March 2025) whose export controls are suspended',
        value: 15,
        unit: 'count',
        decimals: 0,
        sourceIds: ['weiqi-export-control-list'],
      },
      {
        label: 'U.S. entities of Announcement No. 21 (April 2025) kept suspended for a year',
        value: 16,
        unit: 'count',
        decimals: 0,
        sourceIds: ['weiqi-export-control-list'],
      },
    ],
    actorIds: ['mofcom'],
    sourceIds: ['weiqi-unreliable-entity-list', 'weiqi-export-control-list'],
  },
  {
    id: 'cn-export-controls-paused-2025',
    date: '2025-11-07',
    kind: 'non-tariff',
    title: 'China pauses its October export controls for a year',
    summary:
      'Announcement No. 70 suspends six October 2025 measures (Nos. 55–58, 61 and 62: rare-earth equipment, materials and technologies, medium and heavy rare earths, lithium-battery and graphite-anode items, superhard materials, and the extraterritorial rule) until 10 November 2026, for every destination. The April 2025 licensing of seven rare earths is not part of the pause.',
    actorIds: ['mofcom'],
    sourceIds: [
      'clarkhill-export-controls-pause',
      'resilinc-export-pause',
      'rawmaterials-october-suspended',
    ],
  },
  {
    id: 'cn-dual-use-ban-paused-2025',
    date: '2025-11-09',
    kind: 'non-tariff',
    title: 'China suspends its ban on gallium, germanium and antimony exports to the U.S.',
    summary:
      'Announcement No. 72 suspends, until 27 November 2026, Article 2 of Announcement No. 46 of 2024, which barred exports of gallium, germanium, antimony and superhard materials to the U.S.',
    actorIds: ['mofcom'],
    sourceIds: ['clarkhill-export-controls-pause'],
  },
  {
    id: 'cn-nexperia-exemption-2025',
    date: '2025-11-09',
    kind: 'non-tariff',
    title: 'China exempts Nexperia chips for civilian use from its export curbs',
    summary:
      'MOFCOM says Nexperia chips meant for civilian use will be exempt from its export restrictions.',
    actorIds: ['mofcom'],
    sourceIds: ['themez-nexperia-exempt'],
  },
  {
    id: 'port-fees-paused-2025',
    date: '2025-11-10',
    kind: 'non-tariff',
    title: 'Both sides pause their port fees on each other’s ships for a year',
    summary:
      'From 1:01 p.m. Beijing time, China’s Ministry of Transport suspends for one year its special port fees on ships owned or operated by U.S. firms, and the probe that went with them; the U.S. pauses its Section 301 ship fees for a year from the same day.',
    actorIds: ['ministry-of-transport', 'ustr'],
    sourceIds: [
      'people-port-fees-suspended',
      'terradaily-port-fees-hanwha',
      'maritimecareer-port-fees',
      'itt-maritime-suspension',
    ],
  },
  {
    id: 'cn-hanwha-suspended-2025',
    date: '2025-11-10',
    kind: 'non-tariff',
    title: 'China suspends its countermeasures on five U.S. units of Hanwha Ocean',
    summary:
      'MOFCOM suspends for one year its measures against five U.S. subsidiaries of the South Korean shipbuilder Hanwha Ocean.',
    actorIds: ['mofcom'],
    sourceIds: ['terradaily-port-fees-hanwha'],
  },
  {
    id: 'affiliates-rule-suspended-2025',
    date: '2025-11-10',
    kind: 'non-tariff',
    title: 'U.S. suspends its export-control affiliates rule for a year',
    summary:
      'From 10 November 2025 to 9 November 2026, BIS stops extending the export controls on listed firms to the affiliates they own more than 50% of. MOFCOM welcomes the move; what follows the year is still to be discussed.',
    actorIds: ['bis', 'mofcom'],
    sourceIds: ['weiqi-affiliates-rule-suspended'],
  },
  {
    id: 'nexperia-order-suspended-2025',
    date: '2025-11-19',
    kind: 'non-tariff',
    title: 'The Netherlands suspends its order over Nexperia',
    summary:
      'The Dutch government suspends its intervention in the chipmaker. The ownership dispute is between China and the Netherlands, not a U.S.–China tariff matter.',
    actorIds: [],
    sourceIds: ['namibia-nexperia-order-suspended'],
  },
  {
    id: 'mofcom-nexperia-dutch-minister-2025',
    date: '2025-11-20',
    kind: 'statement',
    title: 'MOFCOM still faults the Dutch minister over Nexperia',
    summary:
      'A spokesperson voices strong dissatisfaction with the Dutch economy minister’s defence of his Nexperia decision, saying China had offered compromises such as exempting civilian-use exports.',
    actorIds: ['mofcom'],
    sourceIds: ['weiqi-nexperia-dutch-minister'],
  },
  {
    id: 'cn-general-licences-2025',
    date: '2025-12-19',
    kind: 'non-tariff',
    title: 'MOFCOM grants general licences to some rare-earth exporters',
    summary:
      'A spokesperson says exporters that meet the basic requirements have been granted general licences in place of case-by-case ones. The date is uncertain: the only summary found gives 19 December 2025, while the address of MOFCOM’s page points to May 2026.',
    actorIds: ['mofcom'],
    sourceIds: ['weiqi-general-licences'],
  },
  // — 2026
  {
    id: 'gacc-2025-trade-release-2026',
    date: '2026-01-14',
    kind: 'data-release',
    title: 'China’s customs publishes its 2025 trade figures',
    summary:
      'GACC reports China’s exports, imports and surplus for 2025, overall and with the U.S., which stays China’s largest single-country export destination.',
    actorIds: ['gacc', 'lu-daliang'],
    sourceIds: ['etnet-gacc-2025-trade', 'etnet-lu-daliang'],
  },
  {
    id: 'soybeans-12-mmt-bought-2026',
    date: '2026-01-20',
    kind: 'non-tariff',
    title: 'China reported to have bought 12 million tonnes of U.S. soybeans',
    summary:
      'Three traders tell Reuters that China has bought about 12 MMT, the volume the U.S. said China had pledged; the buyers were the state firms Sinograin and COFCO. Sources differ on the deadline: late 2025 in U.S. accounts of the deal, the end of February in the Reuters report. Beijing had not confirmed the volumes.',
    figures: [
      {
        label: 'U.S. soybeans China had bought since the truce',
        value: 12,
        unit: 'mmt',
        decimals: 0,
        qualifier: 'about',
        sourceIds: ['devdiscourse-12-mmt'],
      },
    ],
    actorIds: ['sinograin', 'cofco'],
    sourceIds: [
      'devdiscourse-12-mmt',
      'buckland-busan-summary',
      'keneci-soybeans',
      'particle-cofco-soybeans',
    ],
  },
  {
    id: 'mofcom-full-assessment-2026',
    date: '2026-02-23',
    kind: 'statement',
    title: 'China weighs the Supreme Court’s ruling',
    summary:
      'The commerce ministry says it is assessing the ruling in full, and that cooperation serves both countries while conflict hurts them.',
    actorIds: ['mofcom'],
    sourceIds: ['telegraph-full-assessment', 'clashreport-fighting-harmful'],
  },
  {
    id: 'mofcom-countermeasures-later-2026',
    date: '2026-02-24',
    kind: 'statement',
    title: 'China will decide later whether to adjust its countermeasures',
    summary:
      'MOFCOM says China will decide, when the time is right, whether to change what it did in answer to the U.S. fentanyl and reciprocal tariffs. Nothing changed then: on 12 March Reuters reported China’s 10% on all U.S. goods and its energy tariffs, 15% on LNG among them, still applied.',
    actorIds: ['mofcom'],
    sourceIds: ['mofcom-after-ruling', 'bairdmaritime-lng-tariffs-remain'],
  },
  {
    id: 'mofcom-investigations-2026',
    date: '2026-03-27',
    kind: 'investigation',
    title: 'China opens two probes of U.S. trade practices',
    summary:
      'MOFCOM investigates U.S. restrictions on Chinese goods and on high-tech exports, and U.S. barriers to Chinese green-energy exports, over about six months, extendable by three. The probes answer the Section 301 investigations the U.S. opened on 11–12 March.',
    actorIds: ['mofcom'],
    sourceIds: ['mb-mofcom-investigations'],
  },
  {
    id: 'rare-earth-pause-reaffirmed-2026',
    date: '2026-04-09',
    kind: 'statement',
    title: 'MOFCOM: the rare-earth pause holds until 10 November 2026',
    summary:
      'At a briefing, He Yadong says the October 2025 rare-earth controls stay suspended until 10 November 2026 under the Kuala Lumpur consensus, and that both sides will keep talking through their trade consultation mechanism.',
    actorIds: ['mofcom', 'he-yadong'],
    sourceIds: ['weiqi-rare-earth-pause-reaffirmed'],
  },
  {
    id: 'board-of-trade-framework-2026',
    date: '2026-05-20',
    kind: 'agreement',
    title: 'China and the U.S. agree in principle to negotiate reciprocal tariff cuts',
    summary:
      'MOFCOM says the two sides agreed in principle to work out, within a new trade council (the U.S. calls it the Board of Trade), a framework of tariff cuts on at least US$30B of each side’s goods. The cuts were still to be negotiated.',
    figures: [
      {
        label: 'Goods of each side the tariff cuts would cover',
        value: 30,
        unit: 'usd-bn',
        decimals: 0,
        qualifier: 'at-least',
        sourceIds: ['chinadailybrief-board-of-trade'],
      },
    ],
    actorIds: ['mofcom', 'he-yadong'],
    sourceIds: ['chinadailybrief-board-of-trade'],
  },
  {
    id: 'mofcom-no-timeline-2026',
    date: '2026-07-02',
    kind: 'statement',
    title: 'MOFCOM gives no timeline for farm purchases, nor for the 10%',
    summary:
      'He Yadong says the two sides set indicative targets for two-way farm trade and agreed in principle to bring farm goods into the reciprocal tariff-cut framework. Asked about a reported commitment to buy at least US$17B of U.S. farm goods a year, soybeans included, he gives no purchase timeline and says nothing of adjusting the remaining 10%. The White House text behind the figure was not found, and whether it counts soybeans is not settled.',
    figures: [
      {
        label: 'U.S. farm goods a year China was reported to have committed to buy',
        value: 17,
        unit: 'usd-bn',
        decimals: 0,
        qualifier: 'at-least',
        sourceIds: ['nashnova-mofcom-july-2'],
      },
    ],
    actorIds: ['mofcom', 'he-yadong'],
    sourceIds: ['nashnova-mofcom-july-2'],
  },
] as const satisfies readonly Event[];
