import type { Metadata } from 'next';
import { ChapterSection } from '@/components/after/chapter-section';
import { DataAge } from '@/components/data-age';
import { PageCite } from '@/components/page-cite';
import { pageMetadata } from '@/lib/pages';
import { siteOverview } from '@/models/story/site-story';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';
import { Term } from '@/ui/term';

export const metadata: Metadata = pageMetadata('/after');

export default function AfterPage() {
  const o = siteOverview();
  const chapters = o.afterArticle;
  return (
    <Static>
      <header className="page-intro">
        <p className="eyebrow">After the article · {o.age.shortText}</p>
        <h1>What happened after the article</h1>
        <p className="lede">
          The article was written as the first talks began in May 2025. Since then the Supreme Court
          held that the <Term id="ieepa">emergency law</Term> behind most of the tariffs does not
          authorize them, importers claimed refunds, a <Term id="section-122" /> surcharge and a
          forced-labour <Term id="section-301" /> tariff took their place, and the two sides met
          again. Here it is chapter by chapter, each event and figure with its sources; events known
          only from reports are marked as reported.
        </p>
        <nav aria-label="Chapters" className="toc-nav">
          <ol className="toc">
            {chapters.map((c) => (
              <li key={c.id}>
                <a href={`#${c.id}`}>{c.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      </header>
      <DataAge />
      {chapters.map((c) => (
        <ChapterSection key={c.id} chapter={c} />
      ))}
      <p className="section">
        <Link href="/timeline">Every event, both ways</Link> ·{' '}
        <Link href="/tariffs">The stacks on any day, with each layer’s legal status</Link>
      </p>
      <PageCite path="/after" />
    </Static>
  );
}
