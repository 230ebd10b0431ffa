// One side's headline figures for the overview: the peak on all goods and on a listed good,
// the stack on the last verified day, what each was made of, and the layers a court ruled on.
import { peakListedStack, peakStack, type TariffStack, tariffStackOn } from '../calc/tariff-stack';
import { SIDE_TITLES } from '../format/labels';
import { formatRate } from '../format/number';
import type { Dataset, Economy } from '../types';
import { type FigureView, figureView } from './figure';
import { type LegalView, legalView } from './legal';

/** One side's headline: the peak, the most a listed good paid, and the last verified day. */
export interface SideHeadline {
  readonly side: Economy;
  readonly title: string;
  readonly shortTitle: string;
  /** The highest all-goods stack, on its first day. */
  readonly peak: FigureView;
  /** What the peak was made of: "20% IEEPA “fentanyl” tariff + 125% IEEPA “reciprocal” tariff". */
  readonly peakMadeOf: string;
  /** The most a single listed good paid, on its first day (the White House's "up to 245%"). */
  readonly peakListed: FigureView;
  /** The layers of the peak that were later held unlawful or challenged, once each. */
  readonly peakLegal: readonly { readonly layer: string; readonly legal: LegalView }[];
  /** The all-goods stack on the last verified day. */
  readonly latest: FigureView;
  readonly latestMadeOf: string;
  /** The most a listed good paid on the last verified day. */
  readonly latestListed: FigureView;
  /** The layers in force on the last verified day with a court finding, once each. */
  readonly latestLegal: readonly { readonly layer: string; readonly legal: LegalView }[];
}

const madeOf = (stack: TariffStack) =>
  stack.layers
    .filter((l) => l.layer.scope === 'all-goods' && l.rate)
    .map((l) => `${formatRate(l.rate)} ${l.layer.name}`)
    .join(' + ') || 'no tariff on all goods';

const legalOf = (dataset: Dataset, stack: TariffStack) =>
  stack.layers.flatMap((l) =>
    l.legal === undefined
      ? []
      : [{ layer: l.layer.name, legal: legalView(dataset, l.layer, l.legal, stack.date) }],
  );

const allGoodsSources = (stack: TariffStack) =>
  stack.layers.filter((l) => l.layer.scope === 'all-goods').flatMap((l) => l.measure.sourceIds);

/** One side's headline on `lastDay`: its peaks, its stack then, and their legal standing. */
export const sideHeadline = (dataset: Dataset, side: Economy, lastDay: string): SideHeadline => {
  const peak = peakStack(dataset, side);
  const listed = peakListedStack(dataset, side);
  const latest = tariffStackOn(dataset, side, lastDay);
  const title = SIDE_TITLES[side];
  const listedFigure = (stack: TariffStack, label: string) =>
    figureView(dataset, {
      label,
      value: stack.highestOnListedGoods.maxPct,
      unit: 'percent',
      date: stack.date,
      note: stack.highestListedLayer?.layer.name,
      sourceIds: [
        ...allGoodsSources(stack),
        ...(stack.highestListedLayer?.measure.sourceIds ?? []),
      ],
    });
  return {
    side,
    title: title.full,
    shortTitle: title.short,
    peak: figureView(dataset, {
      label: `${title.full}: the peak on all goods`,
      value: peak.allGoods.maxPct,
      unit: 'percent',
      date: peak.date,
      sourceIds: allGoodsSources(peak),
    }),
    peakMadeOf: madeOf(peak),
    peakListed: listedFigure(listed, `${title.full}: the most a listed good paid`),
    peakLegal: legalOf(dataset, peak),
    latest: figureView(dataset, {
      label: `${title.full}: on all goods, on the last verified day`,
      value: latest.allGoods.maxPct,
      unit: 'percent',
      date: lastDay,
      sourceIds: allGoodsSources(latest),
    }),
    latestMadeOf: madeOf(latest),
    latestListed: listedFigure(
      latest,
      `${title.full}: the most a listed good paid, on the last verified day`,
    ),
    latestLegal: legalOf(dataset, latest),
  };
};
