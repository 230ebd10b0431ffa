import { checkClaims, dataset, formatDate, VERDICTS } from '@tradetalks/core';
import type { Metadata } from 'next';
import { ClaimCard } from '@/components/claims/claim-card';
import { ClaimsFilter } from '@/components/claims/claims-filter';
import { PageCite } from '@/components/page-cite';
import { claimReview } from '@/lib/claim-review';
import { claimHref } from '@/lib/hrefs';
import { pageMetadata } from '@/lib/pages';
import { TOPICS } from '@/models/claims/topics';
import { byVerdict, CLAIMS_LIST_ID, FINDINGS } from '@/models/claims/verdict-order';
import { JsonLd } from '@/ui/json-ld';
import { Link } from '@/ui/link';
import { SourceLine } from '@/ui/source-line';
import { VerdictBadge } from '@/ui/verdict-badge';

export const metadata: Metadata = pageMetadata('/claims');

export default function ClaimsPage() {
  const results = checkClaims(dataset);
  const article = dataset.sources.find((s) => s.id === 'article');
  const groups = byVerdict(results);
  const findings = results.filter((r) => FINDINGS.has(r.verdict)).length;
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
          claims. Recomputed from official and reputable sources, {findings} of them are off: they
          come first below.
        </p>
        <details className="how">
          <summary>How the claims were checked</summary>
          <p>
            A figure counts as matching when the two agree within the rounding each is given to, so
            a figure given to the whole percent matches anything that rounds to it. Where a source
            was revised or defined differently, the other versions are shown beside the main result.
            Where the numbers match but the label does not, the verdict says so.
          </p>
        </details>
        {article ? <SourceLine ids={[article.id]} /> : null}
      </header>

      <ClaimsFilter
        total={results.length}
        pills={groups.map((g) => ({
          verdict: g.verdict,
          pill: <VerdictBadge verdict={g.verdict} count={g.results.length} />,
          count: g.results.length,
        }))}
      />
      <div id={CLAIMS_LIST_ID} className="claims-by-verdict" data-show="all">
        {groups.map((g) => (
          <section
            key={g.verdict}
            className="section verdict-group"
            id={`verdict-${g.verdict}`}
            data-verdict={g.verdict}
            aria-labelledby={`verdict-${g.verdict}-heading`}
          >
            <h2 id={`verdict-${g.verdict}-heading`}>
              {VERDICTS[g.verdict].label} ({g.results.length})
            </h2>
            <p className="muted">{VERDICTS[g.verdict].meaning}</p>
            <div className="claims">
              {g.results.map((r) => (
                <ClaimCard key={r.claim.id} result={r} />
              ))}
            </div>
          </section>
        ))}
      </div>

      <section className="section" aria-labelledby="topics-heading">
        <h2 id="topics-heading">The claims by topic</h2>
        <div className="topics">
          {TOPICS.map((topic) => {
            const inTopic = results.filter((r) => r.claim.topic === topic.id);
            if (inTopic.length === 0) return null;
            return (
              <section
                key={topic.id}
                id={`topic-${topic.id}`}
                aria-labelledby={`topic-${topic.id}-heading`}
              >
                <h3 id={`topic-${topic.id}-heading`}>{topic.label}</h3>
                <ul className="claim-links">
                  {inTopic.map((r) => (
                    <li key={r.claim.id}>
                      <VerdictBadge verdict={r.verdict} />{' '}
                      <Link href={claimHref(r.claim.id)}>{r.claim.text}</Link>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </section>
      <PageCite path="/claims" />
    </>
  );
}
