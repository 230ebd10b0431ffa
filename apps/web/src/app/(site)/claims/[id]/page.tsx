import { checkClaims, dataset } from '@tradetalks/core';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClaimCard } from '@/components/claims/claim-card';
import { PageCite } from '@/components/page-cite';
import { claimReview } from '@/lib/claim-review';
import { claimHref, claimTopicHref } from '@/lib/hrefs';
import { metadataFor } from '@/lib/pages';
import { topicLabel } from '@/models/claims/topics';
import { claimPageInfo } from '@/models/pages';
import { JsonLd } from '@/ui/json-ld';
import { Link } from '@/ui/link';
import { VerdictBadge } from '@/ui/verdict-badge';

export const dynamicParams = false;

export function generateStaticParams() {
  return dataset.claims.map((c) => ({ id: c.id }));
}

const find = (id: string) => checkClaims(dataset).find((r) => r.claim.id === id);

export async function generateMetadata({ params }: PageProps<'/claims/[id]'>): Promise<Metadata> {
  const { id } = await params;
  const result = find(id);
  if (result === undefined) return {};
  return metadataFor(claimHref(id), claimPageInfo(result));
}

export default async function ClaimPage({ params }: PageProps<'/claims/[id]'>) {
  const { id } = await params;
  const result = find(id);
  if (result === undefined) notFound();
  const others = checkClaims(dataset).filter(
    (r) => r.claim.topic === result.claim.topic && r.claim.id !== id,
  );
  return (
    <>
      <JsonLd data={{ '@context': 'https://schema.org', ...claimReview(dataset, result) }} />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/claims">Fact check</Link>
          </li>
          <li>
            <Link href={claimTopicHref(result.claim.topic)}>{topicLabel(result.claim.topic)}</Link>
          </li>
        </ol>
      </nav>
      <div className="claim-page">
        <ClaimCard result={result} headingLevel={1} />
      </div>
      {others.length > 0 ? (
        <section className="section" aria-labelledby="others-heading">
          <h2 id="others-heading">More claims on {topicLabel(result.claim.topic)}</h2>
          <ul className="claim-links">
            {others.map((r) => (
              <li key={r.claim.id}>
                <VerdictBadge verdict={r.verdict} />{' '}
                <Link href={claimHref(r.claim.id)}>{r.claim.text}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="section">
        <Link href="/claims">All {dataset.claims.length} claims</Link>
      </p>
      <PageCite path={claimHref(id)} title={claimPageInfo(result).title} />
    </>
  );
}
