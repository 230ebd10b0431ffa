import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimCard } from '@/components/claims/claim-card';
import { PageCite } from '@/components/page-cite';
import { claimReview } from '@/lib/claim-review';
import { claimHref, claimTopicHref } from '@/lib/hrefs';
import { metadataFor } from '@/lib/pages';
import { claimPageInfo } from '@/models/pages';
import { siteClaims, siteOverview } from '@/models/story/site-story';
import { JsonLd } from '@/ui/json-ld';
import { Link } from '@/ui/link';
import { Static } from '@/ui/static';
import { VerdictBadge } from '@/ui/verdict-badge';

export const dynamicParams = false;

export function generateStaticParams() {
  return siteClaims().claims.map((c) => ({ id: c.id }));
}

const find = (id: string) => siteClaims().claims.find((c) => c.id === id);

export async function generateMetadata({ params }: PageProps<'/claims/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const claim = find(id);
  if (claim === undefined) return {};
  return metadataFor(claimHref(id), claimPageInfo(claim));
}

export default async function ClaimPage({ params }: PageProps<'/claims/[id]'>) {
  const { id } = await params;
  const claim = find(id);
  if (claim === undefined) notFound();
  const view = siteClaims();
  const others =
    view.byTopic.find((t) => t.topic === claim.topic)?.claims.filter((c) => c.id !== id) ?? [];
  return (
    <Static>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/claims">Fact check</Link>
          </li>
          <li>
            <Link href={claimTopicHref(claim.topic)}>{claim.topicLabel}</Link>
          </li>
        </ol>
      </nav>
      <div className="claim-page">
        <ClaimCard claim={claim} headingLevel={1} />
      </div>
      {others.length > 0 ? (
        <section className="section" aria-labelledby="others-heading">
          <h2 id="others-heading">More claims on {claim.topicLabel}</h2>
          <ul className="claim-links">
            {others.map((c) => (
              <li key={c.id}>
                <VerdictBadge verdict={c.verdict} /> <Link href={claimHref(c.id)}>{c.text}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="section">
        <Link href="/claims">All {view.total} claims</Link>
      </p>
      <PageCite path={claimHref(id)} title={claimPageInfo(claim).title} />
      <JsonLd
        data={{ '@context': 'https://schema.org', ...claimReview(claim, siteOverview().asOf) }}
      />
    </Static>
  );
}
