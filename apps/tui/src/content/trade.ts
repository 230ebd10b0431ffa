import {
  type Dataset,
  exportShareToUs,
  formatChangePct,
  formatPercent,
  formatPp,
  formatUsdBn,
  formatUsdBnChange,
  getSeries,
  MISSING,
  TRADE_SERIES,
  type TradeYear,
  tradeTable,
} from '@tradetalks/core';
import { bar } from '../charts/bar';
import { sparkline } from '../charts/sparkline';
import { BLANK, type Line, labelled, paragraph, seg, truncateLine } from '../lines/line';
import { factsOf } from '../model/facts';
import { uniqueIds } from '../model/sources';
import { pad } from '../text/width';
import { arrow, heading, sourcesLines } from './parts';

/** From this width a year's exports and imports share a row. */
const ONE_ROW = 64;
const VALUE = 9;

const usd = (v: number | undefined) => (v === undefined ? MISSING : formatUsdBn(v));

const YEAR = 8;
const BALANCE = 11;

const yearRows = (rows: readonly TradeYear[], width: number): Line[] => {
  const scale = Math.max(...rows.map((r) => Math.max(r.exportsUsdBn ?? 0, r.importsUsdBn ?? 0)));
  const balance = (r: TradeYear) => usd(r.balanceUsdBn ?? r.publishedBalanceUsdBn);
  if (width >= ONE_ROW) {
    // One scale for both columns: each column is as wide as its largest bar needs.
    const bars = width - YEAR - BALANCE - 2 * (VALUE + 2);
    const maxExports = Math.max(...rows.map((r) => r.exportsUsdBn ?? 0));
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
            seg(pad(usd(r.exportsUsdBn), VALUE, 'right'), 'plain', true),
            seg(' '),
            seg(pad(bar(r.exportsUsdBn ?? 0, exportsScale, exportsWidth), exportsWidth + 1), 'up'),
            seg(pad(usd(r.importsUsdBn), VALUE, 'right'), 'plain', true),
            seg(' '),
            seg(pad(bar(r.importsUsdBn ?? 0, scale, importsWidth), importsWidth + 1), 'down'),
            seg(pad(balance(r), BALANCE, 'right')),
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
    value: number | undefined,
    tone: 'up' | 'down',
  ): Line =>
    truncateLine(
      [
        seg(pad(year, YEAR), 'plain', true),
        seg(label, 'muted'),
        seg(pad(usd(value), VALUE, 'right')),
        seg(' '),
        seg(bar(value ?? 0, scale, barWidth), tone),
      ],
      width,
    );
  return rows.flatMap((r) => [
    flow(`  ${r.year}`, 'exp ', r.exportsUsdBn, 'up'),
    flow('', 'imp ', r.importsUsdBn, 'down'),
    truncateLine(
      [seg(pad('', YEAR)), seg('bal ', 'muted'), seg(pad(balance(r), VALUE, 'right'))],
      width,
    ),
  ]);
};

/** Years where the published balance differs from exports − imports (vintages differ). */
const balanceNotes = (rows: readonly TradeYear[], width: number): Line[] =>
  rows.flatMap((r) => {
    const computed = r.balanceUsdBn;
    const published = r.publishedBalanceUsdBn;
    if (published === undefined) return [];
    const note =
      computed === undefined
        ? `${r.year}: the balance shown is the one the Census Bureau published.`
        : formatUsdBn(computed) !== formatUsdBn(published)
          ? `${r.year}: the balance shown is exports − imports, ${formatUsdBn(computed)}; the Census Bureau published ${formatUsdBn(published)} (another release).`
          : undefined;
    return note === undefined ? [] : paragraph(note, width, 'muted', 2);
  });

const seriesNotes = (dataset: Dataset, width: number): Line[] =>
  [TRADE_SERIES.exports, TRADE_SERIES.imports].flatMap((id) => {
    const note = getSeries(dataset, id).note;
    return note ? paragraph(note, width, 'muted', 2) : [];
  });

/** The Trade view: annual exports, imports and balance, the change since 2018, the export share. */
export const tradeLines = (dataset: Dataset, width: number): Line[] => {
  const rows = tradeTable(dataset);
  const { trade, exportShare } = factsOf(dataset);
  const totals = rows.map((r) => r.totalUsdBn);
  const balances = rows.map((r) => r.balanceUsdBn ?? r.publishedBalanceUsdBn);
  const first = rows[0]?.year;
  const last = rows[rows.length - 1]?.year;
  const shares = exportShareToUs(dataset);
  const shareScale = Math.max(...shares.map((s) => s.sharePct));
  const shareBar = Math.max(4, Math.min(32, width - 2 - 10 - 7 - 22));
  const tradeSources = uniqueIds(
    [TRADE_SERIES.exports, TRADE_SERIES.imports, TRADE_SERIES.publishedBalance].flatMap((id) =>
      getSeries(dataset, id).observations.flatMap((o) => o.sourceIds),
    ),
  );
  return [
    ...heading('Goods trade', 'U.S. and China, US$ billions, Census basis', width),
    ...yearRows(rows, width),
    ...balanceNotes(rows, width),
    ...seriesNotes(dataset, width),
    BLANK,
    ...heading('Trend', `${first}–${last}, lowest ▁ to highest █, a gap where not verified`, width),
    ...labelled('total', [seg(sparkline(totals), 'accent')], width, { labelWidth: 10 }),
    ...labelled(
      'balance',
      [seg(sparkline(balances), 'down'), seg('  (▁ the widest deficit)', 'muted')],
      width,
      { labelWidth: 10 },
    ),
    BLANK,
    ...heading('Change', `${trade.from.year} to ${trade.to.year}`, width),
    ...labelled(
      'total',
      [
        seg(`${usd(trade.from.totalUsdBn)} → ${usd(trade.to.totalUsdBn)}  `),
        seg(formatChangePct(trade.totalChangePct), 'plain', true),
        seg(' '),
        arrow(trade.totalChangePct),
        seg(` ${formatUsdBnChange(trade.totalChangeUsdBn)}`, 'muted'),
      ],
      width,
      { labelWidth: 10 },
    ),
    ...labelled(
      'exports',
      [
        seg(`${usd(trade.from.exportsUsdBn)} → ${usd(trade.to.exportsUsdBn)}  `),
        seg(formatChangePct(trade.exportsChangePct), 'plain', true),
        seg(' '),
        arrow(trade.exportsChangePct),
      ],
      width,
      { labelWidth: 10 },
    ),
    ...labelled(
      'imports',
      [
        seg(`${usd(trade.from.importsUsdBn)} → ${usd(trade.to.importsUsdBn)}  `),
        seg(formatChangePct(trade.importsChangePct), 'plain', true),
        seg(' '),
        arrow(trade.importsChangePct),
      ],
      width,
      { labelWidth: 10 },
    ),
    ...labelled(
      'balance',
      [
        seg(`${usd(trade.from.balanceUsdBn)} → ${usd(trade.to.balanceUsdBn)}  `),
        seg(formatUsdBnChange(trade.balanceChangeUsdBn), 'plain', true),
        seg(' '),
        arrow(trade.balanceChangeUsdBn),
        seg(
          trade.balanceChangeUsdBn > 0
            ? ' a smaller deficit'
            : trade.balanceChangeUsdBn < 0
              ? ' a larger deficit'
              : '',
          'muted',
        ),
      ],
      width,
      { labelWidth: 10 },
    ),
    ...sourcesLines(dataset, tradeSources, width),
    BLANK,
    ...heading('Export share', 'China’s exports that go to the U.S.', width),
    ...shares.flatMap((s) =>
      labelled(
        String(s.year),
        [
          seg(pad(formatPercent(s.sharePct), 6, 'right'), 'plain', true),
          seg(' '),
          seg(bar(s.sharePct, shareScale, shareBar), 'accent'),
          seg(`  ${usd(s.chinaExportsToUsUsdBn)} of ${usd(s.chinaExportsTotalUsdBn)}`, 'muted'),
        ],
        width,
        { labelWidth: 10, stackBelow: 0 },
      ),
    ),
    ...(exportShare.changePp === undefined
      ? []
      : labelled(
          'change',
          [
            seg(formatPp(exportShare.changePp), 'plain', true),
            seg(' '),
            arrow(exportShare.changePp),
          ],
          width,
          {
            labelWidth: 10,
          },
        )),
    ...sourcesLines(dataset, exportShare.sourceIds, width),
  ];
};
