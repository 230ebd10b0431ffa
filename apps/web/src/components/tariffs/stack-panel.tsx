import type { SideDayView, TariffDayView } from '@tradetalks/core';
import { DataTable } from '@/charts/data-table';
import { stackPanelBody } from '@/charts/stacks/stack-panel-html';
import { stackTable } from '@/charts/stacks/stack-table';
import { chartCsvHref } from '@/lib/hrefs';
import { siteAgeLine } from '@/models/story/site-story';
import { SourceLine } from '@/ui/source-line';
import { StaticHtml } from '@/ui/static-html';

/**
 * What one side charged on a day, in full (core's view): the panel body, every layer with its
 * standing in law as a table, the sources and the CSV. The pages of /tariffs/on/ show two.
 */
export function StackPanel({
  day,
  side,
  maxPct,
}: {
  day: TariffDayView;
  side: SideDayView;
  maxPct: number;
}) {
  const table = stackTable(day, side);
  const titleId = `${table.id}-title`;
  return (
    <section
      className={`stack-panel stack-panel--${side.side === 'US' ? 'us' : 'cn'}`}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="stack-panel__title">
        {side.title}
      </h2>
      <StaticHtml html={stackPanelBody(side, maxPct)} />
      {side.layers.length > 0 ? (
        <details className="chart__data">
          <summary>Every layer in force ({side.layers.length}), as a table</summary>
          <DataTable caption={table.title} columns={table.columns} rows={table.rows} />
        </details>
      ) : null}
      <div className="chart__meta">
        <SourceLine sources={side.layers.flatMap((l) => l.sources)} allSourcesLink />
        <p>{siteAgeLine()}.</p>
      </div>
      <p className="chart__download">
        <a href={chartCsvHref(table.id)} download>
          Download these layers (CSV)
        </a>
      </p>
    </section>
  );
}
