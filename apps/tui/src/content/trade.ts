import {
  type Dataset,
  type FigureView,
  formatDate,
  MISSING,
  type SeriesView,
  storySeries,
  type TradeChangeView,
  type TradeYearView,
  tradeTableView,
} from '@tradetalks/core';
import { bar } from '../charts/bar';
import { sparkline } from '../charts/sparkline';
import { BLANK, type Line, labelled, paragraph, seg, truncateLine } from '../lines/line';
import { overviewOn } from '../model/story';
import { pad } from '../text/width';
import { arrow, heading, sourcesLines } from './parts';

/** From this width a year's exports and imports share a row. */
const ONE_ROW = 64;
const VALUE = 9;
const YEAR = 8;
const BALANCE = 11;

const text = (f: FigureView | undefined) => f?.text ?? MISSING;
const value = (f: FigureView | undefined) => f?.value ?? 0;
/** The balance to show, as core decides it (exports − imports, else as published). */
const balanceOf = (r: TradeYearView) => r.shownBalance;

const yearRows = (rows: readonly TradeYearView[], width: number): Line[] => {
  const scale = Math.max(...rows.map((r) => Math.max(value(r.exports), value(r.imports))));
  if (width >= ONE_ROW) {
    // One scale for both columns: each column is as wide as its largest bar needs.
    const bars = width - YEAR - BALANCE - 2 * (VALUE + 2);
    const maxExports = Math.max(...rows.map((r) => value(r.exports)));
    const exportsWidth = Math.max(8, Math.round((bars * maxExports) / (maxExports + scale)));
    const importsWidth = bars - exportsWidth;
    const exportsScale = (scale * exportsWidth) / Math.max(1, importsWidth);
    return [
      [
        seg(pad('  year', YEAR), 'muted'),
        seg(pad('exports to China', VALUE + 2 + exportsWidth), 'muted'),
        seg(pad('imports from China', VALUE + 2 + importsWidth), 'muted'),
        seg(pad('balance', BALANCE, 'right'), 'muted'),
      ],
      ...rows.map((r) =>
        truncateLine(
          [
            seg(pad(`  ${r.year}`, YEAR)),
            seg(pad(text(r.exports), VALUE, 'right'), 'plain', true),
            seg(' '),
            seg(pad(bar(value(r.exports), exportsScale, exportsWidth), exportsWidth + 1), 'up'),
            seg(pad(text(r.imports), VALUE, 'right'), 'plain', true),
            seg(' '),
            seg(pad(bar(value(r.imports), scale, importsWidth), importsWidth + 1), 'down'),
            seg(pad(text(balanceOf(r)), BALANCE, 'right')),
          ],
          width,
        ),
      ),
    ];
  }
  const barWidth = Math.max(4, width - YEAR - 4 - VALUE - 1);
  const flow = (
    year: string,
    label: string,
    f: FigureView | undefined,
    tone: 'up' | 'down',
  ): Line =>
    truncateLine(
      [
        seg(pad(year, YEAR), 'plain', true),
        seg(label, 'muted'),
        seg(pad(text(f), VALUE, 'right')),
        seg(' '),
        seg(bar(value(f), scale, barWidth), tone),
      ],
      width,
    );
  return rows.flatMap((r) => [
    flow(`  ${r.year}`, 'exp ', r.exports, 'up'),
    flow('', 'imp ', r.imports, 'down'),
    truncateLine(
      [seg(pad('', YEAR)), seg('bal ', 'muted'), seg(pad(text(balanceOf(r)), VALUE, 'right'))],
      width,
    ),
  ]);
};

const LABEL = 10;

const changeLines = (c: TradeChangeView, width: number): Line[] => {
  const flow = (label: string, f: TradeChangeView['total'], pct = true): Line[] =>
    labelled(
      label,
      [
        seg(`${f.from.text} → ${f.to.text}  `),
        seg(pct ? text(f.changePct) : f.change.text, 'plain', true),
        seg(' '),
        arrow(pct ? f.changePct : f.change),
        seg(pct ? ` ${f.change.text}` : '', 'muted'),
      ],
      width,
      { labelWidth: LABEL },
    );
  return [
    ...flow('total', c.total),
    ...flow('exports', c.exports),
    ...flow('imports', c.imports),
    ...flow('balance', c.balance, false),
  ];
};

/** Months of exports and imports side by side, each as a bar on one scale. */
const monthlyRows = (exports: SeriesView, imports: SeriesView, width: number): Line[] => {
  const MONTH = 12;
  const AMOUNT = 11;
  const byPeriod = new Map(imports.points.map((p) => [p.period, p]));
  const scale = Math.max(...[...exports.points, ...imports.points].map((p) => p.value));
  // Two columns of an amount, a space, a bar and a space; the bar takes what is left.
  const barWidth = Math.max(4, Math.floor((width - MONTH - 2 * (AMOUNT + 2)) / 2));
  if (width < ONE_ROW) {
    // A row each for exports and imports, as the years are drawn when narrow.
    const narrowBar = Math.max(4, width - MONTH - 4 - AMOUNT - 1);
    return exports.points.flatMap((p) => {
      const imp = byPeriod.get(p.period);
      const row = (month: string, label: string, f: typeof p | undefined, tone: 'up' | 'down') =>
        truncateLine(
          [
            seg(pad(month, MONTH), 'plain', true),
            seg(label, 'muted'),
            seg(pad(f?.text ?? MISSING, AMOUNT, 'right')),
            seg(' '),
            seg(bar(f?.value ?? 0, scale, narrowBar), tone),
          ],
          width,
        );
      return [
        row(`  ${formatDate(p.period, { short: true })}`, 'exp ', p, 'up'),
        row('', 'imp ', imp, 'down'),
      ];
    });
  }
  const header: Line = [
    seg(pad('', MONTH)),
    seg(pad('exports', AMOUNT, 'right'), 'muted'),
    seg(pad('', barWidth + 2)),
    seg(pad('imports', AMOUNT, 'right'), 'muted'),
  ];
  return [
    header,
    ...exports.points.map((p) => {
      const imp = byPeriod.get(p.period);
      return truncateLine(
        [
          seg(pad(`  ${formatDate(p.period, { short: true })}`, MONTH)),
          seg(pad(p.text, AMOUNT, 'right'), 'plain', true),
          seg(' '),
          seg(pad(bar(p.value, scale, barWidth), barWidth + 1), 'up'),
          seg(pad(imp?.text ?? MISSING, AMOUNT, 'right'), 'plain', true),
          seg(' '),
          seg(bar(imp?.value ?? 0, scale, barWidth), 'down'),
        ],
        width,
      );
    }),
  ];
};

/** The Trade view: annual goods trade, its changes, revisions, months, and the export share. */
export const tradeLines = (dataset: Dataset, today: string, width: number): Line[] => {
  const table = tradeTableView(dataset);
  const rows = table.years;
  const { trade, exportShare } = overviewOn(dataset, today);
  const { monthlyTrade, chinaShareOfUsImports } = storySeries(dataset);
  const first = rows[0]?.year;
  const last = rows.at(-1)?.year;
  const shares = exportShare.points;
  const shareScale = Math.max(...shares.map((s) => s.value));
  const shareBar = Math.max(4, Math.min(32, width - 2 - LABEL - 7 - 2));
  const yearSources = rows.flatMap((r) =>
    [r.exports, r.imports, r.publishedBalance].flatMap((f) => f?.sources ?? []),
  );
  const monthly = [...monthlyTrade.exports.points, ...monthlyTrade.imports.points];
  return [
    ...heading('Goods trade', 'U.S. and China, US$ billions, Census basis', width),
    ...yearRows(rows, width),
    ...rows.flatMap((r) => (r.balanceNote ? paragraph(r.balanceNote, width, 'muted', 2) : [])),
    ...table.notes.flatMap((note) => paragraph(note, width, 'muted', 2)),
    BLANK,
    ...heading('Trend', `${first}–${last}, lowest ▁ to highest █, a gap where not verified`, width),
    ...labelled('total', [seg(sparkline(rows.map((r) => r.total?.value)), 'accent')], width, {
      labelWidth: LABEL,
    }),
    ...labelled(
      'balance',
      [
        seg(sparkline(rows.map((r) => balanceOf(r)?.value)), 'down'),
        seg('  (▁ the widest deficit)', 'muted'),
      ],
      width,
      { labelWidth: LABEL },
    ),
    BLANK,
    ...heading(
      'Change',
      `${trade.article.fromYear} to ${trade.article.toYear}, as the article compares`,
      width,
    ),
    ...changeLines(trade.article, width),
    BLANK,
    ...heading(
      'Change',
      `${trade.latestYear.fromYear} to ${trade.latestYear.toYear}, the latest year`,
      width,
    ),
    ...changeLines(trade.latestYear, width),
    BLANK,
    ...heading('Change', `${trade.sinceTradeWar.fromYear} to ${trade.sinceTradeWar.toYear}`, width),
    ...changeLines(trade.sinceTradeWar, width),
    ...sourcesLines(yearSources, width),
    ...(table.revisions.length === 0
      ? []
      : [
          BLANK,
          ...heading('Revisions', 'as first reported, and as revised later', width),
          ...table.revisions.flatMap((r) =>
            labelled(
              String(r.year),
              [
                seg(`${r.seriesTitle}: `),
                seg(`${r.first.text} → ${r.revised.text} `, 'plain', true),
                seg(r.change.text, 'muted'),
              ],
              width,
              { labelWidth: LABEL },
            ),
          ),
          ...sourcesLines(
            table.revisions.flatMap((r) => r.change.sources),
            width,
          ),
        ]),
    BLANK,
    ...heading('By month', 'U.S. goods exports to and imports from China, US$ millions', width),
    ...monthlyRows(monthlyTrade.exports, monthlyTrade.imports, width),
    ...paragraph(monthlyTrade.exports.basis, width, 'muted', 2),
    ...(monthlyTrade.exports.note ? paragraph(monthlyTrade.exports.note, width, 'muted', 2) : []),
    ...sourcesLines(
      monthly.flatMap((p) => p.sources),
      width,
    ),
    BLANK,
    ...heading('Export share', 'China’s exports that go to the U.S. (China customs)', width),
    ...shares.flatMap((s) =>
      labelled(
        s.dateText ?? '',
        [
          seg(pad(s.text, 6, 'right'), 'plain', true),
          seg(' '),
          seg(bar(s.value, shareScale, shareBar), 'accent'),
        ],
        width,
        { labelWidth: LABEL, stackBelow: 0 },
      ),
    ),
    ...(exportShare.change === undefined
      ? []
      : labelled(
          'change',
          [seg(exportShare.change.text, 'plain', true), seg(' '), arrow(exportShare.change)],
          width,
          { labelWidth: LABEL },
        )),
    ...sourcesLines(
      shares.flatMap((s) => s.sources),
      width,
    ),
    BLANK,
    ...heading('China in U.S. imports', chinaShareOfUsImports.title, width),
    ...chinaShareOfUsImports.points.flatMap((p) =>
      labelled(p.dateText ?? '', [seg(p.text, 'plain', true)], width, { labelWidth: LABEL }),
    ),
    ...paragraph(chinaShareOfUsImports.basis, width, 'muted', 2),
    ...sourcesLines(
      chinaShareOfUsImports.points.flatMap((p) => p.sources),
      width,
    ),
  ];
};
