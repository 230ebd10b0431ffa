import {
  type Dataset,
  formatChangePct,
  formatIndex,
  formatPercent,
  formatPp,
  formatRate,
  formatUsdBn,
  formatUsdBnChange,
} from '@tradetalks/core';
import { bar } from '../charts/bar';
import { BLANK, type Line, labelled, paragraph, seg } from '../lines/line';
import { sideLabel } from '../model/economies';
import { type Facts, type FigureFacts, factsOf } from '../model/facts';
import { showDate } from '../text/dates';
import { pad } from '../text/width';
import { arrow, heading, sourcesLines } from './parts';

const LABEL = 16;
/** Below this width labels go above their figures, not beside them. */
const STACK_BELOW = 56;

const barWidth = (width: number) => Math.max(4, Math.min(32, width - LABEL - 22));

const tariffLines = (facts: Facts, dataset: Dataset, width: number): Line[] => [
  ...heading('Tariffs', 'additional duties on all goods, both ways', width),
  ...facts.tariffs.flatMap((side) =>
    labelled(
      sideLabel(side.imposedBy),
      [
        seg('peak '),
        seg(formatRate(side.peak.allGoodsPct), side.imposedBy === 'US' ? 'us' : 'cn', true),
        seg(` (${showDate(side.peak.date)}) · now `),
        seg(formatRate(side.now.allGoodsPct), 'plain', true),
        seg(' '),
        arrow(side.now.allGoodsPct.maxPct - side.peak.allGoodsPct.maxPct),
        seg(` · listed goods up to ${formatRate(side.now.highestOnListedGoodsPct)}`, 'muted'),
      ],
      width,
      { labelWidth: LABEL, stackBelow: STACK_BELOW },
    ),
  ),
  ...sourcesLines(
    dataset,
    facts.tariffs.flatMap((s) => s.sourceIds),
    width,
  ),
];

const tradeLines = (facts: Facts, dataset: Dataset, width: number): Line[] => {
  const { from, to } = facts.trade;
  const scale = Math.max(from.totalUsdBn ?? 0, to.totalUsdBn ?? 0);
  const row = (year: number, total: number | undefined): Line[] =>
    labelled(
      String(year),
      [
        seg(pad(total === undefined ? '—' : formatUsdBn(total), 9, 'right'), 'plain', true),
        seg(' '),
        seg(bar(total ?? 0, scale, barWidth(width)), 'accent'),
      ],
      width,
      { labelWidth: LABEL, stackBelow: 0 },
    );
  return [
    ...heading('Trade', 'U.S.–China goods, exports plus imports', width),
    ...row(from.year, from.totalUsdBn),
    ...row(to.year, to.totalUsdBn),
    ...labelled(
      'change',
      [
        seg(formatChangePct(facts.trade.totalChangePct), 'plain', true),
        seg(' '),
        arrow(facts.trade.totalChangePct),
        seg(` (${formatUsdBnChange(facts.trade.totalChangeUsdBn)}) · exports `),
        seg(formatChangePct(facts.trade.exportsChangePct)),
        seg(' '),
        arrow(facts.trade.exportsChangePct),
        seg(' · imports '),
        seg(formatChangePct(facts.trade.importsChangePct)),
        seg(' '),
        arrow(facts.trade.importsChangePct),
      ],
      width,
      { labelWidth: LABEL, stackBelow: STACK_BELOW },
    ),
    ...sourcesLines(dataset, facts.trade.sourceIds, width),
  ];
};

const shareLines = (facts: Facts, dataset: Dataset, width: number): Line[] => {
  const { points, changePp } = facts.exportShare;
  const scale = Math.max(...points.map((p) => p.sharePct));
  return [
    ...heading('Export share', 'China’s exports that go to the U.S.', width),
    ...points.flatMap((p) =>
      labelled(
        String(p.year),
        [
          seg(pad(formatPercent(p.sharePct), 9, 'right'), 'plain', true),
          seg(' '),
          seg(bar(p.sharePct, scale, barWidth(width)), 'accent'),
        ],
        width,
        { labelWidth: LABEL, stackBelow: 0 },
      ),
    ),
    ...(changePp === undefined
      ? []
      : labelled(
          'change',
          [seg(formatPp(changePp), 'plain', true), seg(' '), arrow(changePp)],
          width,
          {
            labelWidth: LABEL,
          },
        )),
    ...sourcesLines(dataset, facts.exportShare.sourceIds, width),
  ];
};

const vintageText = (figure: FigureFacts): string =>
  figure.vintage === undefined
    ? ''
    : ` ${figure.vintage.label}${figure.vintage.releasedOn ? `, ${showDate(figure.vintage.releasedOn)}` : ''}`;

const gdpLines = (facts: Facts, dataset: Dataset, width: number): Line[] => {
  const { gdp } = facts;
  const value = (f: FigureFacts) => formatPercent(f.value, gdp.decimals);
  return [
    ...heading('U.S. GDP', `${gdp.title}, ${showDate(gdp.latest.period)}`, width),
    ...paragraph(gdp.basis, width, 'muted', 2),
    ...labelled(
      'first print',
      [seg(value(gdp.firstPrint), 'plain', true), seg(vintageText(gdp.firstPrint), 'muted')],
      width,
      {
        labelWidth: LABEL,
      },
    ),
    ...labelled(
      'latest',
      [
        seg(value(gdp.latest), 'plain', true),
        seg(' '),
        arrow(gdp.revisionPp),
        seg(vintageText(gdp.latest), 'muted'),
      ],
      width,
      { labelWidth: LABEL, stackBelow: STACK_BELOW },
    ),
    ...sourcesLines(dataset, [...gdp.firstPrint.sourceIds, ...gdp.latest.sourceIds], width),
  ];
};

const pmiLines = (facts: Facts, dataset: Dataset, width: number): Line[] => {
  const { pmi } = facts;
  const index = (v: number) => formatIndex(v, pmi.decimals);
  const below = pmi.month.value < pmi.thresholdIndex;
  const threshold = `${below ? 'below' : 'at or above'} ${index(pmi.thresholdIndex)}: ${below ? 'contraction' : 'expansion'}`;
  const lines: Line[] = [
    ...heading('China PMI', `${pmi.title}, ${showDate(pmi.month.period)}`, width),
    ...paragraph(pmi.basis, width, 'muted', 2),
    ...labelled(
      showDate(pmi.month.period),
      [
        seg(index(pmi.month.value), 'plain', true),
        seg(' '),
        seg(below ? '▼ ' : '▲ ', below ? 'down' : 'up'),
        seg(threshold),
      ],
      width,
      { labelWidth: LABEL, stackBelow: STACK_BELOW },
    ),
  ];
  if (pmi.previousMonth && pmi.changeFromPrevious !== undefined) {
    const change = pmi.changeFromPrevious;
    lines.push(
      ...labelled(
        showDate(pmi.previousMonth.period),
        [
          seg(index(pmi.previousMonth.value), 'plain', true),
          seg(
            ` · to ${showDate(pmi.month.period)}: ${change > 0 ? '+' : ''}${index(change)} `,
            'muted',
          ),
          arrow(change),
        ],
        width,
        { labelWidth: LABEL, stackBelow: STACK_BELOW },
      ),
    );
  }
  if (pmi.expected && pmi.gapToExpected !== undefined) {
    const gap = pmi.gapToExpected;
    lines.push(
      ...labelled(
        'expected',
        [
          seg(index(pmi.expected.value), 'plain', true),
          seg(
            ` → came in ${index(Math.abs(gap))} ${gap < 0 ? 'below' : gap > 0 ? 'above' : 'at'} it `,
            'muted',
          ),
          arrow(gap),
        ],
        width,
        { labelWidth: LABEL, stackBelow: STACK_BELOW },
      ),
    );
  }
  const ids = [pmi.month, pmi.previousMonth, pmi.expected].flatMap((f) => f?.sourceIds ?? []);
  return [...lines, ...sourcesLines(dataset, ids, width)];
};

/** The Overview: every headline figure with its sources, fitted to `width`. */
export const overviewLines = (dataset: Dataset, width: number): Line[] => {
  const facts = factsOf(dataset);
  const sections = [
    tariffLines(facts, dataset, width),
    tradeLines(facts, dataset, width),
    shareLines(facts, dataset, width),
    gdpLines(facts, dataset, width),
    pmiLines(facts, dataset, width),
  ];
  return sections.flatMap((section, i) => (i === 0 ? section : [BLANK, ...section]));
};
