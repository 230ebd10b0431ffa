import {
  AFTER_ARTICLE_TEXT,
  type Dataset,
  type FigureView,
  formatDate,
  type Overview,
  type SideHeadline,
  type TradeChangeView,
} from '@tradetalks/core';
import { bar } from '../charts/bar';
import { BLANK, type Line, labelled, paragraph, type Segment, seg } from '../lines/line';
import { overviewOn } from '../model/story';
import { pad } from '../text/width';
import { verdictSummary } from './claims';
import { arrow, hanging, heading, sourcesLines } from './parts';

const LABEL = 19;
/** Below this width labels go above their figures, not beside them. */
const STACK_BELOW = 56;
const ROW = { labelWidth: LABEL, stackBelow: STACK_BELOW };

const short = (date: string | undefined) =>
  date === undefined ? '' : formatDate(date, { short: true });
const barWidth = (width: number) => Math.max(4, Math.min(32, width - LABEL - 22));
const sourcesOf = (...figures: (FigureView | undefined)[]) =>
  figures.flatMap((f) => f?.sources ?? []);

/** "IEEPA “fentanyl” tariff, IEEPA “reciprocal” tariff: charged; later held unlawful". */
const legalRows = (legal: SideHeadline['peakLegal'], width: number): Line[] => {
  const byLabel = new Map<string, string[]>();
  for (const { layer, legal: view } of legal)
    byLabel.set(view.label, [...(byLabel.get(view.label) ?? []), layer]);
  return [...byLabel].flatMap(([label, layers]) =>
    labelled('', [seg(`${layers.join(', ')}: `, 'muted'), seg(label, 'warn')], width, ROW),
  );
};

const sideLines = (side: SideHeadline, width: number): Line[] => {
  const tone = side.side === 'US' ? 'us' : 'cn';
  return [
    ...labelled(
      side.shortTitle,
      [
        seg('peak '),
        seg(side.peak.text, tone, true),
        seg(` on ${short(side.peak.date)}: `),
        seg(side.peakMadeOf, 'muted'),
      ],
      width,
      ROW,
    ),
    ...labelled(
      '',
      [
        seg('a listed good up to '),
        seg(side.peakListed.text, 'plain', true),
        seg(side.peakListed.note ? ` (${side.peakListed.note})` : '', 'muted'),
      ],
      width,
      ROW,
    ),
    ...legalRows(side.peakLegal, width),
    ...labelled(
      '',
      [
        seg('last verified '),
        seg(side.latest.text, tone, true),
        seg(` on ${short(side.latest.date)}: `),
        seg(side.latestMadeOf, 'muted'),
      ],
      width,
      ROW,
    ),
    ...labelled(
      '',
      [
        seg('a listed good up to '),
        seg(side.latestListed.text, 'plain', true),
        seg(side.latestListed.note ? ` (${side.latestListed.note})` : '', 'muted'),
      ],
      width,
      ROW,
    ),
    ...legalRows(side.latestLegal, width),
  ];
};

const tariffLines = (o: Overview, width: number): Line[] => [
  ...heading('Tariffs', 'additional duties on goods, both ways', width),
  ...o.tariffs.flatMap((side) => [
    ...sideLines(side, width),
    ...sourcesLines(sourcesOf(side.peak, side.peakListed, side.latest, side.latestListed), width),
  ]),
  ...paragraph('The Tariffs view shows every layer and what the courts found.', width, 'muted', 2),
];

const scheduledLines = (o: Overview, width: number): Line[] =>
  o.scheduled.length === 0
    ? []
    : [
        ...heading('Not established', 'what was due after the verified data', width),
        ...paragraph(`${o.verifiedThrough.text}. Then:`, width, 'muted', 2),
        ...o.scheduled.flatMap((s) =>
          labelled(short(s.date), s.title, width, { labelWidth: 14, stackBelow: STACK_BELOW }),
        ),
        ...sourcesLines(
          o.scheduled.flatMap((s) => s.sources),
          width,
        ),
      ];

const chapterLines = (o: Overview, width: number): Line[] => [
  ...heading('Since the article', AFTER_ARTICLE_TEXT, width),
  ...o.afterArticle.flatMap((c) =>
    hanging([seg(`• ${c.title}`), seg(` · ${c.eventsText}`, 'muted')], width),
  ),
  ...paragraph('The Chapters view tells each one, event by event.', width, 'muted', 2),
];

/** A trade change as one row: the total's change with its arrow and size, then each flow's. */
const changeSegments = (c: TradeChangeView): Segment[] => {
  const pct = (f: FigureView | undefined) => [seg(f?.text ?? '—'), seg(' '), arrow(f)];
  return [
    seg(c.total.changePct?.text ?? '—', 'plain', true),
    seg(' '),
    arrow(c.total.changePct),
    seg(` (${c.total.change.text}) · exports `),
    ...pct(c.exports.changePct),
    seg(' · imports '),
    ...pct(c.imports.changePct),
  ];
};

const tradeLines = (o: Overview, width: number): Line[] => {
  const { article, latestYear, sinceTradeWar } = o.trade;
  const years = [article.total.from, article.total.to, latestYear.total.to];
  const scale = Math.max(...years.map((f) => f.value));
  const row = (figure: FigureView): Line[] =>
    labelled(
      figure.dateText ?? '',
      [
        seg(pad(figure.text, 9, 'right'), 'plain', true),
        seg(' '),
        seg(bar(figure.value, scale, barWidth(width)), 'accent'),
      ],
      width,
      { labelWidth: LABEL, stackBelow: 0 },
    );
  const change = (c: TradeChangeView, note: string): Line[] =>
    labelled(
      `${c.fromYear}–${c.toYear}`,
      [...changeSegments(c), seg(note ? ` ${note}` : '', 'muted')],
      width,
      ROW,
    );
  return [
    ...heading('Trade', 'U.S.–China goods, exports plus imports, Census basis', width),
    ...years.flatMap(row),
    ...change(article, '(the article’s comparison)'),
    ...change(latestYear, ''),
    ...change(sinceTradeWar, ''),
    ...sourcesLines(sourcesOf(...years, article.total.change, latestYear.total.change), width),
  ];
};

const shareLines = (o: Overview, width: number): Line[] => {
  const { points, change } = o.exportShare;
  const scale = Math.max(...points.map((p) => p.value));
  return [
    ...heading('Export share', 'China’s exports that go to the U.S. (China customs)', width),
    ...points.flatMap((p) =>
      labelled(
        p.dateText ?? '',
        [
          seg(pad(p.text, 9, 'right'), 'plain', true),
          seg(' '),
          seg(bar(p.value, scale, barWidth(width)), 'accent'),
        ],
        width,
        { labelWidth: LABEL, stackBelow: 0 },
      ),
    ),
    ...(change === undefined
      ? []
      : labelled('change', [seg(change.text, 'plain', true), seg(' '), arrow(change)], width, ROW)),
    ...sourcesLines(sourcesOf(...points, change), width),
  ];
};

const gdpLines = (o: Overview, width: number): Line[] => {
  const { gdp } = o;
  return [
    ...heading('U.S. GDP', `real growth, ${gdp.firstPrint.dateText}: the article’s quarter`, width),
    ...paragraph(gdp.basis, width, 'muted', 2),
    ...labelled(
      'first estimate',
      [
        seg(gdp.firstPrint.text, 'plain', true),
        seg(' annualized: the figure the article cites', 'muted'),
      ],
      width,
      ROW,
    ),
    ...labelled(
      'latest estimate',
      [
        seg(gdp.latest.text, 'plain', true),
        seg(' '),
        arrow(gdp.revision),
        seg(` annualized, revised ${gdp.revision.text}`, 'muted'),
      ],
      width,
      ROW,
    ),
    ...(gdp.yearOnYear === undefined
      ? []
      : labelled(
          'year on year',
          [
            seg(gdp.yearOnYear.text, 'plain', true),
            seg(' '),
            arrow(gdp.yearOnYear),
            seg(` ${gdp.yearOnYear.dateText} on a year before, from BEA’s levels`, 'muted'),
          ],
          width,
          ROW,
        )),
    ...labelled(
      `latest, ${gdp.latestQuarter.dateText}`,
      [seg(gdp.latestQuarter.text, 'plain', true), seg(' annualized', 'muted')],
      width,
      ROW,
    ),
    ...sourcesLines(
      sourcesOf(gdp.firstPrint, gdp.latest, gdp.yearOnYear, gdp.latestQuarter),
      width,
    ),
  ];
};

const pmiLines = (o: Overview, width: number): Line[] => {
  const { pmi } = o;
  const index = (label: string, figure: FigureView | undefined, note: Segment[]): Line[] =>
    figure === undefined
      ? []
      : labelled(label, [seg(pad(figure.text, 5, 'right'), 'plain', true), ...note], width, ROW);
  return [
    ...heading(
      'China PMI',
      `official manufacturing; ${pmi.threshold} divides growth from contraction`,
      width,
    ),
    ...index(short(pmi.april.date), pmi.april, [
      seg(`  ${pmi.gapToThreshold.text} `),
      arrow(pmi.gapToThreshold),
      seg(` ${pmi.gapToThreshold.label}`, 'muted'),
    ]),
    ...index(short(pmi.march?.date), pmi.march, [seg('  the month before', 'muted')]),
    ...index('expected', pmi.expected, [seg(`  ${pmi.expected?.label ?? ''}`, 'muted')]),
    ...index(`latest, ${short(pmi.latest.date)}`, pmi.latest, []),
    ...sourcesLines(sourcesOf(pmi.april, pmi.march, pmi.expected, pmi.latest), width),
  ];
};

const claimLines = (o: Overview, width: number): Line[] => [
  ...heading('Claims', `${o.claims.total} claims re-checked, findings first`, width),
  ...verdictSummary(o.claims, width - 2).map((row) => [seg('  '), ...row]),
];

/** The data's age and how far the stacks are verified: the line that starts the overview. */
const ageLines = (o: Overview, width: number): Line[] =>
  paragraph(`${o.ageText}: the latest verified event. ${o.verifiedThrough.text}.`, width, 'warn');

/** The Overview on `today`: every headline figure with its sources, fitted to `width`. */
export const overviewLines = (dataset: Dataset, today: string, width: number): Line[] => {
  const o = overviewOn(dataset, today);
  const sections = [
    ageLines(o, width),
    tariffLines(o, width),
    chapterLines(o, width),
    scheduledLines(o, width),
    tradeLines(o, width),
    shareLines(o, width),
    gdpLines(o, width),
    pmiLines(o, width),
    claimLines(o, width),
  ].filter((s) => s.length > 0);
  return sections.flatMap((section, i) => (i === 0 ? section : [BLANK, ...section]));
};
