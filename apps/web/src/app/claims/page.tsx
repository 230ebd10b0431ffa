import { checkClaims, dataset, formatDate } from '@tradetalks/core';
import type { Metadata } from 'next';
import { ClaimCard } from '@/components/claims/claim-card';
import { VerdictLegend } from '@/components/claims/verdict-legend';
import { claimReview } from '@/lib/claim-review';
import { TOPICS } from '@/models/claims/topics';
import { JsonLd } from '@/ui/json-ld';
import { SourceLine } from '@/ui/source-line';

export const metadata: Metadata = {
  title: 'Fact check: the article’s claims, re-checked',
  description:
    'Every figure in a May 2025 news article on the U.S.–China talks, recomputed from the sources: stated against recomputed, the arithmetic, the verdict and why.',
};

export default function ClaimsPage() {
  const results = checkClaims(dataset);
  const article = dataset.sources.find((s) => s.id === 'article');
  return (
    <>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@graph': results.map((r) => claimReview(dataset, r)),
        }}
      />
      <header className="page-intro">
        <p className="eyebrow">Fact check</p>
        <h1>The article’s claims, re-checked</h1>
        <p className="lede">
          {article ? (
            <>A translated news report from {formatDate(article.publishedOn ?? dataset.asOf)}, </>
          ) : (
            'A news report '
          )}
          written as U.S. and Chinese negotiators prepared to meet, makes {results.length} checkable
          claims. We recomputed each from official and reputable sources.
        </p>
        <p>
          How: a figure counts as matching when the two agree within the rounding each is given to,
          so a figure given to the whole percent matches anything that rounds to it. Where a source
          was revised or defined differently, the other versions are shown beside the main result.
          Where the numbers match but the label does not, the verdict says so.
        </p>
        {article ? <SourceLine ids={[article.id]} /> : null}
      </header>

      <section aria-labelledby="verdicts-heading">
        <h2 id="verdicts-heading">The verdicts</h2>
        <VerdictLegend results={results} />
      </section>

      <nav aria-label="Topics" className="section">
        <ul className="toc">
          {TOPICS.filter((t) => results.some((r) => r.claim.topic === t.id)).map((t) => (
            <li key={t.id}>
              <a href={`#topic-${t.id}`}>{t.label}</a>
            </li>
          ))}
        </ul>
      </nav>

      {TOPICS.map((topic) => {
        const inTopic = results.filter((r) => r.claim.topic === topic.id);
        if (inTopic.length === 0) return null;
        return (
          <section
            key={topic.id}
            className="section"
            id={`topic-${topic.id}`}
            aria-labelledby={`topic-${topic.id}-heading`}
          >
            <h2 id={`topic-${topic.id}-heading`}>{topic.label}</h2>
            <div className="claims">
              {inTopic.map((r) => (
                <ClaimCard key={r.claim.id} result={r} />
              ))}
            </div>
          </section>
        );
      })}
    </>
  );
}
