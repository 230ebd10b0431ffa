import { dataset, formatDate } from '@tradetalks/core';
import { chartCsvHref, chartPngHref, chartSvgHref } from '@/lib/hrefs';
import { SourceLine } from '@/ui/source-line';
import { ChartEvents } from './chart-events';
import { ChartLegend } from './chart-legend';
import { ChartReuse } from './chart-reuse';
import { DataTable } from './data-table';
import { joinSigns } from './describe';
import { drawChart, legendPlot, zoomLegendLabel } from './draw';
import { type ChartId, chartEntry, chartSpec } from './registry';
import type { ChartSpec } from './types';

/**
 * A chart with everything a reader needs around it: title, units, legend, the SVG (drawn
 * for a wide and a narrow space), a text alternative generated from the data, notes, the
 * sources, the data's as-of date, the same numbers as a table, and the reuse kit (CSV, SVG,
 * PNG, citation, embed code).
 */
export function ChartFigure({
  spec,
  page,
  headingLevel = 3,
  reuse = true,
}: {
  spec: ChartSpec;
  /** The page the chart lives on, for its citation and embed code. */
  page: string;
  headingLevel?: 1 | 2 | 3;
  /** Off in the embed view, which links back to the page instead. */
  reuse?: boolean;
}) {
  const titleId = `${spec.id}-title`;
  const summaryId = `${spec.id}-summary`;
  const Heading = headingLevel === 1 ? 'h1' : headingLevel === 2 ? 'h2' : 'h3';
  const ids = { labelledBy: titleId, describedBy: summaryId };

  return (
    <figure className={`chart chart--${spec.plot.kind}`} id={spec.id} aria-labelledby={titleId}>
      <figcaption className="chart__head">
        <Heading id={titleId} className="chart__title">
          {spec.title}
        </Heading>
        <p className="chart__units">{spec.units}</p>
      </figcaption>
      <ChartLegend
        plot={legendPlot(spec)}
        zoom={
          spec.plot.kind === 'panels' && spec.plot.showZoom && spec.plot.panels.length > 1
            ? zoomLegendLabel(spec.plot)
            : undefined
        }
      />
      <div className="chart__plot">
        {(['wide', 'narrow'] as const).map((name) => (
          <div
            key={name}
            className={`chart__drawing chart__drawing--${name}`}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG text built by our chart functions, every text escaped
            dangerouslySetInnerHTML={{ __html: drawChart(spec, name, ids) }}
          />
        ))}
      </div>
      {spec.plot.kind === 'panels' ? <ChartEvents plot={spec.plot} /> : null}
      <p className="chart__summary" id={summaryId}>
        {joinSigns(spec.summary)}
      </p>
      {spec.notes && spec.notes.length > 0 ? (
        <ul className="chart__notes">
          {spec.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <div className="chart__meta">
        {spec.sourcesListedAt ? (
          <p className="source-line">
            <span className="source-line__label">Sources:</span> {new Set(spec.sourceIds).size}{' '}
            sources, each cited by the record it supports:{' '}
            <a href={spec.sourcesListedAt.href}>{spec.sourcesListedAt.label}</a>.
          </p>
        ) : (
          <SourceLine ids={spec.sourceIds} allSourcesLink />
        )}
        <p>Data as of {formatDate(dataset.asOf)}.</p>
      </div>
      <details className="chart__data">
        <summary>Show the numbers as a table</summary>
        <DataTable caption={spec.title} columns={spec.columns} rows={spec.rows} />
      </details>
      {reuse ? (
        <ChartReuse spec={spec} page={page} />
      ) : (
        <p className="chart__download">
          <a href={chartCsvHref(spec.id)}>Data (CSV)</a> · <a href={chartSvgHref(spec.id)}>SVG</a> ·{' '}
          <a href={chartPngHref(spec.id)}>PNG</a>
        </p>
      )}
    </figure>
  );
}

/** A chart of the registry, by id, with its page. */
export function Chart({ id, headingLevel }: { id: ChartId; headingLevel?: 2 | 3 }) {
  return (
    <ChartFigure
      spec={chartSpec(dataset, id)}
      page={chartEntry(id).page}
      {...(headingLevel ? { headingLevel } : {})}
    />
  );
}
