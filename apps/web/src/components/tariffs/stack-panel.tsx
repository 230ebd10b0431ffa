import { dataset, formatDate } from '@tradetalks/core';
import { DataTable } from '@/charts/data-table';
import { stackPanelBody } from '@/charts/stacks/stack-panel-html';
import { SIDE_TITLES, stackTable } from '@/charts/stacks/stack-table';
import { chartCsvHref } from '@/lib/hrefs';
import type { SideState } from '@/models/tariffs/stack-states';
import { SourceLine } from '@/ui/source-line';

/**
 * What one side charged during one stretch of days, in full: the panel body, every layer
 * as a table, the sources and the CSV. The pages of /tariffs/on/ show two of these.
 */
export function StackPanel({ state, maxPct }: { state: SideState; maxPct: number }) {
  const table = stackTable(state);
  const titleId = `${table.id}-title`;
  return (
    <section
      className={`stack-panel stack-panel--${state.side === 'US' ? 'us' : 'cn'}`}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="stack-panel__title">
        {SIDE_TITLES[state.side]}
      </h2>
      <div
        // biome-ignore lint/security/noDangerouslySetInnerHtml: HTML text built by stackPanelBody, every text escaped
        dangerouslySetInnerHTML={{ __html: stackPanelBody(state, maxPct) }}
      />
      {state.stack.layers.length > 0 ? (
        <details className="chart__data">
          <summary>Every layer in force (table)</summary>
          <DataTable caption={table.title} columns={table.columns} rows={table.rows} />
        </details>
      ) : null}
      <div className="chart__meta">
        <SourceLine ids={state.stack.layers.flatMap((l) => l.measure.sourceIds)} allSourcesLink />
        <p>Data as of {formatDate(dataset.asOf)}.</p>
      </div>
      <p className="chart__download">
        <a href={chartCsvHref(table.id)} download>
          Download these layers (CSV)
        </a>
      </p>
    </section>
  );
}
