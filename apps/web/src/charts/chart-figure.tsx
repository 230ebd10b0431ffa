import { dataset, formatDate } from '@tradetalks/core';
import { chartCsvHref } from '@/lib/hrefs';
import { SourceLine } from '@/ui/source-line';
import { barChartSvg } from './bar-chart';
import { ChartLegend } from './chart-legend';
import { DataTable } from './data-table';
import { joinSigns } from './describe';
import { LAYOUTS, type LayoutName } from './layout';
import { lineChartSvg } from './line-chart';
import type { ChartSpec } from './types';

/**
 * A chart with everything a reader needs around it: title, units, legend, the SVG (drawn
 * for a wide and a narrow space), a text alternative generated from the data, notes, the
 * sources, the data's as-of date, the same numbers as a table, and the CSV.
 */
export function ChartFigure({ spec, headingLevel = 3 }: { spec: ChartSpec; headingLevel?: 2 | 3 }) {
  const titleId = `${spec.id}-title`;
  const summaryId = `${spec.id}-summary`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const drawing = (name: LayoutName) => {
    const layout = LAYOUTS[name];
    const labels = { title: spec.title, labelledBy: titleId, describedBy: summaryId };
    return spec.plot.kind === 'line'
      ? lineChartSvg(spec.plot, layout, labels)
      : barChartSvg(spec.plot, layout, { ...labels, idPrefix: `${spec.id}-${name}` });
  };

  return (
    <figure className="chart" id={spec.id} aria-labelledby={titleId}>
      <figcaption className="chart__head">
        <Heading id={titleId} className="chart__title">
          {spec.title}
        </Heading>
        <p className="chart__units">{spec.units}</p>
      </figcaption>
      <ChartLegend plot={spec.plot} />
      <div className="chart__plot">
        {(['wide', 'narrow'] as const).map((name) => (
          <div
            key={name}
            className={`chart__drawing chart__drawing--${name}`}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG text built by our chart functions, every text escaped
            dangerouslySetInnerHTML={{ __html: drawing(name) }}
          />
        ))}
      </div>
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
      <p className="chart__download">
        <a href={chartCsvHref(spec.id)} download>
          Download this chart’s data (CSV)
        </a>
      </p>
    </figure>
  );
}
