import { formatPercent, type LayerView, type SideDayView } from '@tradetalks/core';
import { esc } from '@/lib/escape';
import { sourceLineHtml } from '@/lib/source-html';
import { mergeSources } from '@/lib/sources';
import { joinSigns } from '../describe';
import { el } from '../svg';
import { legalNoteHtml } from './legal-html';
import { type StackSegment, stackBarSvg } from './stack-bar';
import { describeSide } from './stack-table';

const p = (cls: string, ...children: string[]) => el('p', { class: cls }, ...children);
const span = (cls: string, content: string) => el('span', { class: cls }, esc(content));

const isZero = (side: SideDayView) => side.allGoods.rate.maxPct === 0;

/** Each layer's legal status once, named (two IEEPA layers share one finding and its words). */
const legalNotes = (layers: readonly LayerView[], fold: boolean): string => {
  const withLegal = layers.filter((l) => l.legal !== undefined);
  const byText = new Map<string, { names: string[]; layer: LayerView }>();
  for (const l of withLegal) {
    const key = `${l.legal?.label}|${l.legal?.text}`;
    const entry = byText.get(key) ?? { names: [], layer: l };
    entry.names.push(l.name);
    byText.set(key, entry);
  }
  return [...byText.values()]
    .map(({ names, layer }) =>
      layer.legal ? legalNoteHtml(layer.legal, { layer: names.join(' and '), fold }) : '',
    )
    .join('');
};

/**
 * The body of one side's stack panel as HTML text (core's `SideDayView`): the days it held,
 * the all-goods sum and what it is made of, beside a 0% what the product lists covered, the
 * most a listed good paid, two bars on a common scale, each layer's later standing in law, and
 * a text alternative. Text, so the explorer can hold every stretch's panel without React
 * building (and hydrating) a tree for each.
 */
export const stackPanelBody = (
  side: SideDayView,
  maxPct: number,
  { foldLegal = false }: { foldLegal?: boolean } = {},
): string => {
  const tone = side.side === 'US' ? 'us' : 'cn';
  const allGoods = side.layers.filter((l) => l.scope === 'all-goods' && l.rate);
  const allSegments: StackSegment[] = allGoods.map((l) => ({
    key: l.id,
    valuePct: l.rate?.maxPct ?? 0,
    kind: 'all-goods',
  }));
  const equation =
    allGoods.length === 0
      ? 'No tariff on all goods'
      : allGoods.map((l) => `${l.rateText} ${l.name}`).join(' + ');
  const rows = [
    el(
      'div',
      { class: 'stack-panel__row' },
      p(
        'stack-panel__figure',
        span('stack-panel__value num', side.allGoods.text),
        span('stack-panel__what', 'on all goods'),
      ),
      p('stack-panel__equation', esc(equation)),
      isZero(side) && side.listedSummary
        ? p('stack-panel__listed', esc(`But goods on lists paid: ${side.listedSummary}.`))
        : '',
      stackBarSvg(
        allSegments,
        maxPct,
        tone,
        `All goods: ${equation}, ${side.allGoods.text} in all`,
      ),
    ),
  ];
  const top = side.layers
    .filter((l) => l.scope === 'listed-goods' && l.name === side.highestOnListedGoods.layerName)
    .at(0);
  if (top?.rate) {
    const listedCount = side.layers.filter((l) => l.scope === 'listed-goods').length;
    rows.push(
      el(
        'div',
        { class: 'stack-panel__row' },
        p(
          'stack-panel__figure',
          span(
            'stack-panel__value stack-panel__value--small num',
            `up to ${side.highestOnListedGoods.text}`,
          ),
          span('stack-panel__what', 'on a good also on a product list'),
        ),
        p(
          'stack-panel__equation',
          esc(
            `All-goods rate + ${top.rateText} ${top.name}${
              listedCount > 1 ? ` (the highest of ${listedCount} listed layers)` : ''
            }`,
          ),
        ),
        stackBarSvg(
          [...allSegments, { key: top.id, valuePct: top.rate.maxPct, kind: 'listed-goods' }],
          maxPct,
          tone,
          `A listed good: up to ${side.highestOnListedGoods.text}`,
        ),
      ),
    );
  }
  const unknown =
    side.unknownRateLayers.length > 0
      ? p(
          'small',
          esc(
            `Also in force, rate not verified (left out of the sums): ${side.unknownRateLayers.join(', ')}.`,
          ),
        )
      : '';
  return [
    p('stack-panel__period', esc(`In force ${side.stretch.text}`)),
    ...rows,
    el(
      'p',
      { class: 'stack-bar-scale', 'aria-hidden': 'true' },
      el('span', {}, esc(formatPercent(0))),
      el('span', {}, esc(formatPercent(maxPct))),
    ),
    unknown,
    legalNotes(side.layers, foldLegal),
    p('stack-panel__summary', esc(joinSigns(describeSide(side)))),
  ].join('');
};

/**
 * The explorer's compact panel of one side: the title, the body, the sources of what it sums,
 * and a link to the day page with every layer.
 */
export const compactStackPanel = (
  side: SideDayView,
  maxPct: number,
  { id, dayHref, dayText }: { id: string; dayHref?: string; dayText?: string },
): string => {
  const titleId = `${id}-title`;
  const sources = sourceLineHtml(mergeSources(side.sources));
  return el(
    'section',
    {
      class: `stack-panel stack-panel--${side.side === 'US' ? 'us' : 'cn'}`,
      'aria-labelledby': titleId,
    },
    el('h3', { id: titleId, class: 'stack-panel__title' }, esc(side.title)),
    stackPanelBody(side, maxPct, { foldLegal: true }),
    sources ? el('p', { class: 'source-line' }, sources) : '',
    dayHref
      ? p(
          'stack-panel__more',
          el(
            'a',
            { href: dayHref },
            'Every layer, its sources and the CSV',
            span('visually-hidden', `: ${side.title}${dayText ? `, ${dayText}` : ''}`),
          ),
        )
      : '',
  );
};
