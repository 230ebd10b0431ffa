import { dataset, formatDate, formatPercent, formatRate } from '@tradetalks/core';
import { DataTable } from '@/charts/data-table';
import { Link } from '@/components/link';
import { SourceLine } from '@/components/source-line';
import { chartCsvHref, tariffsDayHref } from '@/lib/hrefs';
import { StackBar, type StackSegment } from './stack-bar';
import type { SideState } from './stack-states';
import { describeState, periodText, SIDE_TITLES, stackTable } from './stack-table';

/**
 * What one side charged during one stretch of days: the all-goods sum and what it is made
 * of, the most a listed good paid, and two bars on a common scale. The `full` panel adds
 * every layer as a table, the sources and the CSV; the `compact` one, used for every date
 * of the explorer, links to the date's own page for those.
 */
export function StackPanel({
  state,
  maxPct,
  variant,
  headingLevel = 3,
}: {
  state: SideState;
  maxPct: number;
  variant: 'compact' | 'full';
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { stack } = state;
  const table = stackTable(state);
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
  const listedSegments: StackSegment[] = topListed
    ? [
        ...allSegments,
        { key: topListed.layer.id, valuePct: topListed.rate?.maxPct ?? 0, kind: 'listed-goods' },
      ]
    : allSegments;
  const titleId = `${table.id}-title`;
  const equation =
    allGoods.length === 0
      ? 'No tariff on all goods'
      : allGoods.map((l) => `${formatRate(l.rate)} ${l.layer.name}`).join(' + ');

  return (
    <section className={`stack-panel stack-panel--${tone}`} aria-labelledby={titleId}>
      <Heading id={titleId} className="stack-panel__title">
        {SIDE_TITLES[state.side]}
      </Heading>
      <p className="stack-panel__period">{periodText(state)}</p>
      <div className="stack-panel__row">
        <p className="stack-panel__figure">
          <span className="stack-panel__value num">{formatRate(stack.allGoods)}</span>
          <span className="stack-panel__what">on all goods</span>
        </p>
        <p className="stack-panel__equation">{equation}</p>
        <StackBar
          segments={allSegments}
          maxPct={maxPct}
          tone={tone}
          label={`All goods: ${equation}, ${formatRate(stack.allGoods)} in all`}
        />
      </div>
      {topListed ? (
        <div className="stack-panel__row">
          <p className="stack-panel__figure">
            <span className="stack-panel__value stack-panel__value--small num">
              up to {formatPercent(stack.highestOnListedGoods.maxPct)}
            </span>
            <span className="stack-panel__what">on a good also on a product list</span>
          </p>
          <p className="stack-panel__equation">
            All-goods rate + {formatRate(topListed.rate)} {topListed.layer.name}
            {listed.length > 1 ? ` (the highest of ${listed.length} lists)` : ''}
          </p>
          <StackBar
            segments={listedSegments}
            maxPct={maxPct}
            tone={tone}
            label={`A listed good: up to ${formatPercent(stack.highestOnListedGoods.maxPct)}`}
          />
        </div>
      ) : null}
      <p className="stack-bar-scale" aria-hidden="true">
        <span>{formatPercent(0)}</span>
        <span>{formatPercent(maxPct)}</span>
      </p>
      {stack.unknownRateLayers.length > 0 ? (
        <p className="small">
          Also in force, rate not verified (left out of the sums):{' '}
          {stack.unknownRateLayers.map((l) => l.name).join(', ')}.
        </p>
      ) : null}
      <p className="stack-panel__summary">{describeState(state)}</p>
      {variant === 'compact' ? (
        <p className="stack-panel__more">
          <Link href={tariffsDayHref(state.from)}>
            Every layer, its sources and the CSV
            <span className="visually-hidden">
              : {SIDE_TITLES[state.side]} from {formatDate(state.from)}
            </span>
          </Link>
          <span className="muted small"> · Data as of {formatDate(dataset.asOf)}</span>
        </p>
      ) : null}
      {variant === 'full' && stack.layers.length > 0 ? (
        <details className="chart__data">
          <summary>Every layer in force (table)</summary>
          <DataTable caption={table.title} columns={table.columns} rows={table.rows} />
        </details>
      ) : null}
      {variant === 'full' ? (
        <>
          <div className="chart__meta">
            <SourceLine ids={stack.layers.flatMap((l) => l.measure.sourceIds)} allSourcesLink />
            <p>Data as of {formatDate(dataset.asOf)}.</p>
          </div>
          <p className="chart__download">
            <a href={chartCsvHref(table.id)} download>
              Download these layers (CSV)
            </a>
          </p>
        </>
      ) : null}
    </section>
  );
}
