import { formatDate, formatPercent, formatRate } from '@tradetalks/core';
import { tariffsDayHref } from '@/lib/hrefs';
import type { SideState } from '@/models/tariffs/stack-states';
import { joinSigns } from '../describe';
import { el, esc } from '../svg';
import { type StackSegment, stackBarSvg } from './stack-bar';
import { describeState, periodText, SIDE_TITLES, stackChartId } from './stack-table';

const p = (cls: string, ...children: string[]) => el('p', { class: cls }, ...children);
const span = (cls: string, content: string) => el('span', { class: cls }, esc(content));

/**
 * The body of a stack panel as HTML text: when it was in force, the all-goods sum and what
 * it is made of, the most a listed good paid, two bars on a common scale, and a text
 * alternative. Text, so that the explorer can hold every date's panel without React
 * building (and hydrating) a tree for each.
 */
export const stackPanelBody = (state: SideState, maxPct: number): string => {
  const { stack } = state;
  const tone = state.side === 'US' ? 'us' : 'cn';
  const allGoods = stack.layers.filter((l) => l.layer.scope === 'all-goods' && l.rate);
  const listed = stack.layers.filter((l) => l.layer.scope === 'listed-goods' && l.rate);
  const topListed = listed.reduce<(typeof listed)[number] | undefined>(
    (top, l) => (top === undefined || (l.rate?.maxPct ?? 0) > (top.rate?.maxPct ?? 0) ? l : top),
    undefined,
  );
  const allSegments: StackSegment[] = allGoods.map((l) => ({
    key: l.layer.id,
    valuePct: l.rate?.maxPct ?? 0,
    kind: 'all-goods',
  }));
  const equation =
    allGoods.length === 0
      ? 'No tariff on all goods'
      : allGoods.map((l) => `${formatRate(l.rate)} ${l.layer.name}`).join(' + ');

  const rows = [
    el(
      'div',
      { class: 'stack-panel__row' },
      p(
        'stack-panel__figure',
        span('stack-panel__value num', formatRate(stack.allGoods)),
        span('stack-panel__what', 'on all goods'),
      ),
      p('stack-panel__equation', esc(equation)),
      stackBarSvg(
        allSegments,
        maxPct,
        tone,
        `All goods: ${equation}, ${formatRate(stack.allGoods)} in all`,
      ),
    ),
  ];
  if (topListed) {
    const listedSegments: StackSegment[] = [
      ...allSegments,
      { key: topListed.layer.id, valuePct: topListed.rate?.maxPct ?? 0, kind: 'listed-goods' },
    ];
    const highest = formatPercent(stack.highestOnListedGoods.maxPct);
    rows.push(
      el(
        'div',
        { class: 'stack-panel__row' },
        p(
          'stack-panel__figure',
          span('stack-panel__value stack-panel__value--small num', `up to ${highest}`),
          span('stack-panel__what', 'on a good also on a product list'),
        ),
        p(
          'stack-panel__equation',
          esc(
            `All-goods rate + ${formatRate(topListed.rate)} ${topListed.layer.name}${
              listed.length > 1 ? ` (the highest of ${listed.length} lists)` : ''
            }`,
          ),
        ),
        stackBarSvg(listedSegments, maxPct, tone, `A listed good: up to ${highest}`),
      ),
    );
  }
  const unknown =
    stack.unknownRateLayers.length > 0
      ? p(
          'small',
          esc(
            `Also in force, rate not verified (left out of the sums): ${stack.unknownRateLayers.map((l) => l.name).join(', ')}.`,
          ),
        )
      : '';
  return [
    p('stack-panel__period', esc(periodText(state))),
    ...rows,
    el(
      'p',
      { class: 'stack-bar-scale', 'aria-hidden': 'true' },
      el('span', {}, esc(formatPercent(0))),
      el('span', {}, esc(formatPercent(maxPct))),
    ),
    unknown,
    p('stack-panel__summary', esc(joinSigns(describeState(state)))),
  ].join('');
};

/** The whole compact panel of the explorer: the body, and a link to its date's own page. */
export const compactStackPanel = (state: SideState, maxPct: number, asOf: string): string => {
  const titleId = `${stackChartId(state)}-title`;
  const title = SIDE_TITLES[state.side];
  return el(
    'section',
    {
      class: `stack-panel stack-panel--${state.side === 'US' ? 'us' : 'cn'}`,
      'aria-labelledby': titleId,
    },
    el('h3', { id: titleId, class: 'stack-panel__title' }, esc(title)),
    stackPanelBody(state, maxPct),
    p(
      'stack-panel__more',
      el(
        'a',
        { href: tariffsDayHref(state.from) },
        'Every layer, its sources and the CSV',
        span('visually-hidden', `: ${title} from ${formatDate(state.from)}`),
      ),
      span('muted small', ` · Data as of ${formatDate(asOf, { short: true })}`),
    ),
  );
};
