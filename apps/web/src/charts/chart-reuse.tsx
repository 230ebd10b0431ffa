import { dataset, formatDate } from '@tradetalks/core';
import { bibtex, citationText, embedSnippet } from '@/lib/cite';
import { chartCsvHref, chartPngHref, chartSvgHref, embedHref } from '@/lib/hrefs';
import { absoluteUrl } from '@/lib/site';
import { CiteThis } from '@/ui/cite-this';
import type { ChartSpec } from './types';

/**
 * What a journalist or researcher needs to reuse a chart: its numbers (CSV), the picture
 * with its title, sources and date inside (SVG, PNG), how to cite it, and how to embed it.
 * Plain links and disclosures: no JavaScript.
 */
export function ChartReuse({ spec, page }: { spec: ChartSpec; page: string }) {
  const target = {
    title: spec.title,
    url: absoluteUrl(`${page === '/' ? '/' : page}#${spec.id}`),
    datasetVersion: dataset.version,
    asOf: dataset.asOf,
    asOfText: formatDate(dataset.asOf),
  };
  return (
    <div className="reuse">
      <p className="reuse__downloads">
        <span className="reuse__label">Download</span>{' '}
        <a href={chartCsvHref(spec.id)} download>
          Data (CSV)
        </a>{' '}
        <a href={chartSvgHref(spec.id)} download>
          Picture (SVG)
        </a>{' '}
        <a href={chartPngHref(spec.id)} download>
          Picture (PNG)
        </a>
        <span className="visually-hidden">: {spec.title}</span>
      </p>
      <CiteThis text={citationText(target)} bibtex={bibtex(target)} />
      <details className="reuse__embed">
        <summary>Embed this chart</summary>
        <p className="small">
          Paste this into a page to show the chart, with its sources and date, on your site. It
          links back here.
        </p>
        <pre>
          <code>{embedSnippet(spec.title, absoluteUrl(embedHref(spec.id)))}</code>
        </pre>
      </details>
    </div>
  );
}
