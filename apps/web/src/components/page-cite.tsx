import { dataset, formatDate } from '@tradetalks/core';
import { bibtex, citationText } from '@/lib/cite';
import { PAGES, type PagePath } from '@/lib/pages';
import { absoluteUrl } from '@/lib/site';
import { CiteThis } from '@/ui/cite-this';

/** "Cite this page": the page's title, the site, the dataset version, the date and the URL. */
export function PageCite({ path, title }: { path: string; title?: string }) {
  const pageTitle = title ?? PAGES[path as PagePath]?.title ?? path;
  const target = {
    title: pageTitle,
    url: absoluteUrl(path),
    datasetVersion: dataset.version,
    asOf: dataset.asOf,
    asOfText: formatDate(dataset.asOf),
  };
  return (
    <section className="section page-cite" aria-label="Cite this page">
      <CiteThis text={citationText(target)} bibtex={bibtex(target)} />
    </section>
  );
}
